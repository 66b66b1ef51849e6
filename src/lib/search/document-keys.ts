// The build's side of the term directory (directory.ts): the keys an article gives its shard, exactly the words
// Pagefind indexes for it. A year of ~9,000 articles adds ~6.3 million, so the common case is read straight from
// the text.
import { HAN, isCommonIdeograph, isHanAt } from '../han.ts';
import { encodeForIndex } from './bigrams.ts';
import { isWord, keyOf, personKey, shortKeyText, shardKeys, type ShardKeys } from './directory.ts';
import { foldedTexts, peopleOf, type IndexedArticle } from './records.ts';

/** Common ideographs, U+4E00–U+9FFF. */
const PLAIN_HAN = 0x5200;

/**
 * A set of keys (a shard's, or an article's) as documentKeys gathers them. The keys of common ideographs (a character,
 * a bigram: 97 % of a year's ~6.3 million additions, measured when shards were years) are held as numbers, which a Set adds ~4× faster than strings
 * it would have to cut from the text first; the others as strings. It reads back as strings.
 */
export class KeySet implements Iterable<string> {
  // A character is its code unit (below 0x10000); a bigram 0x10000 plus its two offsets in the block, which stays
  // below 2^30 and so a small integer to V8.
  readonly #plain = new Set<number>();
  readonly #other = new Set<string>();

  /** The number a key of one or two common ideographs is held as, or -1. */
  static #plainOf(key: string): number {
    const a = key.charCodeAt(0);
    if (key.length === 1 && isCommonIdeograph(a)) return a;
    const b = key.charCodeAt(1);
    return key.length === 2 && isCommonIdeograph(a) && isCommonIdeograph(b) ? KeySet.bigramOf(a, b) : -1;
  }

  static bigramOf(a: number, b: number): number {
    return 0x10000 + (a - 0x4e00) * PLAIN_HAN + (b - 0x4e00);
  }

  /** Adds the key held as `plain`: a character's code unit, or a bigram's KeySet.bigramOf. */
  addPlain(plain: number): void {
    this.#plain.add(plain);
  }

  add(key: string): this {
    const plain = KeySet.#plainOf(key);
    if (plain < 0) this.#other.add(key);
    else this.#plain.add(plain);
    return this;
  }

  has(key: string): boolean {
    const plain = KeySet.#plainOf(key);
    return plain < 0 ? this.#other.has(key) : this.#plain.has(plain);
  }

  get size(): number {
    return this.#plain.size + this.#other.size;
  }

  /** A key held as `plain` as the term directory numbers it (directory.ts shortKeyNumber). */
  static #shortKeyNumber(plain: number): number {
    if (plain < 0x10000) return plain * 0x10000;
    const offsets = plain - 0x10000;
    return (0x4e00 + Math.floor(offsets / PLAIN_HAN)) * 0x10000 + 0x4e00 + (offsets % PLAIN_HAN);
  }

  /** The keys as the term directory takes them, sorted, as numbers where they can be (directory.ts ShardKeys). */
  shardKeys(): ShardKeys {
    const numbers = new Uint32Array(this.#plain.size);
    let n = 0;
    for (const plain of this.#plain) numbers[n++] = KeySet.#shortKeyNumber(plain);
    return shardKeys(numbers, this.#other);
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const plain of this.#plain) yield shortKeyText(KeySet.#shortKeyNumber(plain));
    yield* this.#other;
  }
}

/** Adds the keys of the words in an encodeForIndex output (punctuation and the space mark are no words). */
function addWordKeys(encoded: string, keys: KeySet): void {
  for (const token of encoded.split(' ')) if (isWord(token)) keys.add(keyOf(token));
}

/**
 * The keys of a text by definition: its encoding's words, and each Han character of it that is a word (the character
 * set; a radical such as ⺀ is Han but no letter, and Pagefind does not index it).
 */
function addTextKeysByDefinition(text: string, keys: KeySet): void {
  addWordKeys(encodeForIndex(text), keys);
  for (const ch of text.match(HAN_CHARACTERS) ?? []) if (isWord(ch)) keys.add(keyOf(ch));
}

/** HAN, for every match in a text. */
const HAN_CHARACTERS = new RegExp(HAN.source, 'gu');

/** Whether the code point that ends just before `i` is Han. */
function isHanBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const pair = i >= 2 && (text.charCodeAt(i - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return isHanAt(text, pair ? i - 2 : i - 1);
}

/**
 * addTextKeysByDefinition without encoding the text: a run of common ideographs (U+4E00–U+9FFF, one code unit each)
 * with no other Han character beside it is a whole Han run of the encoding, so its keys are its bigrams and its
 * characters, read straight from the text; only the stretches between runs that hold a word (Latin, digits, a rarer
 * Han character) are encoded. A run that touches another Han character (an Extension A or compatibility ideograph,
 * 〇) sends the whole text the long way. At a year of articles this was most of the index's own work besides
 * Pagefind (~4.5 s of ~6.8 s).
 */
function addTextKeys(text: string, keys: KeySet): void {
  let stretch = 0;
  for (let i = 0; i < text.length; ) {
    if (!isCommonIdeograph(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isCommonIdeograph(text.charCodeAt(end))) end++;
    if (isHanBefore(text, i) || (end < text.length && isHanAt(text, end))) return addTextKeysByDefinition(text, keys);
    if (stretch < i && isWord(text.slice(stretch, i))) addTextKeysByDefinition(text.slice(stretch, i), keys);
    for (let k = i; k < end; k++) {
      keys.addPlain(text.charCodeAt(k));
      if (k + 1 < end) keys.addPlain(KeySet.bigramOf(text.charCodeAt(k), text.charCodeAt(k + 1)));
    }
    i = stretch = end;
  }
  if (stretch < text.length && isWord(text.slice(stretch))) addTextKeysByDefinition(text.slice(stretch), keys);
}

/**
 * Every key the article's searchable text contributes: the same tokens Pagefind indexes for it (bigrams, single Han
 * characters of the character set, other words lowercased), added to `keys` (a shard's set, or a new one).
 */
export function documentKeys(article: IndexedArticle, keys: KeySet = new KeySet(), folded = foldedTexts(article)): KeySet {
  // The character set lists each Han character of the folded texts; every one is also the last character of a run
  // or the first of a bigram already, but only as a word of its own is it what a one-character query asks for.
  for (const text of folded) addTextKeys(text, keys);
  // The title meta is searched too, and is not folded (records.ts): its own words, as they are.
  addWordKeys(encodeForIndex(article.meta.headline), keys);
  // The reporter filter is in the index too: a name query lists the person's own articles first, which costs the
  // reporter filter file of each shard searched; the directory says in which shards that is worth it.
  for (const name of peopleOf(article.meta)) keys.add(personKey(name));
  return keys;
}
