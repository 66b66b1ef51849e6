// The term directory: which shards' indexes (shards.ts) contain each index term, so that a query opens only the shards
// where it can match. Pagefind cannot tell whether a shard holds a word without loading that shard's metadata (~13
// bytes per article, ~27 KB a quarter at scale) and the index chunk that would hold it; the directory answers from a
// few small files instead. Built with the site (the integration gathers each shard's keys with document-keys.ts), read
// by the search page (shardsContaining). It only ever narrows to a superset of the shards with a match: exact matching
// stays Pagefind's.
import { isCommonIdeograph } from '../han.ts';
import { FNV_OFFSET, FNV_PRIME, sortedDistinct } from './uint32.ts';

/** The directory's folder under the site's `pagefind/`. */
const DIRECTORY = 'baoku-directory/';
/** Names the shards (a key's mask counts bits over this list) and the number of buckets. */
export const MANIFEST = `${DIRECTORY}manifest.json`;
const VERSION = 2;

export interface DirectoryManifest {
  version: number;
  /** Oldest first: bit i of a mask stands for shards[i]. */
  shards: string[];
  /** A power of two: the bucket of a key is the low bits of its hash. */
  buckets: number;
}

/**
 * About this many keys per bucket: ~11 bytes a line (a bigram is 6 bytes of UTF-8), so ~3 KB a file before the
 * host's gzip, and a bigram (~2 M distinct ones in a decade of a county paper) costs one such file to look up.
 */
const KEYS_PER_BUCKET = 256;

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
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

export const bucketPath = (key: string, buckets: number) => `${DIRECTORY}${(hashOf(key) & (buckets - 1)).toString(16)}.txt`;

/** Shards → a hex bitmask over `shards` (bit i for shards[i]), as long as it needs to be: 48 quarters take 12 digits. */
function maskOf(indices: readonly number[]): string {
  const digits: number[] = [];
  for (const i of indices) {
    while (digits.length <= i >> 2) digits.push(0);
    digits[i >> 2]! |= 1 << (i & 3);
  }
  return digits.reverse().map((d) => d.toString(16)).join('') || '0';
}

function shardsOfMask(mask: string, shards: string[]): string[] {
  const found: string[] = [];
  for (let k = 0; k < mask.length; k++) {
    const digit = Number.parseInt(mask[mask.length - 1 - k]!, 16);
    for (let bit = 0; bit < 4; bit++) if (digit & (1 << bit) && shards[4 * k + bit] !== undefined) found.push(shards[4 * k + bit]!);
  }
  return found;
}

/**
 * A shard's keys as the directory is made from them. A key of one or two UTF-16 code units (a character, a bigram:
 * all but ~0.6 % of a year's ~770,000) is a number, shortKeyNumber; the others stay strings. Both lists sorted,
 * without repeats. As numbers, a shard's keys are cached, handed from thread to thread and merged with the other
 * shards' without a string for each: as strings, in a map, that took ~10 s of a build whose shards (years, then) were all
 * cached (100,000 articles), and splitting each cached shard's key file as much again in the workers.
 */
export interface ShardKeys {
  short: Uint32Array<ArrayBuffer>;
  long: string[];
}

/**
 * A key of one or two code units, none of them 0, as first × 65,536 + second (+ 0 for a key of one): the numbers sort
 * as the strings do, a key before the keys it begins. -1 for any other key.
 */
export function shortKeyNumber(key: string): number {
  const a = key.charCodeAt(0);
  if (key.length === 1) return a ? a * 0x10000 : -1;
  const b = key.charCodeAt(1);
  return key.length === 2 && a && b ? a * 0x10000 + b : -1;
}

export const shortKeyText = (n: number) => (n & 0xffff ? String.fromCharCode(n >>> 16, n & 0xffff) : String.fromCharCode(n >>> 16));

