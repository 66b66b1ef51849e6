import { defineCollection } from 'astro:content';
import { articleLoader } from './lib/collection/article-loader.ts';
import { articlesDir } from './lib/config.ts';
import { articleMetaSchema } from './lib/schema.ts';

// The front matter of every generated (or hand-corrected) article is checked against the same schema ingest uses.
// Bodies stay in their files until a page renders them (src/lib/collection/).
const articles = defineCollection({
  loader: articleLoader(articlesDir()),
  schema: articleMetaSchema,
});

export const collections = { articles };
