// Issue-level pass: short lines printed on several pages of one issue (running heads, mastheads, slogans)
// are page furniture, whatever they look like on their own.
import { TEXT_KINDS, type ClassifiedLine } from './classify.ts';
import { comparisonKey, visibleLength } from './text.ts';


const isCandidate = (line: ClassifiedLine) => TEXT_KINDS.has(line.is.kind) && visibleLength(line.text) <= 30;
const isJump = (line: ClassifiedLine | undefined) => line?.is.kind === 'jumpFrom' || line?.is.kind === 'jumpTo';

export function markRepeatedFurniture(pages: ClassifiedLine[][]): void {
  if (pages.length < 2) return;
  const pagesByKey = new Map<string, Set<number>>();
  const keys = new Map<ClassifiedLine, string>();
  // A headline reprinted over a jump (`(上接第1版)`) repeats the story's headline on its first page: both copies
  // are the story's, not furniture.
  const jumpHeadlines = new Set<string>();
  pages.forEach((lines, p) => {
    lines.forEach((line, i) => {
      if (!isCandidate(line)) return;
      const key = line.key ?? comparisonKey(line.text);
      keys.set(line, key);
      if (!pagesByKey.has(key)) pagesByKey.set(key, new Set());
      pagesByKey.get(key)!.add(p);
      if (isJump(lines[i + 1]) || isJump(lines[i + 2]) || isJump(lines[i - 1])) jumpHeadlines.add(key);
    });
  });
  for (const lines of pages) {
    for (const line of lines) {
      const key = keys.get(line);
      if (key === undefined) continue;
      if ((pagesByKey.get(key)?.size ?? 0) >= 2 && !jumpHeadlines.has(key)) line.is = { kind: 'furniture', reason: 'repeated' };
    }
  }
}
