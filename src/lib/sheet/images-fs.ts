import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { quotePath } from '../util/text.ts';
import { messages } from '../../i18n/messages.ts';
import { maxImageBytes, type ImageCheck, type ImageChecker } from './image-check.ts';
import { formatOfName, formatOfType, imageTypeNames, type ImageFormat } from './image-types.ts';

const m = messages.image;

export { maxImageBytes, type ImageCheck, type ImageFile } from './image-check.ts';

const signatures: { format: ImageFormat; test: (head: Uint8Array) => boolean }[] = [
  { format: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    format: 'png',
    test: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v),
  },
  { format: 'webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { format: 'avif', test: (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12)) },
];

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/**
 * What is wrong with a picture file, or what it is: size, real format (from its bytes, not
 * its name) and dimensions, read with the same code that gives the page its width and height.
 * `shown` is how messages name it (the path the sheet wrote, or the file's name).
 */
export function inspectImage(file: string, shown: string): ImageCheck {
  const fail = (problem: string): ImageCheck => ({ ok: false, problem });
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return fail(m.folder(shown));
    if (stat.size > maxImageBytes) return fail(m.tooLarge(shown, stat.size));
    bytes = readFileSync(file);
  } catch {
    return fail(m.unreadable(shown));
  }
  const format = signatures.find((s) => s.test(bytes))?.format;
  if (!format) return fail(m.notAType(shown, imageTypeNames));
  let size: ReturnType<typeof imageSize> | undefined;
  try {
    size = imageSize(bytes);
  } catch {
    size = undefined;
  }
  if (!size?.width || !size.height || formatOfType(size.type) !== format)
    return fail(m.damaged(shown, format.toUpperCase()));
  const named = formatOfName(file);
  if (named !== format) return fail(m.wrongExtension(shown, format, path.extname(file)));
  const rotated = (size.orientation ?? 1) >= 5;
  return {
    ok: true,
    image: {
      file,
      width: rotated ? size.height : size.width,
      height: rotated ? size.width : size.height,
      format,
      hash: createHash('sha256').update(bytes).digest('hex').slice(0, 10),
    },
  };
}

/** The picture a sheet points to, checked: it must lie in the sheet's own folder (not behind a link). */
export function checkImageFile(sheetFile: string, src: string): ImageCheck {
  const file = path.resolve(path.dirname(sheetFile), src);
  try {
    lstatSync(file);
  } catch {
    return {
      ok: false,
      problem: m.missing(src, quotePath(path.relative(process.cwd(), file))),
    };
  }
  // A symbolic link in a pull request could point the build at any file on the build machine.
  const folder = realpathSync(path.dirname(sheetFile));
  const real = realpathSync(file);
  if (!real.startsWith(folder + path.sep) || lstatSync(file).isSymbolicLink())
    return {
      ok: false,
      problem: m.link(src),
    };
  return inspectImage(real, src);
}

/** Pictures on disk, next to the sheet: how validate, the build and the importer check them. */
export const diskImages: ImageChecker = {
  resolve: (sheetFile, src) => path.resolve(path.dirname(sheetFile), src),
  check: checkImageFile,
};
