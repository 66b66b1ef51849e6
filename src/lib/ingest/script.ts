// Pages printed in traditional characters (older archives, Hong Kong, Taiwan and overseas papers): the words the
// parser looks for (本報訊, 記者, 通訊員, 攝) are found in the text folded to simplified characters, one for one, while
// what it keeps (headlines, bylines, names) stays as printed. The search's own table does the folding.
import { foldToSimplified } from '../search/fold.ts';

/** The traditional forms of the characters datelines and credits are made of: a text with none has nothing to fold. */
const SIGNS = '報訊記攝圖網電據員實習見稿綜聯發採編輯責';
const HAS_SIGN = new RegExp(`[${SIGNS}]`, 'u');
/** A dateline starts its line: only the line's first characters can hold its words. */
const STARTS_WITH_SIGN = new RegExp(`^[^]{0,15}?[${SIGNS}]`, 'u');

/**
 * The text as the parser matches it: traditional characters folded to simplified, character for character and of the
 * same length, so that a match's offsets are the printed text's. The text itself when it holds no traditional sign,
 * or when folding would change its length (a character that folds outside the Basic Multilingual Plane).
 */
export function forMatching(text: string, { head = false } = {}): string {
  if (!(head ? STARTS_WITH_SIGN : HAS_SIGN).test(text)) return text;
  const folded = foldToSimplified(text);
  return folded.length === text.length ? folded : text;
}

/**
 * A name found in the folded text, as printed: the same characters at the same place in the original. A name made
 * of characters the text has apart (`王 明`, spaced) is found with the spaces, which it leaves out.
 */
export function asPrinted(name: string, folded: string, printed: string): string {
  if (folded === printed) return name;
  const at = folded.indexOf(name);
  if (at >= 0) return printed.slice(at, at + name.length);
  const spaced = new RegExp([...name].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s*'), 'u').exec(folded);
  return spaced ? printed.slice(spaced.index, spaced.index + spaced[0].length).replace(/\s+/gu, '') : name;
}
