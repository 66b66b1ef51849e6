// Issue-level pass: short lines printed on several pages of one issue (running heads, mastheads, slogans)
// are page furniture, whatever they look like on their own — but not a sentence said twice, nor a story's headline
// that a guide on another page (导读) lists.
import { opensStory, TEXT_KINDS, type ClassifiedLine } from './line-kinds.ts';
import { PAGE_TOP_LINES } from './page-marks.ts';
import { isDateAlone } from './dates.ts';
import { isNoteAlone } from './line-shapes.ts';
import { comparisonKey, hasVisibleLength } from './text.ts';
import { signsOverDate } from './title-lines.ts';

/**
 * Short text without a full stop: a sentence printed twice (`区领导李四参加活动。`) is text both times, while a slogan
 * may end in ！ or hold a ； (`安全生产 人人有责！`). A subhead (`一、报名时间`) is a story's own, however many
 * notices on other pages print the same; so is a note in brackets that ends a piece (`（未完待续）` under two serials).
 */
const isCandidate = (line: ClassifiedLine) =>
  TEXT_KINDS.has(line.is.kind) && line.is.kind !== 'subhead' && !hasVisibleLength(line.text, 31) && !line.text.includes('。') && !isNoteAlone(line.text);
/**
 * A document's signature and date (`重庆市荣昌区人民政府` / `2024年1月15日`, two bodies a line each over it): the
 * document's, however many documents of the issue the same body signs on the same day.
 */
const signs = (lines: ClassifiedLine[], at: number) => signsOverDate(lines, at) || (isDateAlone(lines[at]!.text) && signsOverDate(lines, at - 1));
const isJump = (line: ClassifiedLine | undefined) => line?.is.kind === 'jumpFrom' || line?.is.kind === 'jumpTo';

interface Candidate {
  line: ClassifiedLine;
  key: string;
  lines: ClassifiedLine[];
  at: number;
}

export function markRepeatedFurniture(pages: ClassifiedLine[][]): void {
  if (pages.length < 2) return;
  const pagesByKey = new Map<string, Set<number>>();
  const candidates: Candidate[] = [];
  const keys = new Map<ClassifiedLine, string>();
  // A headline reprinted over a jump (`(上接第1版)`) repeats the story's headline on its first page: both copies
  // are the story's, not furniture.
  const jumpHeadlines = new Set<string>();
  pages.forEach((lines, p) => {
    lines.forEach((line, at) => {
      if (!isCandidate(line)) return;
      const key = line.key ?? comparisonKey(line.text);
      keys.set(line, key);
      candidates.push({ line, key, lines, at });
      if (!pagesByKey.has(key)) pagesByKey.set(key, new Set());
      pagesByKey.get(key)!.add(p);
      if (isJump(lines[at + 1]) || isJump(lines[at + 2]) || isJump(lines[at - 1])) jumpHeadlines.add(key);
    });
  });
  const repeated = (key: string | undefined): key is string => key !== undefined && (pagesByKey.get(key)?.size ?? 0) >= 2 && !jumpHeadlines.has(key);
  // A date alone is a running head's or foot's only at a page's top (its header's lines) or as its last line on every
  // page that prints it: one among the text is a notice's date, which other notices of the issue print too.
  const datesInText = new Set(candidates.filter(({ line, lines, at }) => isDateAlone(line.text) && at >= PAGE_TOP_LINES && at < lines.length - 1).map(({ key }) => key));
  const found = candidates.filter(({ key }) => repeated(key) && !datesInText.has(key));

  // A guide (导读) lists other pages' headlines one under another, on one page: a repeated line beside another
  // repeated line there is a guide's entry, and where the same line stands alone it is the story's own headline.
  // Running heads stand beside each other on several pages: they are no guide, and stay furniture everywhere.
  const besideAnother = new Map<string, Set<ClassifiedLine[]>>();
  for (const { key, lines, at } of found) {
    const beside = [lines[at - 1], lines[at + 1]].some((near) => {
      const nearKey = near && keys.get(near);
      return repeated(nearKey) && nearKey !== key;
    });
    if (!beside) continue;
    if (!besideAnother.has(key)) besideAnother.set(key, new Set());
    besideAnother.get(key)!.add(lines);
  }
  const guideEntries = new Set<ClassifiedLine>();
  const listedInGuide = new Set<string>();
  for (const { line, key, lines } of found) {
    const guidePages = besideAnother.get(key);
    if (guidePages?.size !== 1 || !guidePages.has(lines)) continue;
    guideEntries.add(line);
    listedInGuide.add(key);
  }

  for (const { line, key, lines, at } of found) {
    if (listedInGuide.has(key) && !guideEntries.has(line)) continue;
    // A dateline or a byline under it (`本报讯(…)`, `本报记者 …`) makes it a story's headline, whatever else repeats it;
    // so it does under a title printed again with it, as a jumped story's headline and subtitle that the extraction
    // set down elsewhere on its other page, far from the jump's mark.
    const next = lines[at + 1];
    if (opensStory(next) || (next && repeated(keys.get(next)) && opensStory(lines[at + 2])) || signs(lines, at)) continue;
    line.is = { kind: 'furniture', reason: 'repeated' };
  }
}
