// A story's figures set large between its paragraphs, each over its label (`186.3亿元` / `规上工业产值`, `11.2%` / `同比增长`),
// as an infographic's call-outs come out of a PDF: lines of the story of their own. Read by their shapes, the first
// figure headed a story of its own, its label the subtitle, and the rest was run into the next paragraph.
import type { PlacedLine } from './line-kinds.ts';
import { FIGURE_ALONE } from './line-shapes.ts';
import { endsSentence, hasVisibleLength } from './text.ts';

/** The longest label under a call-out's figure: a few words (`规上工业产值`, `同比增长`). */
const LABEL_LENGTH = 10;

const isFigure = (line: PlacedLine | undefined) => line !== undefined && (line.is.kind === 'title' || line.is.kind === 'text') && FIGURE_ALONE.test(line.text);
const isLabel = (line: PlacedLine | undefined) => line?.is.kind === 'title' && !hasVisibleLength(line.text, LABEL_LENGTH + 1) && !/[0-9０-９]/u.test(line.text);

/**
 * Marks each run of figures over their labels after a finished sentence of a story, with the story's text going on
 * under them, as lines of text standing apart. A figure over its dateline is a story's headline (title-lines.ts):
 * a run with a dateline or a credit under it is left alone.
 */
export function markFigureCallouts(lines: PlacedLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const above = lines[i - 1]!;
    if (!isFigure(lines[i]) || !isLabel(lines[i + 1]) || (above.is.kind !== 'text' && above.is.kind !== 'dateline') || !endsSentence(above.text)) continue;
    let end = i;
    while (isFigure(lines[end]) && isLabel(lines[end + 1])) end += 2;
    if (lines[end]?.is.kind !== 'text') continue;
    for (const line of lines.slice(i, end)) line.is = { kind: 'text', text: line.text, jumpTo: null, alone: true };
    i = end;
  }
}
