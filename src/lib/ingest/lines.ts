// Stage 2: text → numbered lines and blank-line-separated blocks. Line numbers are the source file's, 1-based,
// so that every message and every article's `source` points at what a person sees in an editor.

export interface SourceLine {
  /** 1-based line number in the source file. */
  no: number;
  /** The line without its indent (spaces, U+3000) or trailing spaces. */
  text: string;
}

export interface Block {
  lines: SourceLine[];
  /** Blank lines between this block and the one before it (or the top of the page). */
  gapBefore: number;
}

export function splitLines(text: string): SourceLine[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    // String#trim removes every Unicode space, U+3000 indents and a stray U+FEFF included.
    .map((line, i) => ({ no: i + 1, text: line.trim() }));
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
