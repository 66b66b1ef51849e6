// The project's one config file, `baoku.config.yaml`: the site (title, URL, base path) and the paper's settings.
// Read by the ingest CLI and by astro.config.mjs, validated with Zod so a typo is a sentence, not a crash.
import { existsSync, readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { paperSettingsSchema, type PaperSettings } from './ingest/settings.ts';
import { describeSchemaIssues, schemaErrorMap } from './schema.ts';

const siteConfigSchema = z.strictObject({
  title: z.string().min(1).default('报库'),
  description: z.string().default('报纸数字版档案'),
  /** Absolute URL the site is served from, used for canonical links, the sitemap and RSS. */
  url: z
    .url({ error: 'must be the address the site is served from, such as https://www.example.cn' })
    // Pages are addressed from the host with the base in front: a path here would be dropped from every canonical link.
    .refine((url) => !URL.canParse(url) || /^\/?$/u.test(new URL(url).pathname), { error: 'must be the address of the host alone, such as https://www.example.cn: a sub-path such as /archive/ goes in site.base' })
    .default('http://127.0.0.1:4321'),
  /** Sub-path the site lives under (`/baoku/` on a GitHub Pages project site); BAOKU_BASE overrides it. */
  base: z.string().default('/'),
  /** Articles per page on reporter and section pages. */
  pageSize: z.number().int().min(1).default(50),
  /** Articles in the RSS feed. */
  feedSize: z.number().int().min(1).default(50),
});

const baokuConfigSchema = z.strictObject({
  site: siteConfigSchema.prefault({}),
  paper: paperSettingsSchema.prefault({}),
});

export type BaokuConfig = z.infer<typeof baokuConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * A folder's `paper.yaml` (`own`, as written: no defaults filled in) laid over the settings of the folders above it,
 * then checked whole: what it sets wins, and each role's words it lists replace that role's alone.
 */
export function layerPaperSettings(inherited: PaperSettings, own: Record<string, unknown>, file: string, lineOf: LineOf = () => null): PaperSettings {
  const roles = { ...inherited.roles, ...(own['roles'] as object | undefined) };
  return checkYaml(paperSettingsSchema, { ...inherited, ...own, roles }, file, lineOf);
}

/** A folder's `paper.yaml`, read and laid over the settings above it; a mistake is named with its line. */
export function readPaperYaml(inherited: PaperSettings, text: string, file: string): PaperSettings {
  const { data, lineOf } = readYaml(text, file);
  return layerPaperSettings(inherited, checkYaml(z.record(z.string(), z.unknown()), data, file, lineOf), file, lineOf);
}

/** The line of the YAML a schema issue is about; null when the file does not hold it (a missing or inherited field). */
type LineOf = (issue: z.core.$ZodIssue) => number | null;

/** A YAML file's data, and where in it each schema issue lies. */
function readYaml(text: string, file: string): { data: unknown; lineOf: LineOf } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const [error] = doc.errors;
  if (error) throw new ConfigError(`${file} is not valid YAML: ${error.message}`, { cause: error });
  return { data: doc.toJS() ?? {}, lineOf: (issue) => lineOfIssue(doc, lines, issue) };
}

/** Parses a YAML settings file against a schema; every failure is a sentence naming the file, and the line. */
export function parseYamlFile<T extends z.ZodType>(schema: T, text: string, file: string): z.infer<T> {
  const { data, lineOf } = readYaml(text, file);
  return checkYaml(schema, data, file, lineOf);
}

/**
 * The line of the YAML that a schema issue is about: its value's, or for an unknown key that key's. Null when the
 * issue is about something the file does not have (a missing field).
 */
export function lineOfIssue(doc: Document, lines: LineCounter, issue: z.core.$ZodIssue): number | null {
  let node = doc.getIn(issue.path, true) ?? (issue.path.length ? null : doc.contents);
  if (issue.code === 'unrecognized_keys' && isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && pair.key.value === issue.keys[0])?.key ?? node;
  const offset = (node as { range?: [number, number, number] } | null)?.range?.[0];
  return offset === undefined ? null : lines.linePos(offset).line;
}

/**
 * Checks settings read from `file` against a schema; a failure is a ConfigError whose sentences name file (and line,
 * when `lineOf` can tell it) and field.
 */
export function checkYaml<T extends z.ZodType>(schema: T, data: unknown, file: string, lineOf: LineOf = () => null): z.infer<T> {
  const result = schema.safeParse(data, { error: schemaErrorMap });
  if (!result.success) {
    const where = (issue: z.core.$ZodIssue) => {
      const line = lineOf(issue);
      return line === null ? file : `${file}:${line}`;
    };
    throw new ConfigError(describeSchemaIssues(result.error, where, 'the file').join('\n'));
  }
  return result.data;
}

/** The config file: `baoku.config.yaml`, or the one BAOKU_CONFIG names (the test suite builds a fixture archive so). */
const loaded = new Map<string, BaokuConfig>();

const DEFAULT_CONFIG = 'baoku.config.yaml';

export function loadConfig(file = process.env['BAOKU_CONFIG'] ?? DEFAULT_CONFIG): BaokuConfig {
  // Every page of a build asks for it: read the file once per process (and per environment it is read under).
  const key = JSON.stringify([file, process.env['BAOKU_BASE'], process.env['BAOKU_SITE_URL']]);
  const known = loaded.get(key);
  if (known) return known;
  // A project may go without baoku.config.yaml, but a file asked for by name must be there: a misspelt name would
  // otherwise build the archive with the defaults, without a word.
  if (!existsSync(file) && file !== DEFAULT_CONFIG) {
    throw new ConfigError(`${file} does not exist: give the path of your config file, or leave --config and BAOKU_CONFIG out to use ${DEFAULT_CONFIG}.`);
  }
  const config = existsSync(file) ? parseYamlFile(baokuConfigSchema, readFileSync(file, 'utf8'), file) : baokuConfigSchema.parse({});
  const base = process.env.BAOKU_BASE;
  const url = process.env.BAOKU_SITE_URL;
  const result = { ...config, site: { ...config.site, ...(base ? { base } : {}), ...(url ? { url } : {}) } };
  loaded.set(key, result);
  return result;
}

/** Where the site reads its articles: content/articles, or the folder BAOKU_ARTICLES names (fixture builds). */
export function articlesDir(): string {
  return process.env['BAOKU_ARTICLES'] ?? 'content/articles';
}
