/**
 * A sheet's picture, as the sheet check sees it, without the file system: what an accepted
 * picture is, how a picture is checked (on disk by images-fs.ts for validate and the build;
 * from the chosen file in the contribution form), and the alt-text rule both share.
 */
import { messages } from '../../i18n/messages.ts';
import { hasImageExtension, type ImageFormat } from './image-types.ts';

const m = messages.image;

export const maxImageBytes = 2 * 1024 * 1024;

/** A picture the checker accepted: what the page needs to show it, and what the build publishes. */
export interface ImageFile {
  /** Real path of the file (no link), the only path the build reads it from. */
  file: string;
  width: number;
  height: number;
  format: ImageFormat;
  /** First characters of its SHA-256: part of its published name, so a changed picture gets a new address. */
  hash: string;
}

export type ImageCheck = { ok: true; image: ImageFile } | { ok: false; problem: string };

/** How the sheet check finds and checks the picture a sheet names (`image.src`). */
export interface ImageChecker {
  /** Where the picture of `src` is, for the sheet in `sheetFile` (the build copies it from there). */
  resolve(sheetFile: string, src: string): string;
  check(sheetFile: string, src: string): ImageCheck;
}

/** Alt text that tells a screen-reader user nothing: empty, a file name, or a word like "foto". */
export function uselessAltText(alt: string, src: string): string | undefined {
  const value = alt.trim();
  const base = src.slice(src.lastIndexOf('/') + 1);
  if (!value) return m.altEmpty;
  if (
    value === base ||
    value === base.replace(/\.[^.]+$/, '') ||
    hasImageExtension(value) ||
    /\.gif$/i.test(value)
  )
    return m.altFileName(JSON.stringify(value));
  if (
    /^(foto|afbeelding|beeld|image|img|picture|photo|logo)\s*\d*$/i.test(value) ||
    /^(img|dsc|dscn|dscf|pxl|p|whatsapp image)[ _-]?[\d_ -]+$/i.test(value)
  )
    return m.altMeaningless(JSON.stringify(value));
  return undefined;
}
