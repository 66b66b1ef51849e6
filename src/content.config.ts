import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleMetaSchema } from './lib/schema.ts';

// The front matter of every generated (or hand-corrected) article is checked against the same schema ingest uses.
// BAOKU_ARTICLES points the site at another folder of articles (the test suite builds a fixture archive with it).
const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env['BAOKU_ARTICLES'] ?? './content/articles', generateId: ({ data }) => String(data['id']) }),
  schema: articleMetaSchema,
});

export const collections = { articles };
