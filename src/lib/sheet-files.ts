/**
 * Where a sheet and its image live, for the page: the image as Astro image metadata, and the
 * sheet's path inside the repository for the "edit" link. Works for any content folder
 * (PRAKTIJKBANK_CONTENT), since the '@content' alias (astro.config.mjs) points at it.
 */
import path from 'node:path';
import { contentDir, practicesDir } from './catalogue/content-dir.ts';

const images = import.meta.glob<{ default: ImageMetadata }>('@content/practices/**/*.{jpg,jpeg,png,webp,avif,JPG,JPEG,PNG}', { eager: true });

const practicesRoot = practicesDir(contentDir());

/** Image metadata by path relative to the sheets folder ("images/kansenpas.jpg"). */
const byRelativePath = new Map(
  Object.entries(images).map(([key, module]) => [key.replace(/^.*?\/practices\//, ''), module.default]),
);

interface SheetLocation {
  filePath?: string;
}

function absoluteSheetFile(practice: SheetLocation): string | undefined {
  return practice.filePath ? path.resolve(process.cwd(), practice.filePath) : undefined;
}

export function sheetImage(practice: SheetLocation, src: string): ImageMetadata | undefined {
  const file = absoluteSheetFile(practice);
  if (!file) return undefined;
  const relative = path.relative(practicesRoot, path.resolve(path.dirname(file), src)).split(path.sep).join('/');
  return byRelativePath.get(relative);
}

/** The sheet's file name below the repository's sheets folder, e.g. "archief/buddy.mdx". */
export function sheetPathInFolder(practice: SheetLocation & { id: string }): string {
  const file = absoluteSheetFile(practice);
  return file ? path.relative(practicesRoot, file).split(path.sep).join('/') : `${practice.id}.mdx`;
}
