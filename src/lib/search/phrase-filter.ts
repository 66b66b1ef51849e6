// The phrase filter: which shards (shards.ts) can hold a run of three or more Han characters. The term directory
// (directory.ts) says which shards hold each bigram of a phrase, but a phrase's bigrams stand together, apart, in many
// more shards than the phrase itself: at 100,000 articles, six characters from a 2016 article (道成冶金增加) had all five of
// their bigrams in 2024 too, and four of them (冶金增加) in eight years, so the search opened years that could not match
// (~150 KB each) and answered "nothing found" before it reached 2016. Here every three and every four characters in a
// row of a shard's texts (its grams) set bits of that shard's bitmap, at positions hashed from the gram (a Bloom
// filter). A shard with a bit of the query's grams unset cannot hold the phrase; a collision can only keep one in. Like
// the directory it narrows the shards to a superset of those with a match; exact matching stays Pagefind's.
import { isCommonIdeograph } from '../han.ts';
import { hashOf, keyOf } from './directory.ts';
import { foldedTexts, type IndexedArticle } from './records.ts';
import { FNV_OFFSET, FNV_PRIME, sortedDistinct } from './uint32.ts';

/** The filter's folder under the site's `pagefind/`. */
export const PHRASES = 'baoku-phrases/';
export const PHRASE_MANIFEST = `${PHRASES}manifest.json`;
const VERSION = 2;

export interface PhraseManifest {
  version: number;
  /** Oldest first: bitmap i of a slice file is shards[i]'s. */
  shards: string[];
  /** The bitmap of a shard has 2^bits positions; a gram's slice is the top bits of its hash (placeBits). */
  bits: number;
}

/**
 * Positions per slice file: 128 bytes of each shard's bitmap. A lookup fetches one slice per gram, ~6 KB for a
 * decade's 48 quarters.
 */
const SLICE_BITS = 10;
const SLICE_BYTES = 2 ** SLICE_BITS / 8;
const OFFSET_MASK = 2 ** SLICE_BITS - 1;
/**
 * Bitmap positions per gram of the shard that has the most, and the bits each gram sets, all in one slice (a blocked
 * Bloom filter: one fetch per gram). With eight and four, about two bits in five are set, and a gram a shard lacks
 * passes for present one time in forty; with one bit a gram, one time in nine.
 */
const POSITIONS_PER_GRAM = 8;
const BITS_PER_GRAM = 4;
/** 2^27 positions: 16 MB a shard, enough for sixteen million grams (a county paper's year has ~4 million). */
const MAX_BITS = 27;
/** Grams looked up per query at most: each narrows the shards, and costs a slice file. */
const MAX_LOOKUPS = 6;
/** Grams looked up, where the query has that many (lookupGrams). */
const MIN_LOOKUPS = 3;

/** MurmurHash3's finaliser: spreads FNV-1a's bits, so that the top ones (the slice) are as good as the rest. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A gram's hash: of its key as the directory makes it (Pagefind's comparison), so that query and text agree. */
export const gramHash = (gram: string): number => mix(hashOf(keyOf(gram)));

/** Runs of Han characters long enough to hold a gram (matchAll copies the pattern, so one serves every caller). */
const HAN_RUNS = /\p{Script=Han}{3,}/gu;

/** Every `n` characters in a row within each run of Han characters of the text, as `[...text]` counts characters. */
export function gramsOf(text: string, n: 3 | 4): string[] {
  const grams: string[] = [];
  for (const [run] of text.matchAll(HAN_RUNS)) {
    const chars = [...run];
    for (let i = 0; i + n <= chars.length; i++) grams.push(chars.slice(i, i + n).join(''));
  }
  return grams;
}

/**
 * A shard's gram hashes as they are found, repeats and all, in a growing typed array: filling a Set with them (~4
 * million distinct ones a year) took four times as long as hashing them. `distinct()` sorts them once.
 */
export class GramHashes {
  #data = new Uint32Array(1024);
  #length = 0;

