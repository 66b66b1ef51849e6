// The term directory: which years' indexes contain each index term, so that a query opens only the years where it
// can match. Pagefind cannot tell whether a year holds a word without loading that year's metadata (~13 bytes per
// article, ~110 KB a year at scale) and the index chunk that would hold it; the directory answers from a few small
// files instead. Built with the site (the integration gathers each year's keys with document-keys.ts), read by the
// search page (yearsContaining). It only ever narrows to a superset of the years with a match: exact matching stays
// Pagefind's.
import { isCommonIdeograph } from '../han.ts';

/** The directory's folder under the site's `pagefind/`. */
export const DIRECTORY = 'baoku-directory/';
/** Names the years (a key's mask counts bits over this list) and the number of buckets. */
export const MANIFEST = `${DIRECTORY}manifest.json`;
const VERSION = 1;

export interface DirectoryManifest {
  version: number;
  /** Oldest first: bit i of a mask stands for years[i]. */
  years: string[];
  /** A power of two: the bucket of a key is the low bits of its hash. */
  buckets: number;
}

/**
 * About this many keys per bucket: ~11 bytes a line (a bigram is 6 bytes of UTF-8), so ~3 KB a file before the
 * host's gzip, and a bigram (~2 M distinct ones in a decade of a county paper) costs one such file to look up.
 */
const KEYS_PER_BUCKET = 256;
/** How many maps the keys are gathered in while the directory is made (a power of two). */
const PARTITIONS = 4096;
/** Years one number's bits hold (bitwise operators work on 32 bits; the sign bit is left alone). */
const YEARS_PER_MASK = 31;

/**
 * A word as Pagefind compares it: lower case, without diacritics (it strips combining marks after NFD from query and
 * index words alike unless told to keep them; kana voicing marks are letters to it and are kept). NFD also turns CJK
 * compatibility ideographs into their unified forms, which opencc's table may not cover. Both sides of the directory
 * go through here, so a query word and a text word that Pagefind would match share a key.
 */
export function keyOf(word: string): string {
  if (isPlainWord(word)) return word;
  const stripped = word.toLowerCase().normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/u.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/**
 * Most index words are bigrams of common Han characters (U+4E00–U+9FFF), or lower-case ASCII letters and digits: none
 * of them has case, a combining mark or a decomposition, so keyOf leaves them as they are without normalising (at a
 * year of articles, millions of calls). CJK compatibility ideographs, which NFD does change, lie outside that range.
 */
function isPlainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!(isCommonIdeograph(c) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/** A token of the bigram encoding that Pagefind indexes as a word; punctuation and the space mark are not. */
export const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);

/** The key of someone credited: `@` is never part of a word, so no query word can ask for it by accident. */
export const personKey = (name: string) => `@${name}`;

/** FNV-1a over UTF-16 code units: the build and the browser both hash JavaScript strings, so they agree. */
export function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export const bucketPath = (key: string, buckets: number) => `${DIRECTORY}${(hashOf(key) & (buckets - 1)).toString(16)}.txt`;

/** Years → a hex bitmask over `years` (bit i for years[i]), as long as it needs to be: 12 years take 3 digits. */
function maskOf(indices: number[]): string {
  const digits: number[] = [];
  for (const i of indices) {
    while (digits.length <= i >> 2) digits.push(0);
    digits[i >> 2]! |= 1 << (i & 3);
  }
  return digits.reverse().map((d) => d.toString(16)).join('') || '0';
}

function yearsOfMask(mask: string, years: string[]): string[] {
  const found: string[] = [];
  for (let k = 0; k < mask.length; k++) {
    const digit = Number.parseInt(mask[mask.length - 1 - k]!, 16);
    for (let bit = 0; bit < 4; bit++) if (digit & (1 << bit) && years[4 * k + bit] !== undefined) found.push(years[4 * k + bit]!);
  }
  return found;
}

/**
 * Makes the directory's files as each year's keys arrive: the build adds a year as soon as its index is done, so
 * gathering the keys overlaps the other years' indexing and only the bucket files are left for the end.
 */
export class TermDirectoryBuilder {
  readonly #years: string[];
  // Per group of 31 years, the keys with a bitmask of the years that hold them: one number per key instead of a
  // list (adding twelve years of ~760,000 keys took 8.3 s instead of 13.3 s). Keys are spread over partitions by their
  // hash first: thousands of small maps fill several times faster than one of millions of keys. Partitions and
  // buckets are both the low bits of the same hash.
  readonly #groups: Map<string, number>[][] = [];

  constructor(years: Iterable<string>) {
    this.#years = [...years].sort();
  }

  /** A year's keys, in any order of years; each year once. */
  add(year: string, keys: Iterable<string>): void {
    const i = this.#years.indexOf(year);
    if (i < 0) throw new Error(`The term directory was not told of the year ${year}.`);
    const partitions = (this.#groups[Math.floor(i / YEARS_PER_MASK)] ??= Array.from({ length: PARTITIONS }, () => new Map<string, number>()));
    const bit = 1 << i % YEARS_PER_MASK;
    for (const key of keys) {
      const partition = partitions[hashOf(key) & (PARTITIONS - 1)]!;
      partition.set(key, (partition.get(key) ?? 0) | bit);
    }
  }

  /** The years (as indices into the sorted years) holding a key of partition `p`. */
  #yearsOf(key: string, p: number): number[] {
    const indices: number[] = [];
    this.#groups.forEach((partitions, g) => {
      const mask = partitions?.[p]?.get(key) ?? 0;
      for (let bit = 0; bit < YEARS_PER_MASK; bit++) if (mask & (1 << bit)) indices.push(g * YEARS_PER_MASK + bit);
    });
    return indices;
  }

  /** Path relative to the site's pagefind/ folder → file text. */
  files(): Map<string, string> {
    const keys = Array.from({ length: PARTITIONS }, (_, p) => {
      const all = this.#groups.flatMap((partitions) => [...(partitions?.[p]?.keys() ?? [])]);
      return this.#groups.length > 1 ? [...new Set(all)] : all;
    });
    const distinct = keys.reduce((n, partition) => n + partition.length, 0);
    let buckets = 1;
    while (distinct / buckets > KEYS_PER_BUCKET) buckets *= 2;
    const lines: string[][] = Array.from({ length: buckets }, () => []);
    keys.forEach((partition, p) => {
      for (const key of partition) lines[hashOf(key) & (buckets - 1)]!.push(`${key}\t${maskOf(this.#yearsOf(key, p))}`);
    });
    const manifest: DirectoryManifest = { version: VERSION, years: this.#years, buckets };
    const files = new Map<string, string>([[MANIFEST, JSON.stringify(manifest)]]);
    // A bucket no key falls in is written too (empty): a missing file means no directory, not "no such key".
    // Lines sorted by key (a tab sorts before any character of a key), so the same archive gives the same files.
    lines.forEach((bucket, b) => files.set(`${DIRECTORY}${b.toString(16)}.txt`, bucket.length ? `${bucket.sort().join('\n')}\n` : ''));
    return files;
  }
}

