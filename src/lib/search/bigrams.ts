// Chinese text as Pagefind should index it. Pagefind's own segmenter cuts text into dictionary words, so a query
// that cuts across words (段简 in 一段简单) or sits inside one (鹅 in 卤鹅) finds nothing, and an unquoted name is
// split into characters. We index overlapping character bigrams instead (杨丽丹 → 杨丽 丽丹 丹) under a language
// code Pagefind does not segment, and rewrite a query into the same bigrams as a quoted phrase: a string that occurs
// in an article finds it, and only articles that contain it. Shared by the indexer and the search page.
import { HAN } from '../han.ts';

/** A run of Han characters, or of other letters and digits. */
const TERM = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/** The language code the index is written in: unknown to Pagefind, so it splits on whitespace and punctuation only. */
export const INDEX_LANGUAGE = 'zz';

/**
 * Stands for the text's own whitespace in the index: a punctuation mark (U+2E31 WORD SEPARATOR MIDDLE DOT) that
 * Pagefind neither indexes nor drops from the content, where a real space would be collapsed into the separators.
 */
const SPACE = '\u2E31';

/**
 * `卤鹅是“荣昌”名吃` → `卤鹅 鹅是 是 “ 荣昌 昌 ” 名吃 吃`. Each run of Han characters becomes its bigrams plus its
 * last character alone (which marks where the run ends, for decoding). Runs of other letters and digits stay as they
 * are; every punctuation mark is a token of its own (glued to a word, Pagefind would keep it in the word); the text's
 * own whitespace becomes one SPACE token, so decoding can give it back.
 */
export function encodeForIndex(text: string): string {
  const tokens: string[] = [];
  for (const m of text.matchAll(/(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)|(\s+)|(.)/gsu)) {
    if (m[1]) {
      const run = [...m[1]];
      for (let i = 0; i + 1 < run.length; i++) tokens.push(run[i]! + run[i + 1]!);
      tokens.push(run.at(-1)!);
    } else if (m[3]) tokens.push(SPACE);
    else tokens.push(m[0]);
  }
  return tokens.join(' ');
}

/**
 * A block of a search document (a headline, a credit, a paragraph): its text encoded, then a SPACE token. Pagefind
 * ends a block with a full stop only when its text ends in none of its own punctuation, so after `…覆盖率达95%` the
 * next block's `本报讯` came glued to it in excerpts; the SPACE gives every block its break.
 */
export const encodeBlock = (text: string): string => `${encodeForIndex(text)} ${SPACE}`;

/** Opens the last block of a search document: every distinct Han character of the article, once. */
const CHARACTER_SET = '⁂';

/**
 * `⁂ 卤 鹅 是`: each character of the text as a word of its own, so that a one-character query is an exact word
 * search. A prefix search over bigrams would do, but misses index chunks once the words starting with a common
 * character span several of them (measured: recall 0.82 at 20,000 articles).
 */
export function characterSet(text: string): string {
  return [CHARACTER_SET, ...new Set(text.match(/\p{Script=Han}/gu) ?? [])].join(' ');
}

/** The inverse of encodeForIndex, for excerpts and titles: `卤鹅 鹅是 是` → `卤鹅是`; the character set is left out. */
export function decodeFromIndex(content: string): string {
  const set = content.indexOf(` ${CHARACTER_SET} `);
  if (set >= 0) content = content.slice(0, set);
  let text = '';
  for (const raw of content.split(' ')) {
    // Pagefind ends each block of the document with a full stop glued to its last token (our tokens never end in
    // one: a `.` is a token of its own); show a break there instead.
    const blockEnd = raw.length > 1 && raw.endsWith('.');
    const token = blockEnd ? raw.slice(0, -1) : raw;
    if (token === SPACE) text += ' ';
    else if (HAN.test(token)) text += [...token][0];
    else text += token;
    if (blockEnd) text += ' ';
  }
  // A block ends in a SPACE and, after a word, also in Pagefind's full stop: one break is enough.
  return text.replace(/ {2,}/gu, ' ').trimEnd();
}

/**
 * One term of a query as Pagefind queries: a run of two or more Han characters is a quoted phrase of its bigrams
 * (`杨丽丹` → `"杨丽 丽丹"`), which matches it exactly, in the middle of a run too; a single character is a quoted
 * word, found in the document's character set; other letters and digits are whole words. A term that mixes them
 * (`2023年`) gives one part for each, to be matched together.
 */
export function termQueries(term: string): string[] {
  const parts: string[] = [];
  for (const m of term.matchAll(TERM)) {
    const chars = [...m[0]];
    // Quoted too: unquoted, Pagefind answers a word it does not know with its longest known prefix (2024 → 2025).
    if (!HAN.test(chars[0]!)) parts.push(`"${m[0].toLowerCase()}"`);
    else if (chars.length === 1) parts.push(`"${chars[0]!}"`);
    else parts.push(`"${chars.slice(0, -1).map((ch, i) => ch + chars[i + 1]).join(' ')}"`);
  }
  return parts;
}

/**
 * The literal strings a query asks for, to check and highlight results with: what the reader typed, split at spaces,
 * punctuation dropped (`杨丽丹 2023年` → [杨丽丹, 2023年]).
 */
export function queryTerms(query: string): string[] {
  return query
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}
