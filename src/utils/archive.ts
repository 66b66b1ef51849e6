// Route data: the archive grouped the ways readers browse it. Computed once per route's getStaticPaths; pages
// receive only their own slice as props, so no page carries the whole archive.
import { getCollection, type CollectionEntry } from 'astro:content';
import { ROLES, type Role } from '../lib/schema.ts';
import { NO_SECTION, peopleOf } from '../lib/search/records.ts';
import { byPinyin, slugsFor } from '../lib/slugs.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type Article = ArticleEntry['data'];

export { ROLES, type Role };
export const ROLE_LABELS: Record<Role, string> = { reporters: '记者', authors: '作者', correspondents: '通讯员', photographers: '摄影', interns: '实习生' };

/** Label for articles whose page printed no section name (the search filters use the same words). */
export { NO_SECTION };

/** What a list of articles needs to show for each: everything but the body. */
export type ArticleSummary = Pick<Article, 'id' | 'headline' | 'headlineInferred' | 'date' | 'dateEstimated' | 'page' | 'section' | 'order' | 'continuedFrom' | Role>;

export function summarize(a: Article): ArticleSummary {
  const { id, headline, headlineInferred, date, dateEstimated, page, section, order, continuedFrom, reporters, authors, correspondents, photographers, interns } = a;
  return { id, headline, headlineInferred, date, dateEstimated, page, section, order, continuedFrom, reporters, authors, correspondents, photographers, interns };
}

const readingOrder = (a: ArticleSummary, b: ArticleSummary) => a.date.localeCompare(b.date) || a.page - b.page || a.order - b.order;
export const newestFirst = (a: ArticleSummary, b: ArticleSummary) => b.date.localeCompare(a.date) || a.page - b.page || a.order - b.order;

let archive: Promise<readonly ArticleEntry[]> | undefined;

/**
 * All articles in reading order: by date, page, then position on the page. Read once per build and shared: every
 * route's getStaticPaths asks for the archive, Astro keeps each route's paths and props for the whole build, and
 * getCollection makes new entry objects on each call — a copy per route was gigabytes at 100,000 articles. In the
 * dev server it is read anew, so edited articles show.
 */
export function articlesInOrder(): Promise<readonly ArticleEntry[]> {
  const read = async () => (await getCollection('articles')).sort((a, b) => readingOrder(a.data, b.data));
  if (import.meta.env.DEV) return read();
  return (archive ??= read());
}

export interface IssuePage {
  page: number;
  section: string | null;
  articles: ArticleSummary[];
  /** Stories from earlier pages that a jump continues on this one (`(上接第1版)`). */
  continued: ArticleSummary[];
}

export interface Issue {
  date: string;
  dateEstimated: boolean;
  paper: string;
  pages: IssuePage[];
}

/** The issue's page of that number, added (with its section) the first time an article names it. */
function pageOf(issue: Issue, { page: number, section }: { page: number; section: string | null }): IssuePage {
  let page = issue.pages.find((p) => p.page === number);
  if (!page) issue.pages.push((page = { page: number, section, articles: [], continued: [] }));
  return page;
}

export function groupIssues(entries: readonly ArticleEntry[]): Issue[] {
  const issues = new Map<string, Issue>();
  for (const { data } of entries) {
    let issue = issues.get(data.date);
    if (!issue) issues.set(data.date, (issue = { date: data.date, dateEstimated: data.dateEstimated, paper: data.paper, pages: [] }));
    const summary = summarize(data);
    pageOf(issue, data).articles.push(summary);
    for (const on of data.continuedOn) pageOf(issue, on).continued.push(summary);
  }
  for (const issue of issues.values()) issue.pages.sort((a, b) => a.page - b.page);
  return [...issues.values()].sort((a, b) => b.date.localeCompare(a.date));
}

export interface Person {
  name: string;
  slug: string;
  counts: Record<Role, number>;
  articles: ArticleSummary[];
}

/** Everyone credited, in pinyin order, each with their articles newest first. */
export function groupPeople(entries: readonly ArticleEntry[]): Person[] {
  const people = new Map<string, Person>();
  for (const { data } of entries) {
    for (const role of ROLES) {
      for (const name of data[role]) {
        let person = people.get(name);
        if (!person) people.set(name, (person = { name, slug: '', counts: Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>, articles: [] }));
        person.counts[role]++;
        if (person.articles.at(-1)?.id !== data.id) person.articles.push(summarize(data));
      }
    }
  }
  const slugs = slugsFor(people.keys(), { person: true });
  return [...people.values()]
    .map((p) => ({ ...p, slug: slugs.get(p.name)!, articles: p.articles.sort(newestFirst) }))
    .sort((a, b) => byPinyin(a.name, b.name));
}

export interface Section {
  name: string;
  slug: string;
  articles: ArticleSummary[];
}

export function groupSections(entries: readonly ArticleEntry[]): Section[] {
  const sections = new Map<string, ArticleSummary[]>();
  for (const { data } of entries) {
    const name = data.section ?? NO_SECTION;
    if (!sections.has(name)) sections.set(name, []);
    sections.get(name)!.push(summarize(data));
  }
  const slugs = slugsFor(sections.keys());
  return [...sections]
    .map(([name, articles]) => ({ name, slug: slugs.get(name)!, articles: articles.sort(newestFirst) }))
    .sort((a, b) => byPinyin(a.name, b.name));
}

/** Everyone credited in these articles, whatever the role. */
export function creditedNames(entries: readonly ArticleEntry[]): Set<string> {
  return new Set(entries.flatMap(({ data }) => peopleOf(data)));
}

/**
 * Slug lookups for links from an article: the same slugs the reporter and section pages get (slugsFor over the same
 * names), without grouping every article again.
 */
export function slugIndex(entries: readonly ArticleEntry[]): { people: Map<string, string>; sections: Map<string, string> } {
  return {
    people: slugsFor(creditedNames(entries), { person: true }),
    sections: slugsFor(new Set(entries.map(({ data }) => data.section ?? NO_SECTION))),
  };
}
