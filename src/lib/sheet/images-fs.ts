import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export const maxImageBytes = 2 * 1024 * 1024;

const signatures: { type: string; test: (head: Uint8Array) => boolean }[] = [
  { type: 'jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'png', test: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v) },
  { type: 'webp', test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { type: 'avif', test: (b) => ascii(b, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 12)) },
];

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** What is wrong with the image file a sheet points to, or undefined when it is usable. */
export function checkImageFile(sheetFile: string, src: string): string | undefined {
  const file = path.resolve(path.dirname(sheetFile), src);
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return `image "${src}" is a folder, not a picture: name the picture file itself, like "images/foto.jpg"`;
    size = stat.size;
  } catch {
    return `image "${src}" does not exist next to the sheet (looked for ${path.relative(process.cwd(), file)}): add the file or correct the path`;
  }
  // A symbolic link in a pull request could point the build at any file on the build machine.
  const folder = realpathSync(path.dirname(sheetFile));
  const real = realpathSync(file);
  if (!real.startsWith(folder + path.sep))
    return `image "${src}" is a link to a file outside the sheet's folder: put the picture itself next to the sheet`;
  if (size > maxImageBytes)
    return `image "${src}" is too large (${(size / 1024 / 1024).toFixed(1)} MB): resize it to at most 2 MB, e.g. 1600 px wide`;
  const head = readHead(real, 16);
  if (!head) return `image "${src}" cannot be read: check that the file is not damaged or locked`;
  const type = signatures.find((s) => s.test(head))?.type;
  if (!type) return `image "${src}" is not a JPEG, PNG, WebP or AVIF image: export it again in one of those formats`;
  return undefined;
}

function readHead(file: string, length: number): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = new Uint8Array(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Alt text that tells a screen-reader user nothing: empty, a file name, or a word like "foto". */
export function uselessAltText(alt: string, src: string): string | undefined {
  const value = alt.trim();
  const base = path.basename(src);
  if (!value) return 'is empty: describe what the picture shows';
  if (value === base || value === base.replace(/\.[^.]+$/, '') || /\.(jpe?g|png|webp|avif|gif)$/i.test(value))
    return `is a file name (${JSON.stringify(value)}): describe what the picture shows instead`;
  if (/^(foto|afbeelding|beeld|image|img|picture|photo|logo)\s*\d*$/i.test(value) || /^(img|dsc|dscn|dscf|pxl|p|whatsapp image)[ _-]?[\d_ -]+$/i.test(value))
    return `(${JSON.stringify(value)}) says nothing about the picture: describe what it shows`;
  return undefined;
}
