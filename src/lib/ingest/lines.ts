// Stage 2: text → numbered lines and blank-line-separated blocks. Line numbers are the source file's, 1-based,
// so that every message and every article's `source` points at what a person sees in an editor.

export interface SourceLine {
  /** 1-based line number in the source file. */
  no: number;
  /** The line without its indent (spaces, U+3000) or trailing spaces. */
  text: string;
  /**
   * Indented as a paragraph's first line is (two characters' width), on a page where such indents mark paragraphs:
   * the line starts one, and is no title.
   */
  indented?: boolean;
}

export interface Block {
  lines: SourceLine[];
  /** Blank lines between this block and the one before it (or the top of the page). */
  gapBefore: number;
}

export function splitLines(text: string): SourceLine[] {
  let indents = 0;
  let texts = 0;
  const lines = text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    // String#trim removes every Unicode space, U+3000 indents and a stray U+FEFF included.
    .map((line, i) => {
      const indented = INDENT_START.has(line.charCodeAt(0)) && PARAGRAPH_INDENT.test(line);
      const read = { no: i + 1, text: closeSpacedOut(line.trim()), indented };
      if (indented) indents++;
      if (read.text) texts++;
      return read;
    });
  // Where most lines are indented, the indent is the page's margin, and marks no paragraph.
  if (indents * 2 > texts) for (const line of lines) line.indented = false;
  return lines;
}

/** A paragraph's indent: two characters' width (two or four spaces, one or two U+3000, a tab); wider centres a title. */
const PARAGRAPH_INDENT = /^(?: {2,4}|\u3000{1,2}|\t)(?=[^\s])/u;
const INDENT_START = new Set([' ', '\u3000', '\t'].map((c) => c.charCodeAt(0)));

/** A space between two characters of Chinese text (Han, punctuation full-width or ASCII, digits). */
const SPACE_IN_CHINESE = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef0-9(),.:;!?])[ \u3000](?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef0-9(),.:;!?])/gu;

/**
 * OCR that spaced out every character (`本 报 讯（记 者 王 晓 明）3 月 14 日`): the spaces closed up, so the line reads as
 * printed. Only a line where nearly every character stands apart: `张三 李四 王五` keeps its spaces.
 */
export function closeSpacedOut(text: string): string {
  // Most lines fail this on their second or fourth character, without a scan.
  if (text.length < 9 || text[1] !== ' ' || text[3] !== ' ') return text;
  const gaps = text.match(SPACE_IN_CHINESE)?.length ?? 0;
  return gaps >= (text.length - gaps) * 0.6 ? text.replace(SPACE_IN_CHINESE, '') : text;
}

export function splitBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let gap = 0;
  let current: Block | null = null;
  for (const line of lines) {
    if (line.text === '') {
      gap++;
      current = null;
      continue;
    }
    if (!current) {
      current = { lines: [], gapBefore: gap };
      blocks.push(current);
      gap = 0;
    }
    current.lines.push(line);
  }
  return blocks;
}
