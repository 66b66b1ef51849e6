// How to cite an article, as Chinese libraries and journals ask for a newspaper article (GB/T 7714—2015, [N]):
// 作者. 题名[N]. 报纸名, 出版日期(版次).
import type { Article } from '../lib/schema.ts';
import { printedPage } from './page-name.ts';

/** Writers named before the title: the standard lists three, then 等. Photographers took the pictures, not the text. */
const MOST_AUTHORS = 3;

export function newspaperCitation(a: Pick<Article, 'headline' | 'paper' | 'date' | 'page' | 'reporters' | 'authors' | 'interns' | 'correspondents'>): string {
  const writers = [...a.reporters, ...a.authors, ...a.interns, ...a.correspondents];
  const authors = writers.length > MOST_AUTHORS ? `${writers.slice(0, MOST_AUTHORS).join(', ')}, 等` : writers.join(', ');
  return `${authors ? `${authors}. ` : ''}${a.headline}[N]. ${a.paper}, ${a.date}(${printedPage(a.page)}).`;
}
