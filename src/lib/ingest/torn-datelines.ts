// Stage 3b: a dateline whose credit a column break tore in two (`本报讯(融媒体中心记` / `者 江林国 通讯员 冯红)职业…`),
// and a story's closing credit torn so (`…参展。(融媒体中心记者 唐` / `丽 通讯员 肖杰)`). Read line by line, the first
// part credits nobody and the second is the lead, or a headline; read as the one line they were, the story has its
// byline and its people.
import type { LineKind, PlacedLine } from './line-kinds.ts';
import type { SourceLine } from './lines.ts';
import { namesAnyone, type ParsedCredit } from './credits.ts';
import { tearsRoleWord } from './credit-words.ts';
import type { PaperSettings } from './settings.ts';
import { codeUnits } from './text.ts';

/** What the line after a torn credit may have been read as: anything but a page's furniture, a jump or a new story. */
const TAIL_KINDS: ReadonlySet<string> = new Set(['text', 'title', 'subhead', 'credit', 'caption']);

/** A dateline's rest that opens its credit's bracket and does not close it: all there is of the line. */
const OPEN_CREDIT = /^[(（][^()（）]*$/u;

/**
 * The two lines read as one, when the credit `creditOf` finds in that reading names someone, or null. Lines come
 * trimmed, so a space at the tear is lost: the tear read as a space (`记者` / `张宁婷`, where print had `记者 张宁婷`) when
 * that credit reads whole, as one word otherwise (a name torn in two, `张宁` / `婷`, which a space would leave a
 * one-character name), with the problems it then has when `unspacedProblems` allows them.
 */
function readAsOne(first: PlacedLine, second: PlacedLine, classify: (line: SourceLine) => LineKind, settings: PaperSettings, creditOf: (read: LineKind) => ParsedCredit | null | undefined, unspacedProblems: boolean): LineKind | null {
  const spaced = [`${first.text} ${second.text}`, true] as const;
  const unspaced = [first.text + second.text, false] as const;
  // Torn inside a role word (`通` / `讯员`), the two halves are one word, which the spaced reading would also read
  // (closedRoleWords) but print apart.
  for (const [text, strict] of tearsRoleWord(first.text, second.text, settings) ? [unspaced] : [spaced, unspaced]) {
    const read = classify({ no: first.no, text });
    const credit = creditOf(read);
    if (!credit || !namesAnyone(credit)) continue;
    if (credit.problems.length === 0 || (!strict && unspacedProblems)) return read;
  }
  return null;
}

/**
 * Joins each torn dateline to the line after it, when the two read as one dateline whose credit names someone and
 * closes on the second line: the first line becomes that dateline (its rest the lead's first words, `tail` the
 * second line's number), and the second its `datelineTail`, so that both lines stay accounted for as the byline.
 */
export function mendTornDatelines(lines: PlacedLine[], classify: (line: SourceLine) => LineKind, settings: PaperSettings): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const first = lines[i]!;
    const second = lines[i + 1]!;
    if (first.is.kind !== 'dateline' || first.is.credit || !OPEN_CREDIT.test(first.is.rest) || !TAIL_KINDS.has(second.is.kind)) continue;
    // The credit must close on the second line, not run on through it.
    const read = readAsOne(first, second, classify, settings, (whole) => (whole.kind === 'dateline' && whole.byline.length > first.text.length ? whole.credit : null), true);
    if (read?.kind !== 'dateline') continue;
    first.is = { ...read, tail: second.no };
    second.is = { kind: 'datelineTail', datelineAt: first.no };
    i++;
  }
}

/** A paragraph's closing credit opened in brackets and not closed on its line, and the line that closes it. */
const OPEN_AT_END = /[(（][^()（）]{1,30}$/u;
const CLOSES_ALONE = /^[^()（）]{1,30}[)）]$/u;
/**
 * A bracket among the line's last 31 characters, or a line no longer: looked for among those alone, for most
 * paragraphs have none, and are not scanned.
 */
function opensNearEnd(text: string): boolean {
  if (text.length <= 30) return true;
  for (let i = text.length - 31; i < text.length; i++) if (OPENING_BRACKETS.has(text.charCodeAt(i))) return true;
  return false;
}
const OPENING_BRACKETS = codeUnits('(（');

/** The credit a line read whole closes its text with, if it names someone. */
const closingOf = (read: LineKind) =>
  read.kind === 'text' ? read.credit?.credit : read.kind === 'dateline' && !read.credit ? read.closing?.credit : undefined;

/**
 * Joins each paragraph whose closing credit a column break tore (`…参展。(融媒体中心记者 唐` / `丽 通讯员 肖杰)`) to the
 * line that closes it, when the two read as one paragraph closed by a credit that names someone: the first line becomes
 * that paragraph, and the second its `creditTail`. Read apart, the credit's last names had headed the next story.
 */
export function mendTornClosingCredits(lines: PlacedLine[], classify: (line: SourceLine) => LineKind, settings: PaperSettings): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const first = lines[i]!;
    const second = lines[i + 1]!;
    if ((first.is.kind !== 'text' && first.is.kind !== 'dateline') || !opensNearEnd(first.text) || closingOf(first.is) || !OPEN_AT_END.test(first.text) || !CLOSES_ALONE.test(second.text.trim())) continue;
    const read = readAsOne(first, second, classify, settings, closingOf, false);
    if (!read) continue;
    first.is = read;
    second.is = { kind: 'creditTail', creditAt: first.no };
    i++;
  }
}
