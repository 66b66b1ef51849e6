// Poems, as a paper's supplement (副刊) prints them: a stanza a block, a verse a line. Read line by line, a stanza was
// prose torn by column breaks and joined into one paragraph with the stanzas after it, and its short lines were taken
// for headlines (a stanza of three became a kicker, a headline and a subtitle). A stanza's lines are marked `verse`:
// the assembler keeps each on a line of its own, and joins no stanza to another.
import type { PlacedLine } from './line-kinds.ts';
import { AUTHOR_MARK, isNameList, looksLikeName } from './credit-words.ts';
import { isDateAlone } from './dates.ts';
import { COLUMN_TAG, isSpacedPoemTitle, POEM_FORM } from './line-shapes.ts';
import { ART_FORM } from './title-lines.ts';
import { hasSentencePunctuation, hasVisibleLength, visibleLength } from './text.ts';

/** A verse is short; a line longer than this is prose. */
const LONGEST_VERSE = 25;
const CLASSICAL_VERSE = 16;
/** The narrowest column a paragraph is wrapped in: lines of one width under it are verses of one length (五言). */
const COLUMN_WIDTH = 10;
/** Punctuation inside a line (its last character aside): prose wrapped in a narrow column nearly always has some. */
const INNER_PUNCTUATION = /[，,、；;：:。！？!?]/u;
/** How a classical verse ends: a comma or a stop (a list's items end in ；). */
const ENDS_IN_PUNCTUATION = /[，,。！？!?]$/u;
/** What no verse holds: digits (a schedule, a table), a subtitle's leading dash. */
const NO_VERSE = /[0-9０-９]|^\s*[—－-]/u;

/**
 * A line that may be a verse: short text that is no credit, caption, jump, furniture, list of names or date, nor a
 * column's tag or a work's title (`[书画]` / `荷塘清趣(国画)` / `刘德厚` is a picture's block), nor a line that stands
 * apart in print (a table's or a list's row: `刘 芳（女） 区经济信息委工业发展科科长`).
 */
const mayBeVerse = (line: PlacedLine) =>
  (line.is.kind === 'title' || line.is.kind === 'text' && line.is.jumpTo === null && !line.is.credit && !line.is.alone) && !hasVisibleLength(line.text, LONGEST_VERSE + 1) &&
  !NO_VERSE.test(line.text) && !isNameList(line.text) && !isDateAlone(line.text) && !COLUMN_TAG.test(line.text) && !ART_FORM.test(line.text);

const innerPunctuation = (text: string) => INNER_PUNCTUATION.test(text.trim().slice(0, -1));

/**
 * A block of three lines or more that reads as a stanza: modern verse, of lines with no punctuation inside them (but
 * for half of them at most) that vary in length or are all short (a wrapped paragraph's lines are of one column's width, all but its last), or
 * classical verse, of short lines that each end in punctuation (`白日依山尽，黄河入海流。`).
 */
function isStanza(block: PlacedLine[]): boolean {
  if (block.length < 3 || !block.every(mayBeVerse)) return false;
  const texts = block.map((line) => line.text.trim());
  if (texts.every((text) => ENDS_IN_PUNCTUATION.test(text) && !hasVisibleLength(text, CLASSICAL_VERSE + 1))) return true;
  // A verse may hold a comma (`她说，想家了`), half a stanza's verses at most; a wrapped paragraph's lines hold more.
  const punctuated = texts.filter(innerPunctuation).length;
  if (punctuated * 2 > texts.length) return false;
  const widths = texts.slice(0, -1).map((text) => visibleLength(text));
  return Math.max(...widths) - Math.min(...widths) >= 2 || (widths[0]! < COLUMN_WIDTH && punctuated === 0);
}

/** A block of two short lines: a stanza of a poem, when it stands beside another. */
const isShortStanza = (block: PlacedLine[]) => block.length === 2 && block.every(mayBeVerse) && !block.some((line) => innerPunctuation(line.text));

/**
 * How many lines at a block's top are a poem's head, not its verses: its title in its form's name (`七绝·咏荣昌夏布`)
 * and the author's name under it, which OCR kept in one block with the verses.
 */
function poemHead(block: PlacedLine[]): number {
  if (!POEM_FORM.test(block[0]!.text.trim())) return 0;
  return block[1] && looksLikeName(block[1].text.replace(/\s+/gu, '')) ? 2 : 1;
}

/** The fewest verses a poem printed a verse a block has under its poet, against a few short lines of prose. */
const FEWEST_VERSES_APART = 4;

