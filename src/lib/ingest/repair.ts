// Stage 6: paragraphs torn by column and page breaks (`…客观分析当前` / `荣昌民营经济发展…`) are joined back,
// without a space, as Chinese is written; a paragraph that ends a sentence keeps its end.
import type { Fragment } from './assemble.ts';
import { endsSentence } from './text.ts';

export interface Paragraph {
  text: string;
  subhead: boolean;
  /** Source lines the paragraph was joined from. */
  lines: number[];
}

export function joinColumnBreaks(fragments: Fragment[]): { paragraphs: Paragraph[]; joins: number } {
  const paragraphs: Paragraph[] = [];
  let joins = 0;
  for (const fragment of fragments) {
    const last = paragraphs.at(-1);
    if (last && !last.subhead && !fragment.subhead && !endsSentence(last.text)) {
      last.text += fragment.text;
      last.lines.push(...fragment.lines);
      joins++;
    } else {
      paragraphs.push({ text: fragment.text, subhead: fragment.subhead, lines: [...fragment.lines] });
    }
  }
  return { paragraphs, joins };
}
