// Pages printed in traditional characters (older archives, Hong Kong, Taiwan and overseas papers): the words the
// parser looks for (本報訊, 記者, 通訊員, 攝) are found in the line folded to simplified characters, one for one, while
// what it keeps (headlines, bylines, names) stays as printed. The search's own table does the folding.
//
// A page is taken for traditional once, from its first characters, and only its lines are folded: looking for
// traditional characters in every line of every page cost ingest's workers 8–17 % of their time, whatever the page.
import { foldToSimplified } from '../search/fold.ts';
import type { LineKind } from './line-kinds.ts';
import type { ParsedCredit } from './credits.ts';

/**
 * The characters datelines and credits are made of, traditional and simplified (報 and 报, 記 and 记), as a table of
 * code units: +1 for the traditional form, −1 for the simplified.
 */
const SIGNS = new Int8Array(0x10000);
const SIGN_PAIRS = '報报訊讯記记攝摄圖图網网電电據据員员實实習习見见綜综聯联發发採采編编輯辑責责';
for (let i = 0; i < SIGN_PAIRS.length; i += 2) {
  SIGNS[SIGN_PAIRS.charCodeAt(i)] = 1;
  SIGNS[SIGN_PAIRS.charCodeAt(i + 1)] = -1;
}

/** How many more of the signs in the text's first `upTo` code units are traditional than simplified. */
function traditionalLead(text: string, upTo = text.length): number {
  const end = Math.min(upTo, text.length);
  let lead = 0;
  for (let i = 0; i < end; i++) lead += SIGNS[text.charCodeAt(i)]!;
  return lead;
}

const hasSign = (text: string) => {
  for (let i = 0; i < text.length; i++) if (SIGNS[text.charCodeAt(i)] === 1) return true;
  return false;
};

/** How far into a page its first byline or running head stands: far enough to tell its script. */
const PAGE_HEAD = 2000;

/**
 * Whether a page is printed in traditional characters: in its first characters the parser's words stand in their
 * traditional forms more than in their simplified ones. A simplified page may hold a traditional character or two
 * (a name, a quoted sign), and is not read twice for them.
 */
export const isTraditionalPage = (text: string): boolean => traditionalLead(text, PAGE_HEAD) >= 2;

/**
 * The text as the parser matches it: traditional characters folded to simplified, character for character and of the
 * same length, so that a match's offsets are the printed text's. The text itself when folding would change its length
 * (a character that folds outside the Basic Multilingual Plane).
 */
export function folded(text: string): string {
  const simplified = foldToSimplified(text);
  return simplified.length === text.length ? simplified : text;
}

/** A short text of a page of either script (a caption read again), folded when it holds a traditional sign. */
export const forMatching = (text: string): string => (hasSign(text) ? folded(text) : text);

/**
 * A piece of the folded text as printed: the same characters at the same place in the original. A name made of
 * characters the text has apart (`王 明`, spaced) is found with the spaces, which it leaves out.
 */
export function asPrinted(piece: string, matched: string, printed: string): string {
  if (matched === printed || !piece) return piece;
  const at = matched.indexOf(piece);
  if (at >= 0) return printed.slice(at, at + piece.length);
  const spaced = new RegExp([...piece].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s*'), 'u').exec(matched);
  return spaced ? printed.slice(spaced.index, spaced.index + spaced[0].length).replace(/\s+/gu, '') : piece;
}

/** A credit read in the folded text, with its names and problems as printed. */
export function asPrintedCredit(credit: ParsedCredit, matched: string, printed: string): ParsedCredit {
  if (matched === printed) return credit;
  const back = (piece: string) => asPrinted(piece, matched, printed);
  return {
    reporters: credit.reporters.map(back), authors: credit.authors.map(back), correspondents: credit.correspondents.map(back),
    photographers: credit.photographers.map(back), interns: credit.interns.map(back),
    problems: credit.problems.map((problem) => ({ ...problem, text: back(problem.text) })),
  };
}

/** What a folded line was read as, with every piece of its text (byline, rest, names) as printed. */
export function asPrintedKind(kind: LineKind, matched: string, printed: string): LineKind {
  if (matched === printed) return kind;
  const back = (piece: string) => asPrinted(piece, matched, printed);
  const credit = (c: ParsedCredit | null) => c && asPrintedCredit(c, matched, printed);
  switch (kind.kind) {
    case 'jumpFrom':
      return { ...kind, rest: back(kind.rest) };
    case 'dateline':
      return { ...kind, byline: back(kind.byline), rest: back(kind.rest), credit: credit(kind.credit), ...(kind.headline ? { headline: back(kind.headline) } : {}) };
    case 'credit':
      return { ...kind, credit: credit(kind.credit)! };
    case 'text':
      return {
        ...kind, text: back(kind.text), ...(kind.credit ? { credit: { credit: credit(kind.credit.credit)!, printed: back(kind.credit.printed) } } : {}),
        ...(kind.headline ? { headline: back(kind.headline) } : {}),
      };
    default:
      return kind;
  }
}
