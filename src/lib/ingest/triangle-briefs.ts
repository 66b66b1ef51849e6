// Stage 3c: a column of briefs under its label (`简讯`), each behind a triangle (`△县农业银行…。（钟小勇）`), as a
// county paper of the 1990s bulleted them. A triangle is a picture's caption mark too (`▲ 3月12日，村民在田间插秧。`),
// and each brief had been read as a caption of the story above, its writer credited nobody.
import type { LineKind, PlacedLine } from './line-kinds.ts';
import type { SourceLine } from './lines.ts';

const TRIANGLE = /^\s*[△▲]/u;

/**
 * Reads each triangled line under a column's label, up to the first line that is none, as the brief it is: as the
 * same line behind a bullet (`●`) reads, keeping the triangle it printed.
 */
export function markTriangleBriefs(lines: PlacedLine[], classify: (line: SourceLine) => LineKind): void {
  lines.forEach((label, i) => {
    if (label.is.kind !== 'furniture' || label.is.reason !== 'column-label') return;
    for (let j = i + 1; j < lines.length && lines[j]!.is.kind === 'caption' && TRIANGLE.test(lines[j]!.text); j++) {
      const line = lines[j]!;
      const mark = line.text.trimStart()[0]!;
      const read = classify({ no: line.no, text: line.text.replace(TRIANGLE, '●') });
      if (read.kind === 'text') line.is = { ...read, text: read.text.replace(/^●/u, mark) };
    }
  });
}