/** hashOf(shortKeyText(n)), without the string. */
function hashOfShort(n: number): number {
  let h = Math.imul(FNV_OFFSET ^ (n >>> 16), FNV_PRIME);
  if (n & 0xffff) h = Math.imul(h ^ (n & 0xffff), FNV_PRIME);
  return h >>> 0;
}

/** True when each item is greater than the one before it: sorted, without repeats. */
function isStrictlyAscending(list: ArrayLike<number | string>): boolean {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1]! < list[i]!)) return false;
  return true;
}

/** Keys given as numbers (shortKeyNumber) and as strings, in any order and with repeats, as ShardKeys. */
export function shardKeys(numbers: Uint32Array, strings: Iterable<string>): ShardKeys {
  const long: string[] = [];
  const more: number[] = [];
  for (const key of strings) {
    const n = shortKeyNumber(key);
    if (n < 0) long.push(key);
    else more.push(n);
  }
  const all = new Uint32Array(numbers.length + more.length);
  all.set(numbers);
  all.set(more, numbers.length);
  return { short: sortedDistinct(all), long: [...new Set(long)].sort() };
}

const isShardKeys = (keys: ShardKeys | Iterable<string>): keys is ShardKeys => (keys as ShardKeys).short instanceof Uint32Array;

/**
 * Every item of the sorted lists once, in order, with the indices of the lists that hold it (a k-way merge). A list
 * per shard, a few dozen: each step scans the lists' next items. With a decade's 48 quarters this takes ~2 s of the
 * 100,000-article directory's ~5 s; a heap of the lists by their next item made the whole 4.5–6.0 s against
 * 5.4–6.0 s, alternating, which is within the noise, so the scan stays. `<` orders numbers and strings alike.
 */
function mergeSorted<T extends number | string>(lists: readonly (ArrayLike<T> | undefined)[], visit: (item: T, holders: readonly number[]) => void): void {
  const at = lists.map(() => 0);
  const holders: number[] = [];
  for (;;) {
    let least: T | undefined;
    holders.length = 0;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i];
      if (!list || at[i]! >= list.length) continue;
      const item = list[at[i]!]!;
      if (least === undefined || item < least) {
        least = item;
        holders.length = 0;
      }
      if (item === least) holders.push(i);
    }
    if (least === undefined) return;
    for (const i of holders) at[i]!++;
    visit(least, holders);
  }
}

/**
 * Makes the directory's files from each shard's keys: the shards' sorted lists are merged in one pass, which gives
 * every distinct key with its shards, in the order the bucket files list them.
 */
export class TermDirectoryBuilder {
  readonly #shards: string[];
  /** By shard index. */
  readonly #keys: ShardKeys[] = [];

  constructor(shards: Iterable<string>) {
    this.#shards = [...shards].sort();
  }

  /** A shard's keys (as strings, or as shard-index.ts caches them), in any order of shards; each shard once. */
  add(shard: string, keys: ShardKeys | Iterable<string>): void {
    const i = this.#shards.indexOf(shard);
    if (i < 0) throw new Error(`The term directory was not told of the shard ${shard}.`);
    const given = isShardKeys(keys) ? keys : shardKeys(new Uint32Array(), keys);
    this.#keys[i] = isStrictlyAscending(given.short) && isStrictlyAscending(given.long) ? given : shardKeys(given.short, given.long);
  }

