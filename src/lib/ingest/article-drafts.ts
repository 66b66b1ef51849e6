// What the assembler (assemble.ts) makes of a page: article drafts, each line's role, and what could not be read.
import { emptyCredits, mergeCredits, type CreditProblem, type Credits, type ParsedCredit } from './credits.ts';
import type { ClassifiedLine, FurnitureReason } from './line-kinds.ts';
import { isContactField } from './line-shapes.ts';
import { bigrams, sharedPairsIn, type CharacterPairs } from './text.ts';
import { ROLES } from '../schema.ts';

export type LineRole =
  | 'headline' | 'kicker' | 'subheadline' | 'byline' | 'credit' | 'body' | 'subhead' | 'caption'
  | 'jump' | 'furniture' | 'page-header' | 'duplicate' | 'orphan-credit';

export interface Fragment {
  text: string;
  lines: number[];
  subhead: boolean;
  /** A poem's stanza: its verses joined by `\n`, the only line break a fragment's text holds; never joined to the paragraph before or after it. */
  verse?: boolean;
  /** A line that stands apart in print (a table's row: classify.ts; a salutation: apart-lines.ts), never joined to another. */
  alone?: boolean;
  /**
   * A line that goes on the paragraph of the line above it, whatever that line ends in: on a page that marks its
   * paragraphs by an indent, an unindented line of text in the same block (OCR kept the column's width).
   */
  wraps?: boolean;
}

export interface CreditProblemAt {
  line: number;
  /** A credit's own problem, or `orphan-credit`: a credit line before any story on its page. */
  code: CreditProblem['code'] | 'orphan-credit';
  text: string;
}

export interface ArticleDraft {
  head: ClassifiedLine[];
  bylines: string[];
  credits: string[];
  people: Credits;
  fragments: Fragment[];
  captions: { text: string; line: number }[];
  continuedFrom: number | null;
  continuesTo: number | null;
  phase: 'head' | 'body' | 'closed';
  lines: number[];
  problems: CreditProblemAt[];
  /** A story under a column's label (`简讯`), before any titled story: a brief, which prints no headline. */
  brief: boolean;
  /** Signed on a line of its own over its text (`本报记者 王刚`), a feature's form: news opens with its dateline (`本报讯…`). */
  signedApart: boolean;
}

export interface PageAssembly {
  articles: ArticleDraft[];
  /** For each non-blank line: what it became, and in which article (its draft, or null); a furniture line's reason. */
  roles: Map<number, { role: LineRole; article: ArticleDraft | null; reason?: FurnitureReason }>;
  problems: CreditProblemAt[];
}

export function newDraft(): ArticleDraft {
  return {
    head: [], bylines: [], credits: [], people: emptyCredits(), fragments: [], captions: [],
    continuedFrom: null, continuesTo: null, phase: 'head', lines: [], problems: [], brief: false, signedApart: false,
  };
}

/** Names alone in brackets, a brief's closing credit: `（唐敏）`, `（何  东）`, `（唐敏 李娜）`. */
const BARE_NAMES = /^\s*[(（][\p{Script=Han}\s\u3000]{2,20}[)）]\s*$/u;

/** A credit line read into an article: printed as it stands, its people by role, and what could not be read in it. */
export function addCredit(draft: ArticleDraft, line: number, credit: ParsedCredit, printed: string): void {
  draft.credits.push(printed);
  // A brief's writer named again at its end in brackets, with no role word (`本报讯（通讯员 唐敏）…。（唐敏）`), keeps the
  // role the byline gave: a bare name is read as a reporter's, and the correspondent had become a reporter too.
  const restated = BARE_NAMES.test(printed) ? credit.reporters.filter((name) => ROLES.some((role) => draft.people[role].includes(name))) : [];
  mergeCredits(draft.people, restated.length ? { ...credit, reporters: credit.reporters.filter((name) => !restated.includes(name)) } : credit);
  for (const p of credit.problems) draft.problems.push({ line, code: p.code, text: p.text });
}

/**
 * Whether a story is a picture its photographer's credit closed: captions, and a photographer named under them or at
 * a caption's end (`…300余名师生参加。 通讯员 廖 雪 摄`).
 */
export const isCreditedPicture = (draft: ArticleDraft) =>
  draft.captions.length > 0 && (draft.people.photographers.length > 0 || endsInPhotoCredit(draft.captions.at(-1)!.text));
/** A caption that ends in its photographer's credit (`…作业。 通讯员 王海 摄`). */
export const endsInPhotoCredit = (text: string) => /摄[）)]?\s*$/u.test(text);

/** A story's words (character bigrams of its titles and text), to tell which story a stray piece belongs to. */
export const storyWords = (draft: ArticleDraft) => bigrams(storyText(draft));
/** How many of `words` (a caption's, a line's) the story holds: `sharedBigrams(words, storyWords(draft))`. */
export const wordsSharedWithStory = (words: CharacterPairs, draft: ArticleDraft) => sharedPairsIn(words, storyText(draft));
const storyText = (draft: ArticleDraft) => draft.head.map((h) => h.text).join('') + draft.fragments.map((f) => f.text).join('');

/**
 * A titled piece with no byline, credit or picture whose lines make no sentence, with an address or a telephone among
 * them (`荣昌仁爱医院` / `专业治疗颈肩腰腿痛` / … / `咨询电话:023-46712345`): an advertisement, or the paper's own
 * contact box (`联系我们`). A story ends a sentence somewhere; a notice signs with its sentences.
 */
export function isAdvertisement(draft: ArticleDraft): boolean {
  if (draft.head.length === 0 || draft.bylines.length || draft.credits.length || draft.captions.length || draft.continuedFrom !== null || draft.continuesTo !== null) return false;
  return draft.fragments.some((fragment) => isContactField(fragment.text)) && !draft.fragments.some((fragment) => FULL_STOP.test(fragment.text));
}
/** A sentence's full stop, as OCR reads it too (`…见效.`). */
const FULL_STOP = /。|\p{Script=Han}\.(?!\S)/u;
