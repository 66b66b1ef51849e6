// Character-level facts about Chinese page text, shared by every stage.
import { isHanAt } from '../han.ts';

/** A paragraph that ends in one of these ends for real; anything else was torn by a column or page break. */
const SENTENCE_ENDS = new Set([...'。！？!?…']);
/** Closing quotes and brackets that may follow the end of a sentence (`他说：“好。”`). */
const CLOSERS = new Set([...'”’」』"\')）》]】']);

/**
 * Whether the text ends a sentence, closing quotes aside. Read from the end: a regular expression anchored at the
 * end is tried at every position of a paragraph, and this runs on every paragraph of every page.
 */
export function endsSentence(text: string): boolean {
  const note = closingNoteAt(text);
  return endsSentenceAt(text, note > 0 ? note - 1 : text.length - 1);
}

/**
 * Whether a sentence ends at i, closing quotes and spaces aside. An ASCII full stop counts after a Han character
 * (`…推进会.`, as OCR often gives it), not after a digit or a letter (`3.`, `www.rcxw.gov.cn`).
 */
function endsSentenceAt(text: string, i: number): boolean {
  while (i >= 0 && /\s/u.test(text[i]!)) i--;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  if (i < 0) return false;
  return SENTENCE_ENDS.has(text[i]!) || (text[i] === '.' && i > 0 && isHanAt(text, i - 1));
}

/**
 * Whether a line ends in a colon, trailing spaces aside (a kicker's `县城市管理局：`, a list's `获奖名单如下：`). Read from
 * the end: a pattern anchored at the end is tried at every position of the line.
 */
export const endsWithColon = (text: string): boolean => endsWithOneOf(text, '：', ':');
/** Whether a line ends in a semicolon, trailing spaces aside (a list's item, `…二要抓好防汛减灾；`). */
export const endsWithSemicolon = (text: string): boolean => endsWithOneOf(text, '；', ';');
function endsWithOneOf(text: string, wide: string, narrow: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && /\s/u.test(text[i]!)) i--;
  return text[i] === wide || text[i] === narrow;
}

const [FW_CLOSE, CLOSE, LENTICULAR_CLOSE, SQUARE_CLOSE] = [...'）)】]'].map((mark) => mark.charCodeAt(0));
/** The brackets a note or a credit closes with: `）`, `)`, `】`, `]`. */
export const NOTE_CLOSERS = new Set([FW_CLOSE!, CLOSE!, LENTICULAR_CLOSE!, SQUARE_CLOSE!]);

/**
 * A set of characters as code units, for a test of one character of a line (its first, its last): taken out of CJK
 * text as a string, each would be a string of its own, and the tests that ask so run on every line or fragment.
 */
export function codeUnits(characters: string): Set<number> {
  return new Set([...characters].map((c) => c.charCodeAt(0)));
}

/** The longest closing note: a writer's name and role, or 完, 来源：新华社; a longer bracket is the text's own. */
const LONGEST_NOTE = 40;

/**
 * Where a note in brackets at the end of a paragraph starts, when a sentence ends right before it (`…展出。（完）`,
 * `…措施。（通讯员 陈静）`, `…心得。【记者 孙悦】`, `…50件。[记者 王磊]`): the paragraph ends there, and the note may be its writer's credit. -1 when there is none.
 */
export function closingNoteAt(text: string): number {
  let end = text.length - 1;
  while (end >= 0 && /\s/u.test(text[end]!)) end--;
  // Compared as code units: every paragraph is asked, and a character taken out of it is a string of its own.
  const close = text.charCodeAt(end);
  if (!NOTE_CLOSERS.has(close)) return -1;
  const open = close === LENTICULAR_CLOSE ? text.lastIndexOf('【', end) : close === SQUARE_CLOSE ? text.lastIndexOf('[', end) : Math.max(text.lastIndexOf('（', end), text.lastIndexOf('(', end));
  return open > 0 && end - open <= LONGEST_NOTE && endsSentenceAt(text, open - 1) ? open : -1;
}

/**
 * Sentence punctuation inside a line: a headline never has it, a body paragraph nearly always does. An ASCII full stop
 * after a Han character counts (OCR gives `推进会.` for `推进会。`).
 */
export function hasSentencePunctuation(text: string): boolean {
  return SENTENCE_STOP.test(text) || /[!?](?!$)/u.test(text) || /\p{Script=Han}\./u.test(text);
}

/** A sentence's stop, full width, or a semicolon: the first and cheapest of hasSentencePunctuation's tests. */
export const SENTENCE_STOP = /[。！？；;]/u;

/** Han characters in the text. A loop over code units: this runs on most lines of every page. */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isHanAt(text, i)) n++;
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}

/** Visible length: what a reader would count, without spaces (a loop: this runs on every line of every page). */
export function visibleLength(text: string, atMost = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length && n < atMost; i++) {
    const c = text.charCodeAt(i);
    // Skip whitespace, and count a surrogate pair once (at its high half).
    if (c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || (c >= 0xdc00 && c <= 0xdfff)) continue;
    n++;
  }
  return n;
}

/** visibleLength(text) >= min, counting no further than min: most lines it is asked of are long paragraphs. */
export const hasVisibleLength = (text: string, min: number): boolean => visibleLength(text, min) >= min;

/**
 * A pair of characters that follow each other in a text, letters and digits only (`bigrams`), as a number: two
 * common ideographs (most pairs of Chinese text) make a small integer, which a Set holds and compares without the
 * string each pair would otherwise be.
 */
export type CharacterPair = number;
export type CharacterPairs = Set<CharacterPair>;

