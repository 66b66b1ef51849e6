// Builds the search index when the site is built (astro:build:done), as Starlight does, with Pagefind's Node API.
// Articles are read from the collection's Markdown files and indexed as search documents (src/lib/search/records.ts),
// so the index holds article text only, in the bigram encoding that gives Chinese queries exact recall.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { splitFrontMatter } from '../lib/frontmatter.ts';
import { paragraphsOf } from '../lib/markdown/paragraphs.ts';
import { articleMetaSchema, describeSchemaIssues } from '../lib/schema.ts';
import { searchDocument, type IndexedArticle } from '../lib/search/records.ts';

export function readArticles(dir: string): IndexedArticle[] {
  const articles: IndexedArticle[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const file = join(entry.parentPath, entry.name);
    const parts = splitFrontMatter(readFileSync(file, 'utf8'));
    const meta = articleMetaSchema.safeParse(parts?.data);
    // The content collection has already refused such a file with the same schema; this only keeps the types honest.
    if (!parts || !meta.success) throw new Error(meta.error ? describeSchemaIssues(meta.error, file).join('\n') : `${file} has no front matter`);
    articles.push({ meta: meta.data, paragraphs: paragraphsOf(parts.body).paragraphs });
  }
  return articles.sort((a, b) => a.meta.id.localeCompare(b.meta.id));
}

function check(step: string, response: { errors: string[] }, logger: AstroIntegrationLogger): void {
  if (response.errors.length === 0) return;
  for (const error of response.errors) logger.error(error);
  throw new Error(`Pagefind failed to ${step}: ${response.errors.join('; ')}`);
}

export default function pagefindIndex({ articlesDir }: { articlesDir: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'baoku:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/u, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const articles = readArticles(articlesDir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          check('start', { errors }, logger);
          for (const article of articles) {
            check('index an article', await index!.addHTMLFile({ url: `${base}articles/${article.meta.id}/`, content: searchDocument(article) }), logger);
          }
          check('write the index', await index!.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), logger);
        } finally {
          await pagefind.close();
        }
        logger.info(`indexed ${articles.length} articles for search in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
