// Stage 3b: a dateline whose credit a column break tore in two (`本报讯(融媒体中心记` / `者 江林国 通讯员 冯红)职业…`).
// Read line by line, the first part credits nobody and the second is the lead, opening with the rest of the credit;
// read as the one line they were, the story has its byline and its people.
import type { LineKind, PlacedLine } from './line-kinds.ts';
import type { SourceLine } from './lines.ts';
import { namesAnyone } from './credits.ts';

/** What the line after a torn credit may have been read as: anything but a page's furniture, a jump or a new story. */
const TAIL_KINDS: ReadonlySet<string> = new Set(['text', 'title', 'subhead', 'credit', 'caption']);

/** A dateline's rest that opens its credit's bracket and does not close it: all there is of the line. */
const OPEN_CREDIT = /^[(（][^()（）]*$/u;

/**
 * The dateline the two lines read as, or null. Lines come trimmed, so a space at the tear is lost: the tear read as a
 * space (`记者` / `张宁婷`, where print had `记者 张宁婷`) when that credit reads whole, as one word otherwise (a name torn
 * in two, `张宁` / `婷`, which a space would leave a one-character name).
 */
function readAsOne(first: PlacedLine, second: PlacedLine, classify: (line: SourceLine) => LineKind): Extract<LineKind, { kind: 'dateline' }> | null {
  for (const [text, strict] of [[`${first.text} ${second.text}`, true], [first.text + second.text, false]] as const) {
    const read = classify({ no: first.no, text });
    // The credit must close on the second line, not run on through it.
    if (read.kind !== 'dateline' || !read.credit || !namesAnyone(read.credit) || read.byline.length <= first.text.length) continue;
    if (!strict || read.credit.problems.length === 0) return read;
  }
  return null;
}

/**
 * Joins each torn dateline to the line after it, when the two read as one dateline whose credit names someone and
 * closes on the second line: the first line becomes that dateline (its rest the lead's first words, `tail` the
 * second line's number), and the second its `datelineTail`, so that both lines stay accounted for as the byline.
 */
export function mendTornDatelines(lines: PlacedLine[], classify: (line: SourceLine) => LineKind): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const first = lines[i]!;
    const second = lines[i + 1]!;
    if (first.is.kind !== 'dateline' || first.is.credit || !OPEN_CREDIT.test(first.is.rest) || !TAIL_KINDS.has(second.is.kind)) continue;
    const read = readAsOne(first, second, classify);
    if (!read) continue;
    first.is = { ...read, tail: second.no };
    second.is = { kind: 'datelineTail', datelineAt: first.no };
    i++;
  }
}
