// Chinese text as Pagefind should index it. Pagefind's own segmenter cuts text into dictionary words, so a query
// that cuts across words (段简 in 一段简单) or sits inside one (鹅 in 卤鹅) finds nothing, and an unquoted name is
// split into characters. We index overlapping character bigrams instead (杨丽丹 → 杨丽 丽丹 丹) under a language
// code Pagefind does not segment, and rewrite a query into the same bigrams as a quoted phrase: a string that occurs
// in an article finds it, and only articles that contain it. Shared by the indexer and the search page.

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;
/** A run of Han characters, or of other letters and digits. */
const TERM = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/** The language code the index is written in: unknown to Pagefind, so it splits on whitespace and punctuation only. */
export const INDEX_LANGUAGE = 'zz';

/**
 * `卤鹅是荣昌名吃` → `卤鹅 鹅是 是荣 荣昌 昌名 名吃 吃`. Each run of Han characters becomes its bigrams plus its last
 * character alone (so every character starts a token, and a one-character query finds it by prefix); everything else
 * is kept as it is, with a space where a Han run meets a letter or digit so that they stay separate words.
 */
export function encodeForIndex(text: string): string {
  let out = '';
  let run: string[] = [];
  const flush = () => {
    if (!run.length) return;
    const tokens = run.slice(0, -1).map((ch, i) => ch + run[i + 1]);
    tokens.push(run.at(-1)!);
    out += tokens.join(' ');
    run = [];
  };
  for (const ch of text) {
    if (HAN.test(ch)) {
      if (!run.length && out && WORD.test(out.at(-1)!)) out += ' ';
      run.push(ch);
    } else {
      const endedRun = run.length > 0;
      flush();
      if (endedRun && WORD.test(ch)) out += ' ';
      out += ch;
    }
  }
  flush();
  return out;
}

/** The inverse of encodeForIndex, for excerpts: `卤鹅 鹅是 是` → `卤鹅是` (a space between Han and a digit is dropped). */
export function decodeFromIndex(content: string): string {
  return content.replace(/\p{Script=Han}{1,2}(?: \p{Script=Han}{1,2})*/gu, (group) => {
    // Each token's first character is the text. A one-character token ends a run, so a space after it was in the
    // text itself (between two runs), not put there by the encoder.
    let text = '';
    for (const token of group.split(' ')) {
      const chars = [...token];
      text += chars[0];
      if (chars.length === 1) text += ' ';
    }
    return text.trimEnd();
  }).replace(/(\p{Script=Han}) (?=(?!\p{Script=Han})[\p{L}\p{N}])|((?!\p{Script=Han})[\p{L}\p{N}]) (?=\p{Script=Han})/gu, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
}

/**
 * A query as the index understands it: each Han run of two or more characters becomes a quoted phrase of bigrams
 * (`杨丽丹` → `"杨丽 丽丹"`), a single character stays bare (prefix search), other words stay as typed.
 */
export function encodeQuery(query: string): string {
  const parts: string[] = [];
  for (const m of query.trim().matchAll(TERM)) {
    const chars = [...m[0]];
    if (!HAN.test(chars[0]!)) parts.push(m[0].toLowerCase());
    else if (chars.length === 1) parts.push(chars[0]!);
    else parts.push(`"${chars.slice(0, -1).map((ch, i) => ch + chars[i + 1]).join(' ')}"`);
  }
  return parts.join(' ');
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