/**
 * A poem printed a verse a block, as an extraction that parts every line gives it (`□ 刘德平` / `河水醒了` / `柳枝绿了` /
 * …): under its poet's mark, four short lines or more with no sentence's punctuation are its verses. Read one by one,
 * they were a kicker, a headline and a subtitle, and the rest joined into one line with no break.
 */
export function markVersesApart(blocks: PlacedLine[][]): void {
  for (let b = 0; b < blocks.length; b++) {
    const poet = blocks[b]!;
    if (poet.length !== 1 || poet[0]!.is.kind !== 'credit' || !AUTHOR_MARK.test(poet[0]!.text.trim())) continue;
    let end = b + 1;
    while (end < blocks.length && blocks[end]!.length === 1 && mayBeVerse(blocks[end]![0]!) && !hasSentencePunctuation(blocks[end]![0]!.text)) end++;
    if (end - b - 1 < FEWEST_VERSES_APART) continue;
    for (let v = b + 1; v < end; v++) blocks[v]![0]!.is = { kind: 'verse' };
    b = end - 1;
  }
}

const NUMERALS = '一二三四五六七八九十';

/**
 * A part's number alone on its line (`一` … `二` … `三`), as a group of poems (组诗) or an essay in parts numbers them:
 * subheads. The first was read as a rule (`一` is a short one), and went to the furniture: where `二` follows it, it is
 * the first part's number.
 */
export function markPartNumbers(lines: PlacedLine[]): void {
  let expected = 0;
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    // Asked of every line of every page: most are turned away by their length.
    if (lines[i]!.text.length > 3 || lines[i]!.text.trim() !== NUMERALS[expected]) continue;
    if (expected === 0) first = i;
    else {
      if (expected === 1) lines[first]!.is = { kind: 'subhead' };
      lines[i]!.is = { kind: 'subhead' };
    }
    expected++;
    if (expected === NUMERALS.length) return;
  }
}

/** A poem's title alone in its block, letter-spaced as a series prints it (`春 水`). */
const isSpacedTitle = (block: PlacedLine[] | undefined) => block?.length === 1 && block[0]!.is.kind === 'title' && isSpacedPoemTitle(block[0]!.text);

/** The most lines a headline stacks in one block: a kicker, a headline, a subtitle. */
const LONGEST_HEAD = 3;

export function markVerse(blocks: PlacedLine[][]): void {
  // Most pages are one paragraph a block: no stanza to look for, and nothing to allocate for it.
  if (!blocks.some((block) => block.length >= 2)) return;
  const heads = blocks.map(poemHead);
  const verses = blocks.map((block, b) => (heads[b] ? block.slice(heads[b]) : block));
  const shaped = verses.map(isStanza);
  const prose = (line: PlacedLine | undefined, b: number) => line?.is.kind === 'text' && !shaped[b] && hasSentencePunctuation(line.text);
  /**
   * A headline stacked over its story (a kicker, a headline, a subtitle in one block) has a stanza's shape: what
   * comes under it tells them apart, a dateline, a byline over a paragraph of text rather than over a stanza, or a
   * paragraph of prose right under a block of titles no longer than a head, unless a stanza stands before it.
   */
  const headsAStory = (b: number): boolean => {
    const next = blocks[b + 1];
    const first = next?.[0];
    if (first?.is.kind === 'dateline' || first?.is.kind === 'jumpFrom') return true;
    if (prose(first, b + 1)) return blocks[b]!.length <= LONGEST_HEAD && blocks[b]!.every((line) => line.is.kind === 'title') && !shaped[b - 1];
    if (first?.is.kind !== 'credit') return false;
    const [after, block] = next!.length > 1 ? [next![1], b + 1] : [blocks[b + 2]?.[0], b + 2];
    return prose(after, block) || after?.is.kind === 'text' && !shaped[block];
  };
  const stanza = shaped.map((isShaped, b) => isShaped && !headsAStory(b));
  // Stanzas of two lines count beside a longer one, or beside each other (a poem of couplets).
  const short = verses.map((block, b) => isShortStanza(block) && !headsAStory(b));
  // Or across a poem's letter-spaced title between them, in a series (`春 水` between two couplets).
  const beside = (b: number, step: number) => stanza[b + step] || short[b + step] || (isSpacedTitle(blocks[b + step]) && (stanza[b + 2 * step] || short[b + 2 * step]));
  verses.forEach((block, b) => {
    if (stanza[b] || short[b] && (beside(b, -1) || beside(b, 1))) for (const line of block) line.is = { kind: 'verse' };
  });
}
