/**
 * The picture formats a sheet may use: the one list that the schema, the folder check, the
 * importer, the form and the CMS read. Extensions match in any case ("foto.WEBP"). Pure and
 * browser-safe.
 */
export const imageTypes = [
  { extensions: ['jpg', 'jpeg'], mime: 'image/jpeg', name: 'JPEG' },
  { extensions: ['png'], mime: 'image/png', name: 'PNG' },
  { extensions: ['webp'], mime: 'image/webp', name: 'WebP' },
  { extensions: ['avif'], mime: 'image/avif', name: 'AVIF' },
] as const;

export type ImageFormat = (typeof imageTypes)[number]['extensions'][0];

export const imageExtensions: readonly string[] = imageTypes.flatMap((type) => type.extensions);

/** "image/jpeg,image/png,...": for a file input's accept and the CMS. */
export const imageMimeTypes = imageTypes.map((type) => type.mime).join(',');

/** "jpg, png, webp of avif"-style list for messages (the names, not the extensions). */
export const imageTypeNames = imageTypes.map((type) => type.name);

const extensionPattern = new RegExp(`\\.(${imageExtensions.join('|')})$`, 'i');

/** Whether a file name ends in an accepted picture extension, in any case. */
export const hasImageExtension = (name: string) => extensionPattern.test(name);

/** The format a file name says it has ("foto.Jpg" → "jpg"), undefined for other files. */
export function formatOfName(name: string): ImageFormat | undefined {
  const extension = extensionPattern.exec(name)?.[1]?.toLowerCase();
  return imageTypes.find((type) => (type.extensions as readonly string[]).includes(extension ?? ''))
    ?.extensions[0];
}

/** The format of a file from its bytes (image-size's type names: "jpg", "png", "webp", "avif", "heif", ...). */
export const formatOfType = (type: string | undefined): ImageFormat | undefined =>
  imageTypes.find(
    (t) =>
      (t.extensions as readonly string[]).includes(type ?? '') ||
      (type === 'heif' && t.extensions[0] === 'avif'),
  )?.extensions[0];

/** Other picture formats, which the importer recognises in an export only to say the site cannot show them. */
export const otherPictureExtensions = ['gif', 'bmp', 'tif', 'tiff', 'svg', 'heic'];

/** Whether a name looks like a picture file of any format, accepted or not. */
export const looksLikePicture = (name: string) =>
  hasImageExtension(name) ||
  new RegExp(`\\.(${otherPictureExtensions.join('|')})$`, 'i').test(name);
