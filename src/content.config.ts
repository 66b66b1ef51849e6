import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articlesDir } from './lib/config.ts';
import { articleMetaSchema } from './lib/schema.ts';

// The front matter of every generated (or hand-corrected) article is checked against the same schema ingest uses.
const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: articlesDir(), generateId: ({ data }) => String(data['id']) }),
  schema: articleMetaSchema,
});

export const collections = { articles };
