/**
 * Where a sheet and its picture live, for the pages: the picture as the build publishes it,
 * and the sheet's path inside the repository for the "edit" link. Nothing here imports
 * from the content folder: a picture is read from the exact path the checker accepted
 * (src/lib/sheet/images-fs.ts) and copied to /afbeeldingen/ by src/pages/afbeeldingen/[file].ts,
 * so no file a contributor adds can reach the bundler as a module.
 */
import path from 'node:path';
import { contentDir, practicesDir } from './catalogue/content-dir.ts';
import { url } from './site/site-data.ts';

const practicesRoot = practicesDir(contentDir());

/** What the check adds to a sheet's picture (src/lib/sheet/check.ts): its size, format and hash. */
interface CheckedImage {
  src: string;
  width?: number;
  height?: number;
  format?: string;
  hash?: string;
}

interface SheetLocation {
  id: string;
  filePath?: string;
  data: { image?: CheckedImage };
}

function absoluteSheetFile(practice: Pick<SheetLocation, 'filePath'>): string | undefined {
  return practice.filePath ? path.resolve(process.cwd(), practice.filePath) : undefined;
}

export interface PublishedImage {
  /** File name under /afbeeldingen/: the sheet's name and the picture's hash. */
  name: string;
  url: string;
  /** Where the build reads it: the file the checker accepted. */
  file: string;
  width: number;
  height: number;
}

/** The sheet's picture as the site publishes it (undefined without one). */
export function publishedImage(practice: SheetLocation): PublishedImage | undefined {
  const image = practice.data.image;
  const sheet = absoluteSheetFile(practice);
  if (!image?.hash || !image.format || !image.width || !image.height || !sheet) return undefined;
  const name = `${practice.id}-${image.hash}.${image.format}`;
  return {
    name,
    url: url(`afbeeldingen/${name}`),
    file: path.resolve(path.dirname(sheet), image.src),
    width: image.width,
    height: image.height,
  };
}

/** The sheet's file name below the repository's sheets folder, e.g. "archief/buddy.mdx". */
export function sheetPathInFolder(practice: Pick<SheetLocation, 'id' | 'filePath'>): string {
  const file = absoluteSheetFile(practice);
  return file ? path.relative(practicesRoot, file).split(path.sep).join('/') : `${practice.id}.mdx`;
}