  /** Path relative to the site's pagefind/ folder → file text. */
  files(): Map<string, string> {
    const distinct = { short: [] as number[], long: [] as string[] };
    const masks = { short: [] as string[], long: [] as string[] };
    // Most keys have one of a few masks (every shard, the last few years…): one string each, found by the mask's
    // bits as two numbers of 31 (a decade and a half of quarters; more shards are masked key by key).
    const maskTexts = new Map<number, Map<number, string>>();
    const maskText = (holders: readonly number[]) => {
      let low = 0;
      let high = 0;
      for (const i of holders) {
        if (i >= 62) return maskOf(holders);
        if (i < 31) low |= 1 << i;
        else high |= 1 << (i - 31);
      }
      let texts = maskTexts.get(high);
      if (!texts) maskTexts.set(high, (texts = new Map()));
      let text = texts.get(low);
      if (text === undefined) texts.set(low, (text = maskOf(holders)));
      return text;
    };
    mergeSorted(this.#keys.map((k) => k?.short), (n: number, holders) => (distinct.short.push(n), masks.short.push(maskText(holders))));
    mergeSorted(this.#keys.map((k) => k?.long), (key: string, holders) => (distinct.long.push(key), masks.long.push(maskText(holders))));
    let buckets = 1;
    while ((distinct.short.length + distinct.long.length) / buckets > KEYS_PER_BUCKET) buckets *= 2;
    // Keys come in order, so each bucket's lines are in order too (a tab sorts before any character of a key); a
    // bucket's long keys are then merged in among its short ones.
    const lines: string[][] = Array.from({ length: buckets }, () => []);
    distinct.short.forEach((n, k) => lines[hashOfShort(n) & (buckets - 1)]!.push(`${shortKeyText(n)}\t${masks.short[k]}`));
    const longLines = new Map<number, string[]>();
    distinct.long.forEach((key, k) => {
      const b = hashOf(key) & (buckets - 1);
      if (!longLines.has(b)) longLines.set(b, []);
      longLines.get(b)!.push(`${key}\t${masks.long[k]}`);
    });
    for (const [b, more] of longLines) {
      const merged: string[] = [];
      mergeSorted([lines[b], more], (line: string) => merged.push(line));
      lines[b] = merged;
    }
    const manifest: DirectoryManifest = { version: VERSION, shards: this.#shards, buckets };
    const files = new Map<string, string>([[MANIFEST, JSON.stringify(manifest)]]);
    // A bucket no key falls in is written too (empty): a missing file means no directory, not "no such key".
    lines.forEach((bucket, b) => files.set(`${DIRECTORY}${b.toString(16)}.txt`, bucket.length ? `${bucket.join('\n')}\n` : ''));
    return files;
  }
}

/** The directory's files, path relative to the site's pagefind/ folder → file text; small bucket files keyed by a hash of the key, each mapping key → the shards (as a bitmask over the manifest's shard list) that contain it. */
export function directoryFiles(keysByShard: Map<string, Iterable<string>>): Map<string, string> {
  const builder = new TermDirectoryBuilder(keysByShard.keys());
  for (const [shard, keys] of keysByShard) builder.add(shard, keys);
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
  const valid = manifest.version === VERSION && Array.isArray(manifest.shards) && Number.isInteger(manifest.buckets) && manifest.buckets! >= 1 && (manifest.buckets! & (manifest.buckets! - 1)) === 0;
  return valid ? (manifest as DirectoryManifest) : null;
}

/**
 * The shards that contain every key of every part (a superset of the shards with a match), in the manifest's order
 * (oldest first); null when the site has no directory (built without one, or a newer format), which means: any shard.
 */
export function shardsContaining(parts: string[], load: DirectoryLoader): Promise<string[] | null> {
  return shardsWithKeys(queryKeys(parts), load);
}

/** The shards whose articles hold every one of the keys (as documentKeys gives them); null as for shardsContaining. */
export async function shardsWithKeys(keys: string[], load: DirectoryLoader): Promise<string[] | null> {
  if (keys.length === 0) return null;
  const manifest = await readManifest(load);
  if (!manifest) return null;
  const { shards, buckets } = manifest;
  let found = new Set(shards);
  const texts = await Promise.all(keys.map((key) => load(bucketPath(key, buckets))));
  for (const [i, key] of keys.entries()) {
    const text = texts[i];
    // A bucket gone missing says nothing about its keys: better to search every shard than to miss one.
    if (text === null || text === undefined) return null;
    const line = text.split('\n').find((l) => l.startsWith(`${key}\t`));
    const has = new Set(line ? shardsOfMask(line.slice(key.length + 1), shards) : []);
    found = new Set([...found].filter((y) => has.has(y)));
  }
  return shards.filter((s) => found.has(s));
}