/** Common ideographs, U+4E00–U+9FEF: numbered from 0 in pairs of them. */
const IDEOGRAPHS_FROM = 0x4e00;
const IDEOGRAPHS = 0x9fef - IDEOGRAPHS_FROM + 1;
/** Where the pairs of other characters (a digit, a letter, a rarer ideograph) are numbered from. */
const OTHER_PAIRS_FROM = IDEOGRAPHS * IDEOGRAPHS;
const CODE_POINTS = 0x110000;

const pairOf = (first: number, second: number): CharacterPair => {
  const a = first - IDEOGRAPHS_FROM;
  const b = second - IDEOGRAPHS_FROM;
  return a >= 0 && a < IDEOGRAPHS && b >= 0 && b < IDEOGRAPHS ? a * IDEOGRAPHS + b : OTHER_PAIRS_FROM + first * CODE_POINTS + second;
};

/** The two characters of a pair. */
export function charactersOf(pair: CharacterPair): string {
  if (pair < OTHER_PAIRS_FROM) return String.fromCharCode(IDEOGRAPHS_FROM + Math.floor(pair / IDEOGRAPHS), IDEOGRAPHS_FROM + (pair % IDEOGRAPHS));
  const other = pair - OTHER_PAIRS_FROM;
  return String.fromCodePoint(Math.floor(other / CODE_POINTS), other % CODE_POINTS);
}

/** The character pairs of a text (letters, digits and Han only), the unit of our text-similarity measures. */
export function bigrams(text: string): CharacterPairs {
  const set = new Set<CharacterPair>();
  forEachPair(text, (pair) => set.add(pair));
  return set;
}

/**
 * How many of `words` the text holds: `sharedBigrams(words, bigrams(text))`, without a set of the text's own pairs,
 * which for a whole story cost far more than the few words of a caption or a line asked of it.
 */
export function sharedPairsIn(words: CharacterPairs, text: string): number {
  if (words.size === 0) return 0;
  const found = new Set<CharacterPair>();
  forEachPair(text, (pair) => {
    if (words.has(pair)) found.add(pair);
  });
  return found.size;
}

/** Code point by code point, each letter or digit paired with the one before it, whatever stands between. */
function forEachPair(text: string, visit: (pair: CharacterPair) => void): void {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (!isLetterOrDigit(code)) continue;
    if (previous >= 0) visit(pairOf(previous, code));
    previous = code;
  }
}

/**
 * A letter or a digit of any script (\p{L}, \p{N}). Common ideographs and ASCII are told without the pattern: a
 * story's words are read character by character, and the pattern on each took a seventh of the sample page's ingest.
 */
function isLetterOrDigit(code: number): boolean {
  if (code >= IDEOGRAPHS_FROM && code < IDEOGRAPHS_FROM + IDEOGRAPHS) return true;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** How many of `a`'s pairs also occur in `b`. */
export function sharedBigrams(a: CharacterPairs, b: CharacterPairs): number {
  let n = 0;
  for (const g of a) if (b.has(g)) n++;
  return n;
}

/** Text that is its own key: common ideographs, digits and lower-case letters, which NFKC leaves as they are. */
const OWN_KEY = /^[\u4e00-\u9fff0-9a-z]*$/u;

/** Key for comparing lines that may differ only in spacing or ASCII/full-width punctuation. */
export function comparisonKey(text: string): string {
  // Most short lines (headlines, names) are plain Han; normalising them costs more than the rest of their checks.
  if (OWN_KEY.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .toLowerCase();
}

/** A lead's opening clause that only says when (`3月12日`, `2024年3月12日上午`, `近日`, `今年以来`). */
const WHEN = /^\s*(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[上下]午|晚上?|上旬|中旬|下旬)?|近日|日前|连日来|近期|近年来|今年以来|昨天|昨日|今天|今日|当天|当日)\s*$/u;

/** Whether the text opens with a clause that only says when (`5月8日，…`, `近日，…`), as a lead does. */
export function opensWithWhen(text: string): boolean {
  // Read up to the first comma, and no further than a character WHEN has not: most lines open with a word of another
  // kind, and are turned away at it rather than scanned to their first comma.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === FULL_WIDTH_COMMA || code === COMMA) {
      const clause = text.slice(0, i);
      return clause.trim() !== '' && WHEN.test(clause);
    }
    if (!WHEN_CHARACTERS.has(code) && !/\s/u.test(text[i]!)) return false;
  }
  return false;
}
/** Every character WHEN may match but a space. */
const WHEN_CHARACTERS = codeUnits('0123456789年月日上下午晚旬中近前连来期今以昨天当');
const FULL_WIDTH_COMMA = '，'.charCodeAt(0);
const COMMA = ','.charCodeAt(0);

/** A short excerpt of running text for places where a title must be made up, cut at a clause end. */
export function excerpt(text: string, max = 18): string {
  // A brief's mark (`■`, `●`) is no word of it, nor a caption's 图为 (`图为3月14日，居民在公园内赏花。`).
  const clean = text.replace(/^[\p{P}\p{S}\s]+/u, '').replace(/^图为/u, '');
  // A poem's first verse, not its stanza: an untitled poem's headline holds no line break. A lead that opens with
  // when (`3月12日，`, `近日，`) says what happened in its next clause.
  const clauses = clean.split(/[，。！？；：,;:!?\n]/u);
  const clause = (clauses.length > 1 && WHEN.test(clauses[0]!) && clauses[1] ? clauses[1] : clauses[0]) ?? clean;
  const chars = [...clause];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : clause;
}

/** A question, as a headline may ask one (`钱还能要回来吗？`). */
export const asks = (text: string): boolean => /[？?]\s*$/u.test(text);
