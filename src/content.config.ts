import { defineCollection } from 'astro:content';
import { contentDir, loadVocabularyContext } from './lib/catalogue.ts';
import { practicesLoader } from './content/practices-loader.ts';

// The schema is given for Astro's types; the loader has already validated every entry with it.
const { schema } = loadVocabularyContext(contentDir());

export const collections = {
  practices: defineCollection({ loader: practicesLoader(), schema }),
};
