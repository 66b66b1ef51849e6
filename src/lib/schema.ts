// The one definition of an article. Ingest validates what it writes with it, and the Astro content
// collection (src/content.config.ts) validates what it reads with it, so the two can never drift apart.
import { z } from 'zod';
import { isPageNumber } from './ingest/page-labels.ts';

/** The roles a credit gives a person, in the order an article lists its people. */
export const ROLES = ['reporters', 'authors', 'correspondents', 'photographers', 'interns'] as const;
export type Role = (typeof ROLES)[number];

const nonEmpty = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is missing' : `${what} must be text`) }).trim().min(1, { error: `${what} must not be empty` });
// 1–99, or a lettered page's number (A3 is 103: src/lib/ingest/page-labels.ts).
const page = z
  .number({ error: 'a page number must be a number' })
  .int()
  .refine(isPageNumber, { error: 'a page number is 1–99, or a lettered page’s: 100 × its letter’s place + its number (A3 is 103, B12 is 212)' });
const people = (role: string) =>
  z.array(z.string().min(2, { error: `a name in ${role} must have at least two characters` }).max(40), {
    error: `${role} must be a list of names`,
  });
const jump = z.object({ page }, { error: 'a jump must be { page: N } or null' }).nullable();
const sourceRefSchema = z.object({
  file: nonEmpty('source.file'),
  lines: z.tuple([z.number().int().min(1), z.number().int().min(1)], { error: 'source.lines must be [first, last]' }),
});

// Strict: a key misspelt in a correction (`subheading:`) is an error, not a change that silently never shows.
export const articleMetaSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-z][0-9a-z-]*$/u, { error: 'id must be lower-case letters, digits and hyphens' }),
  paper: nonEmpty('paper'),
  headline: nonEmpty('headline'),
  /** True when the page printed no headline and ingest made one from the text (a jump tail, an untitled block). */
  headlineInferred: z.boolean().default(false),
  kicker: nonEmpty('kicker').nullable().default(null),
  subheadline: nonEmpty('subheadline').nullable().default(null),
  /** The byline as printed (`本报讯(融媒体中心记者 杨丽丹 通讯员 梁胜明)`), or null. */
  byline: nonEmpty('byline').nullable().default(null),
  /** Every credit line as printed, top and end (`融媒体中心记者 郑光慧`, `融媒体中心记者 张雪摄`). */
  credits: z.array(z.string()).default([]),
  reporters: people('reporters').default([]),
  /** Writers from outside the paper: a signed commentary's, a supplement's poet (`□ 李明远`, `作者：张三`). */
  authors: people('authors').default([]),
  correspondents: people('correspondents').default([]),
  photographers: people('photographers').default([]),
  interns: people('interns').default([]),
  date: z.iso.date({ error: 'date must be a calendar date written YYYY-MM-DD' }),
  /** True when no printed date or manifest gave the date and it was inferred from the text. */
  dateEstimated: z.boolean().default(false),
  section: nonEmpty('section').nullable().default(null),
  page,
  /** Position of the article on its page, from 1. */
  order: z.number().int().min(1, { error: 'order starts at 1' }),
  captions: z.array(nonEmpty('a caption')).default([]),
  continuedFrom: jump.default(null),
  continuesTo: jump.default(null),
  source: sourceRefSchema,
  /** Further places the text came from: a jump's tail on another page. */
  alsoFrom: z.array(sourceRefSchema).default([]),
  /** The pages a jump continued the story on (`(下转第4版)` … `(上接第1版)`), joined into it: listed there too. */
  continuedOn: z.array(z.object({ page, section: nonEmpty('section').nullable() })).default([]),
});

export const articleSchema = articleMetaSchema.extend({
  /** The body's paragraphs; a line break inside one parts a poem's verses (its stanza is the paragraph). */
  paragraphs: z.array(nonEmpty('a paragraph')),
  /** Indexes into `paragraphs` of in-article subheads (■ …, 一、…). */
  subheads: z.array(z.number().int().min(0)).default([]),
});

export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type Article = z.infer<typeof articleSchema>;

/**
 * Error map for Zod's generic messages, so a missing or mistyped field reads as a sentence.
 * Pass it per parse: `articleSchema.safeParse(data, { error: schemaErrorMap })`.
 */
export const schemaErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is missing';
    return `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : `a ${issue.expected}`}, not ${JSON.stringify(issue.input)}`;
  }
  if (issue.code === 'unrecognized_keys') {
    // The keys it knows, so a misspelt one (`sectoin`) is found at a glance.
    const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
    const known = shape ? ` (it knows ${Object.keys(shape).join(', ')})` : '';
    return `has unknown keys ${issue.keys.join(', ')}${known}`;
  }
  if (issue.code === 'invalid_format' && issue.format === 'date') return `must be a date written YYYY-MM-DD, such as 2024-03-15, not ${JSON.stringify(issue.input)}`;
  return undefined;
};

/**
 * Turns schema issues into sentences a person can act on: the file (and line, where `where` can tell it), the field,
 * what is wrong. `whole` names the value itself, for an issue with no field: the article, or the file.
 */
export function describeSchemaIssues(error: z.ZodError, where: string | ((issue: z.core.$ZodIssue) => string), whole = 'the article'): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : whole;
    return `${typeof where === 'string' ? where : where(issue)}: ${field}: ${issue.message}.`;
  });
}
