// Builds the search index when the site is built (astro:build:done), as Starlight does, with Pagefind's Node API:
// one index per year (src/lib/search/shards.ts).
// Articles are read from the collection's Markdown files and indexed as search documents (src/lib/search/records.ts),
// so the index holds article text only, in the bigram encoding that gives Chinese queries exact recall.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { splitFrontMatter } from '../lib/frontmatter.ts';
import { paragraphsOf } from '../lib/markdown/paragraphs.ts';
import { articleMetaSchema, describeSchemaIssues } from '../lib/schema.ts';
import { searchDocument, type IndexedArticle } from '../lib/search/records.ts';
import { byYear, shardPath, SHARD_LIST, type ShardList } from '../lib/search/shards.ts';

/** Built yearly indexes, by a hash of their documents: kept like other tools' caches, safe to delete. */
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/baoku/pagefind/', import.meta.url));
const PAGEFIND_VERSION = JSON.parse(readFileSync(fileURLToPath(new URL('../../node_modules/pagefind/package.json', import.meta.url)), 'utf8')).version as string;

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

/**
 * Builds one year's index into `outputPath`, or copies it from the cache when the year's search documents are the
 * same as last time (the daily rebuild re-indexes only the current year).
 */
export async function indexYear(documents: { url: string; content: string }[], outputPath: string, logger: AstroIntegrationLogger): Promise<boolean> {
  const key = createHash('sha256').update(PAGEFIND_VERSION);
  for (const doc of documents) key.update(doc.url).update('\0').update(doc.content).update('\0');
  const cached = join(CACHE, key.digest('hex').slice(0, 32));
  if (existsSync(join(cached, 'pagefind-entry.json'))) {
    cpSync(cached, outputPath, { recursive: true });
    const now = new Date();
    utimesSync(cached, now, now);
    return false;
  }
  const { index, errors } = await pagefind.createIndex({});
  check('start', { errors }, logger);
  for (const doc of documents) check('index an article', await index!.addHTMLFile(doc), logger);
  check('write the index', await index!.writeFiles({ outputPath }), logger);
  // One index in memory at a time: a year's, not the archive's.
  await index!.deleteIndex();
  rmSync(cached, { recursive: true, force: true });
  cpSync(outputPath, cached, { recursive: true, filter: (source) => !source.startsWith(join(outputPath, 'years')) });
  return true;
}

/** Yearly indexes not used for a day are dropped: each day's build of the current year would otherwise pile up. */
function pruneCache(): void {
  if (!existsSync(CACHE)) return;
  const dayAgo = Date.now() - 86_400_000;
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
  }
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
        const root = fileURLToPath(new URL('./pagefind/', dir));
        const years = byYear(articles, (a) => a.meta.date.slice(0, 4));
        const newest = years[0]?.[0] ?? '';
        let built = 0;
        try {
          for (const [year, list] of years) {
            const documents = list.map((article) => ({ url: `${base}articles/${article.meta.id}/`, content: searchDocument(article) }));
            if (await indexYear(documents, join(root, shardPath(year, newest)), logger)) built++;
          }
        } finally {
          await pagefind.close();
        }
        pruneCache();
        mkdirSync(root, { recursive: true });
        const list: ShardList = { years: years.slice(1).map(([year]) => year) };
        writeFileSync(join(root, SHARD_LIST), JSON.stringify(list));
        logger.info(`indexed ${articles.length} articles for search in ${Math.round(performance.now() - started)} ms (${years.length} yearly indexes, ${built} rebuilt)`);
      },
    },
  };
}
