// Issue-level pass: short lines printed on several pages of one issue (running heads, mastheads, slogans)
// are page furniture, whatever they look like on their own.
import type { ClassifiedLine } from './classify.ts';
import { comparisonKey, visibleLength } from './text.ts';

const CANDIDATE_KINDS = new Set(['title', 'text', 'caption', 'subhead']);

export function markRepeatedFurniture(pages: ClassifiedLine[][]): void {
  if (pages.length < 2) return;
  const pagesByKey = new Map<string, Set<number>>();
  pages.forEach((lines, p) => {
    for (const line of lines) {
      if (!CANDIDATE_KINDS.has(line.is.kind) || visibleLength(line.text) > 30) continue;
      const key = comparisonKey(line.text);
      if (!pagesByKey.has(key)) pagesByKey.set(key, new Set());
      pagesByKey.get(key)!.add(p);
    }
  });
  pages.forEach((lines) => {
    lines.forEach((line, i) => {
      if (!CANDIDATE_KINDS.has(line.is.kind) || visibleLength(line.text) > 30) return;
      if ((pagesByKey.get(comparisonKey(line.text))?.size ?? 0) < 2) return;
      // A headline reprinted over a jump (`(上接第1版)`) is the story's, not furniture.
      const near = [lines[i - 1], lines[i + 1], lines[i + 2]].some((l) => l && (l.is.kind === 'jumpFrom' || l.is.kind === 'jumpTo'));
      if (!near) line.is = { kind: 'furniture', reason: 'repeated' };
    });
  });
}