/** The directory's files, path relative to the site's pagefind/ folder → file text; small bucket files keyed by a hash of the key, each mapping key → the years (as a bitmask over the manifest's year list) that contain it. */
export function directoryFiles(keysByYear: Map<string, Iterable<string>>): Map<string, string> {
  const builder = new TermDirectoryBuilder(keysByYear.keys());
  for (const [year, keys] of keysByYear) builder.add(year, keys);
  return builder.files();
}

/** The keys a query's parts (termQueries' output: quoted words and phrases of bigrams) ask the index for. */
export function queryKeys(parts: string[]): string[] {
  return [...new Set(parts.flatMap((part) => part.replace(/^"|"$/gu, '').split(' ').filter(isWord).map(keyOf)))];
}

/** Fetches a file of the directory by its path under pagefind/; null when there is no such file. */
export type DirectoryLoader = (path: string) => Promise<string | null>;

/** The directory's manifest, or null when the site has none (or one of another format, which is as good as none). */
export async function readManifest(load: DirectoryLoader): Promise<DirectoryManifest | null> {
  const text = await load(MANIFEST);
  if (text === null) return null;
  const manifest = JSON.parse(text) as Partial<DirectoryManifest>;
  const valid = manifest.version === VERSION && Array.isArray(manifest.years) && Number.isInteger(manifest.buckets) && manifest.buckets! >= 1 && (manifest.buckets! & (manifest.buckets! - 1)) === 0;
  return valid ? (manifest as DirectoryManifest) : null;
}

/**
 * The years that contain every key of every part (a superset of the years with a match), in the manifest's order
 * (oldest first); null when the site has no directory (built without one, or a newer format), which means: any year.
 */
export function yearsContaining(parts: string[], load: DirectoryLoader): Promise<string[] | null> {
  return yearsWithKeys(queryKeys(parts), load);
}

/** The years whose articles hold every one of the keys (as documentKeys gives them); null as for yearsContaining. */
export async function yearsWithKeys(keys: string[], load: DirectoryLoader): Promise<string[] | null> {
  if (keys.length === 0) return null;
  const manifest = await readManifest(load);
  if (!manifest) return null;
  const { years, buckets } = manifest;
  let found = new Set(years);
  const texts = await Promise.all(keys.map((key) => load(bucketPath(key, buckets))));
  for (const [i, key] of keys.entries()) {
    const text = texts[i];
    // A bucket gone missing says nothing about its keys: better to search every year than to miss one.
    if (text === null || text === undefined) return null;
    const line = text.split('\n').find((l) => l.startsWith(`${key}\t`));
    const has = new Set(line ? yearsOfMask(line.slice(key.length + 1), years) : []);
    found = new Set([...found].filter((y) => has.has(y)));
  }
  return years.filter((y) => found.has(y));
}