  add(hash: number): void {
    if (this.#length === this.#data.length) {
      const grown = new Uint32Array(this.#data.length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    this.#data[this.#length++] = hash;
  }

  /** Each hash once, in ascending order. */
  distinct(): Uint32Array<ArrayBuffer> {
    return sortedDistinct(this.#data.subarray(0, this.#length));
  }
}

/**
 * Adds the hashes of every 3- and 4-gram of a run. A run of common ideographs (U+4E00–U+9FFF: one code unit each,
 * their own key) is hashed code unit by code unit, as gramHash would hash its grams, without making a string of
 * each: at 100,000 articles that is 70 million grams.
 */
function addRunGrams(run: string, into: GramHashes): void {
  let plain = true;
  for (let i = 0; i < run.length && plain; i++) plain = isCommonIdeograph(run.charCodeAt(i));
  if (!plain) {
    for (const n of [3, 4] as const) for (const gram of gramsOf(run, n)) into.add(gramHash(gram));
    return;
  }
  for (let i = 0; i + 3 <= run.length; i++) {
    let h = FNV_OFFSET;
    for (let k = i; k < i + 3; k++) h = Math.imul(h ^ run.charCodeAt(k), FNV_PRIME);
    into.add(mix(h >>> 0));
    if (i + 4 <= run.length) into.add(mix(Math.imul(h ^ run.charCodeAt(i + 3), FNV_PRIME) >>> 0));
  }
}

/**
 * The gram hashes of every text a phrase query can match in the article's search document (records.ts): its
 * searchable texts folded to simplified, and the title meta as it is; added to `into` (a shard's).
 */
export function documentGrams(article: IndexedArticle, into: GramHashes = new GramHashes(), folded = foldedTexts(article)): GramHashes {
  for (const text of [...folded, article.meta.headline]) {
    for (const [run] of text.matchAll(HAN_RUNS)) addRunGrams(run, into);
  }
  return into;
}

/** Makes the filter's files from each shard's gram hashes. */
export class PhraseFilterBuilder {
  readonly #shards: string[];
  readonly #grams = new Map<string, Uint32Array | number>();

  constructor(shards: Iterable<string>) {
    this.#shards = [...shards].sort();
  }

  /**
   * A shard's distinct gram hashes (documentGrams, GramHashes.distinct), in any order of shards; each shard once. Or
   * only how many there are, for a shard whose bitmap `files`' bitmapOf finds without them (kept from an earlier
   * build): its hashes are then not read at all, ~4 MB a quarter at scale.
   */
  add(shard: string, hashes: Uint32Array | number): void {
    if (!this.#shards.includes(shard)) throw new Error(`The phrase filter was not told of the shard ${shard}.`);
    this.#grams.set(shard, hashes);
  }

  /**
   * Path relative to the site's pagefind/ folder → file contents. Each shard's bitmap comes from `bitmapOf`, which
   * may give one kept from an earlier build for the same hashes and bits instead of placing them again (placing a
   * decade's ~48 million grams took ~2.3 s of the build's one core; build.ts keeps them with the shards' indexes).
   */
  files(bitmapOf: (shard: string, bits: number, hashes: Uint32Array | null) => Uint8Array = placeGiven): Map<string, string | Uint8Array> {
    const bits = phraseBits(Math.max(0, ...[...this.#grams.values()].map((g) => (typeof g === 'number' ? g : g.length))));
    const slices = 2 ** (bits - SLICE_BITS);
    const shardCount = this.#shards.length;
    // One buffer, slice by slice and within a slice shard by shard: each slice file is a view of it.
    const all = new Uint8Array(slices * shardCount * SLICE_BYTES);
    this.#shards.forEach((shard, i) => {
      const grams = this.#grams.get(shard) ?? new Uint32Array();
      const bitmap = bitmapOf(shard, bits, typeof grams === 'number' ? null : grams);
      for (let s = 0; s < slices; s++) all.set(bitmap.subarray(s * SLICE_BYTES, (s + 1) * SLICE_BYTES), (s * shardCount + i) * SLICE_BYTES);
    });
    const manifest: PhraseManifest = { version: VERSION, shards: this.#shards, bits };
    const files = new Map<string, string | Uint8Array>([[PHRASE_MANIFEST, JSON.stringify(manifest)]]);
    for (let s = 0; s < slices; s++) files.set(slicePath(s), all.subarray(s * shardCount * SLICE_BYTES, (s + 1) * shardCount * SLICE_BYTES));
    return files;
  }
}

/** PhraseFilterBuilder's own bitmapOf: places the hashes it was given, and has none to place for a count alone. */
function placeGiven(shard: string, bits: number, hashes: Uint32Array | null): Uint8Array {
  if (!hashes) throw new Error(`The phrase filter was given how many grams ${shard} has, and no way to find its bitmap.`);
  return placeShard(hashes, bits);
}

/** The bits of a filter whose fullest shard has `most` distinct grams: 2^bits positions a shard. */
function phraseBits(most: number): number {
  let bits = SLICE_BITS;
  while (bits < MAX_BITS && 2 ** bits < most * POSITIONS_PER_GRAM) bits++;
  return bits;
}

/** A shard's bitmap of 2^bits positions, its grams' bits set, slice after slice. */
export function placeShard(hashes: Uint32Array, bits: number): Uint8Array {
  const bitmap = new Uint8Array(2 ** bits / 8);
  const offsets = newOffsets();
  for (const hash of hashes) {
    const at = placeBits(hash, bits, offsets) * SLICE_BYTES;
    for (const offset of offsets) bitmap[at + (offset >>> 3)]! |= 1 << (offset & 7);
  }
  return bitmap;
}

const slicePath = (slice: number) => `${PHRASES}${slice.toString(16)}.bin`;

/**
 * Where a gram's bits are: returns its slice, from the top of its hash, and writes into `offsets` its BITS_PER_GRAM
 * offsets in the slice, from a second hash (a + j·b with b odd: distinct offsets). Into an array given, because the
 * build places ~50 million grams.
 */
export function placeBits(hash: number, bits: number, offsets: Uint16Array): number {
  const second = mix((hash + 0x9e3779b9) >>> 0);
  const step = ((second >>> SLICE_BITS) & OFFSET_MASK) | 1;
  for (let j = 0, offset = second & OFFSET_MASK; j < BITS_PER_GRAM; j++, offset = (offset + step) & OFFSET_MASK) offsets[j] = offset;
  // The top bits - SLICE_BITS bits (none with one slice: a shift by 32 would shift by nothing).
  return Math.floor(hash / 2 ** (32 - bits + SLICE_BITS));
}

export const newOffsets = () => new Uint16Array(BITS_PER_GRAM);

/**
 * True when every character of the gram stays a character of its key. Two Han-script marks (U+16FF0, U+16FF1) have
 * an empty key: Pagefind drops them from the query's bigrams, so `荣昌` + mark matches 荣昌 in a run of two, where
 * the text has no gram at all. Such a gram is not looked up; leaving one out only lets more shards in.
 */
const keepsItsCharacters = (gram: string) => [...keyOf(gram)].length === [...gram].length;

/**
 * The query's grams to look up, at most MAX_LOOKUPS: a run of three characters is its own gram; a longer one is
 * looked up by its 4-grams, those that cover it without overlapping first, then the others, and by its 3-grams
 * while there are fewer than MIN_LOOKUPS. A gram of one common word stands in every shard; one across words
 * (泽东生产 in 毛泽东生产是) rarely. The 3-grams test nothing the 4-grams do not, but their bits lie elsewhere: a
 * shard that lacks the phrase passes a lookup one time in forty, and there are 48 shards. For 60 four-character
 * phrases from random articles of the benchmark's 100,000, the one 4-gram let in 11 shards that lack the phrase (in
 * 8 of the queries); with the two 3-grams as well, 1. A longer phrase has three 4-grams or more: each lookup is one
 * more file to fetch before the search can start.
 */
export function lookupGrams(terms: string[]): string[] {
  const covering: string[] = [];
  const others: string[] = [];
  const shorter: string[] = [];
  for (const term of terms) {
    for (const [run] of term.matchAll(HAN_RUNS)) {
      if ([...run].length === 3) {
        covering.push(run);
        continue;
      }
      const all = gramsOf(run, 4);
      all.forEach((gram, i) => (i % 4 === 0 || i === all.length - 1 ? covering : others).push(gram));
      shorter.push(...gramsOf(run, 3));
    }
  }
  const grams = [...new Set([...covering, ...others])].filter(keepsItsCharacters);
  for (const gram of shorter) if (grams.length < MIN_LOOKUPS && keepsItsCharacters(gram) && !grams.includes(gram)) grams.push(gram);
  return grams.slice(0, MAX_LOOKUPS);
}

/** Fetches a file of the filter by its path under pagefind/; null when there is no such file. */
export interface PhraseLoader {
  text(path: string): Promise<string | null>;
  bytes(path: string): Promise<Uint8Array | null>;
}

/**
 * The shards that can hold every run of three or more Han characters of the query's terms (folded as the index is),
 * oldest first; null when no term has such a run, or the site has no filter (then: any shard).
 */
export async function shardsWithPhrases(terms: string[], load: PhraseLoader): Promise<string[] | null> {
  const grams = lookupGrams(terms);
  if (!grams.length) return null;
  const text = await load.text(PHRASE_MANIFEST);
  const manifest = text === null ? null : (JSON.parse(text) as Partial<PhraseManifest>);
  if (!manifest || manifest.version !== VERSION || !Array.isArray(manifest.shards) || !Number.isInteger(manifest.bits)) return null;
  const { shards, bits } = manifest as PhraseManifest;
  const places = grams.map((gram) => {
    const offsets = newOffsets();
    return { slice: placeBits(gramHash(gram), bits, offsets), offsets };
  });
  const slices = await Promise.all(places.map(({ slice }) => load.bytes(slicePath(slice))));
  // A slice gone missing, or of another size, says nothing about its grams: better every shard than a miss.
  if (slices.some((s) => s === null || s.length !== shards.length * SLICE_BYTES)) return null;
  return shards.filter((_, at) =>
    places.every(({ offsets }, i) => offsets.every((offset) => (slices[i]![at * SLICE_BYTES + (offset >>> 3)]! & (1 << (offset & 7))) !== 0)),
  );
}
