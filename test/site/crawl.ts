// The site tests' crawler: every page reachable from a start URL, fetched as a browser would find them by their links
// (href and src of a, link, script and img), and every link that does not answer 200 or names a missing #fragment.
import { HtmlValidate, Parser } from 'html-validate';

export interface BrokenLink {
  /** The page the link is on. */
  from: string;
  /** The link as resolved, with its #fragment if it had one. */
  to: string;
  /** The HTTP status (a 3xx counts as broken: internal links should point at the final URL). 200 for a missing #fragment. */
  status: number;
  /** Why it is broken, in words. */
  reason: string;
}

export interface CrawlResult {
  /** Every HTML page reached (status 200), without fragments, in the order found. */
  pages: string[];
  /** Every other URL reached (stylesheets, scripts, images, feeds…) with status 200. */
  assets: string[];
  broken: BrokenLink[];
}

const LINK_ATTRIBUTES: [string, string][] = [['a', 'href'], ['link', 'href'], ['script', 'src'], ['img', 'src']];
let parserPromise: Promise<Parser> | null = null;

/** html-validate's HTML parser: script and style bodies are raw text, so a `<a href>` inside a script is not a link. */
export function htmlParser(): Promise<Parser> {
  parserPromise ??= new HtmlValidate({ extends: ['html-validate:recommended'] }).getConfigFor('page.html').then((config) => new Parser(config));
  return parserPromise;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Text with HTML's character references (`&amp;`, `&#60;`, `&#x3c;`) turned back into characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/giu, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return ENTITIES[name!.toLowerCase()] ?? whole;
  });
}

/** The link targets (href/src of a, link, script, img) and the ids of an HTML page. */
export async function linksAndIds(html: string): Promise<{ links: string[]; ids: Set<string> }> {
  const root = (await htmlParser()).parseHtml(html);
  const links: string[] = [];
  for (const [tag, attribute] of LINK_ATTRIBUTES) {
    for (const element of root.querySelectorAll(`${tag}[${attribute}]`)) {
      const value = element.getAttributeValue(attribute);
      if (value !== null && value.trim() !== '') links.push(decodeEntities(value.trim()));
    }
  }
  const ids = new Set<string>();
  for (const element of root.querySelectorAll('[id]')) if (element.id) ids.add(decodeEntities(element.id));
  // `<a name="x">` is an old but valid fragment target.
  for (const element of root.querySelectorAll('a[name]')) ids.add(decodeEntities(element.getAttributeValue('name') ?? ''));
  return { links, ids };
}

/**
 * Fetches every internal URL reachable from `siteUrl` (the home page): the href/src of a, link, script and img
 * elements that are on the same origin and under the home page's path (the base). HTML pages are followed; other
 * files are only fetched. A link with a `#fragment` must find an element with that id on its target page.
 * A same-origin link outside the base is fetched once (the server says 404: it is broken on the deployed site too).
 */
export async function crawl(siteUrl: string, { concurrency = 8 }: { concurrency?: number } = {}): Promise<CrawlResult> {
  const start = new URL(siteUrl);
  start.hash = '';
  const basePath = start.pathname.endsWith('/') ? start.pathname : start.pathname.replace(/[^/]*$/u, '');
  const underBase = (url: string) => new URL(url).pathname.startsWith(basePath);
  const seen = new Map<string, { status: number; ids: Set<string> | null; reason: string }>();
  const linkedFrom = new Map<string, string[]>([[start.href, ['(start)']]]);
  const fragments: { from: string; to: string; url: string; id: string }[] = [];
  const pages: string[] = [];
  const assets: string[] = [];
  const queue: string[] = [start.href];
  let active = 0;

  const visit = async (url: string) => {
    let status = 0;
    let reason = '';
    let ids: Set<string> | null = null;
    try {
      const response = await fetch(url, { redirect: 'manual' });
      status = response.status;
      if (status >= 300 && status < 400) reason = `redirects to ${response.headers.get('location')}`;
      else if (status !== 200) reason = `HTTP ${status}`;
      const html = status === 200 && (response.headers.get('content-type') ?? '').startsWith('text/html');
      if (html && underBase(url)) {
        const parsed = await linksAndIds(await response.text());
        ids = parsed.ids;
        for (const link of parsed.links) {
          let target: URL;
          try {
            target = new URL(link, url);
          } catch {
            continue; // not a URL at all; html-validate reports malformed attributes
          }
          if (target.origin !== start.origin || !/^https?:$/u.test(target.protocol)) continue;
          let id = '';
          try {
            id = decodeURIComponent(target.hash.slice(1));
          } catch {
            id = target.hash.slice(1);
          }
          const withHash = target.href;
          target.hash = '';
          const key = target.href;
          if (id && id !== 'top') fragments.push({ from: url, to: withHash, url: key, id });
          const froms = linkedFrom.get(key);
          if (froms) {
            if (!froms.includes(url)) froms.push(url);
          } else {
            linkedFrom.set(key, [url]);
            queue.push(key);
          }
        }
      } else await response.arrayBuffer();
      if (status === 200) (html ? pages : assets).push(url);
    } catch (error) {
      reason = `fetch failed: ${(error as Error).message}`;
    }
    seen.set(url, { status, ids, reason });
  };

  const worker = async () => {
    while (queue.length > 0 || active > 0) {
      const next = queue.shift();
      if (next === undefined) {
        await new Promise((r) => setTimeout(r, 5));
        continue;
      }
      if (seen.has(next)) continue;
      seen.set(next, { status: -1, ids: null, reason: 'pending' });
      active++;
      try {
        await visit(next);
      } finally {
        active--;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  const broken: BrokenLink[] = [];
  for (const [url, result] of seen) {
    if (result.status === 200) continue;
    for (const from of linkedFrom.get(url) ?? []) broken.push({ from, to: url, status: result.status, reason: result.reason });
  }
  for (const f of fragments) {
    const target = seen.get(f.url);
    if (!target || target.status !== 200) continue; // already reported as a broken link
    // Only HTML pages under the base have known ids; a fragment into another kind of file is not checked.
    if (target.ids && !target.ids.has(f.id)) broken.push({ from: f.from, to: f.to, status: 200, reason: `no element with id="${f.id}" on the target page` });
  }
  // One entry per (from, to) pair.
  const unique = new Map(broken.map((b) => [`${b.from} ${b.to}`, b]));
  return { pages, assets, broken: [...unique.values()] };
}
