import { defineCollection } from 'astro:content';
import { loadVocabularyContext } from './lib/catalogue/catalogue-fs.ts';
import { contentDir } from './lib/catalogue/content-dir.ts';
import { practicesLoader } from './content/practices-loader.ts';

// The schema is given for Astro's types; the loader has already validated every entry with it.
const { schema } = loadVocabularyContext(contentDir());

export const collections = {
  practices: defineCollection({ loader: practicesLoader(), schema }),
};
