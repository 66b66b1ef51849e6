// A report's points, each headed on a block of its own (`一是聚焦产业发展，让农民“钱袋子”鼓起来` … `二是…`), and a
// health column's numbered questions (`①什么是支原体肺炎` … `②哪些情况需要及时就医`): subheads of the story.
import type { PlacedLine } from './line-kinds.ts';
import { hasVisibleLength, SENTENCE_STOP } from './text.ts';

const POINTS = ['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是'];
const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];

/**
 * A point's head: a block of its own, short, with no sentence's stop and no clause left open at its end. A paragraph
 * torn by a column break may start `一是加强组织领导，成立` too; only the next point's head, in order, makes it one.
 */
const headsPoint = (lines: PlacedLine[], i: number, mark: string) => {
  const line = lines[i]!;
  const text = line.text.trim();
  return text.startsWith(mark) && text.length > mark.length && (line.is.kind === 'text' || line.is.kind === 'title' || line.is.kind === 'subhead') &&
    line.gapBefore > 0 && (lines[i + 1]?.gapBefore ?? 1) > 0 && !hasVisibleLength(text, 41) && !SENTENCE_STOP.test(text) && !/[，,、：:]$/u.test(text);
};

/** Marks the heads of two points or more, in order, as subheads. */
export function markPointHeads(lines: PlacedLine[]): void {
  for (const marks of [POINTS, CIRCLED]) {
    // Asked of every line: most are turned away by their first character.
    const first = marks[0]![0]!;
    const start = lines.findIndex((line, i) => line.text.trimStart().startsWith(first) && headsPoint(lines, i, marks[0]!));
    if (start < 0) continue;
    const heads = [start];
    for (let i = start + 1; i < lines.length && heads.length < marks.length; i++) if (headsPoint(lines, i, marks[heads.length]!)) heads.push(i);
    if (heads.length >= 2) for (const i of heads) lines[i]!.is = { kind: 'subhead' };
  }
}
