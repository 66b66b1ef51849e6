// What a line of a page is read as (classify.ts), and the classified line every later stage passes on.
import type { ParsedCredit } from './credits.ts';
import type { CalendarDate } from './dates.ts';
import type { SourceLine } from './lines.ts';

export type FurnitureReason =
  | 'masthead' | 'column-label' | 'banner' | 'page-number' | 'locality' | 'pattern' | 'repeated' | 'page-header'
  | 'guide' | 'imprint' | 'weather'
  /** A mark alone on its line: a rule or a speck the extraction read as a character (`丨`, `l`). */
  | 'stray-mark'
  /** What only the printed page answers: its QR code's prompt (`扫码看视频`). */
  | 'reader-prompt'
  /** A public-service advertisement: its slogan over the body that runs it (`荣昌区交通安全委员会 宣`). */
  | 'public-service-ad'
  /** A business's advertisement set among the stories: its name and offer over its address or telephone, no sentence. */
  | 'advertisement'
  /** What the page says of its own stories or pictures (`本版稿件除署名外均据新华社`). */
  | 'page-note'
  /** A date alone over the stories (the assembler's reason: classifyLine reads it as text, a notice's date). */
  | 'date';

export type LineKind =
  | { kind: 'pageHeader'; page: number | null; section: string | null; date: CalendarDate | null }
  | { kind: 'furniture'; reason: FurnitureReason }
  | { kind: 'jumpFrom'; page: number; rest: string; jumpTo: number | null }
  | { kind: 'jumpTo'; page: number }
  /**
   * `work`: the credit of a work printed without text, a calligraphy, a painting or a cartoon (`李德厚 作`, `漫画 李梅`):
   * it ends its piece.
   * `overTitle`: a byline printed over the headline, never at a story's end (`本报评论员文章`).
   * `voice`: the paper's voice naming nobody (`本报评论员`), over a commentary's headline or under it.
   * `headline`: a work's title on its credit's line (`《荷韵》 国画 作者：钟永和`): the two are a piece of their own.
   */
  | { kind: 'credit'; credit: ParsedCredit; work?: true; overTitle?: true; voice?: true; headline?: string }
  /**
   * `closing`: a dateline crediting nobody (`本报讯 …`) whose lead ends in its writer's credit (`…12件。（记者 刘芳）`).
   * `headline`: the story's headline, run onto its dateline by the extraction (`河包镇举办首届粉条文化节 本报讯（…）…`).
   * `tail`: the line that holds the rest of a dateline a column break tore in two (torn-datelines.ts).
   */
  | { kind: 'dateline'; byline: string; credit: ParsedCredit | null; rest: string; jumpTo: number | null; closing?: { credit: ParsedCredit; printed: string }; headline?: string; tail?: number; agency?: true }
  /** The second part of a torn dateline, read with its first (on line `datelineAt`). */
  | { kind: 'datelineTail'; datelineAt: number }
  /** The second part of a paragraph's closing credit a column break tore, read with its first (on line `creditAt`). */
  | { kind: 'creditTail'; creditAt: number }
  | { kind: 'caption' }
  | { kind: 'subhead' }
  /** `wraps`: the last character or two of the title line above, which the extraction put on a line of their own. */
  | { kind: 'title'; wraps?: true }
  /** A line of a poem's stanza: set by the page-level pass that reads blocks whole (verse.ts), never by classifyLine. */
  | { kind: 'verse' }
  /**
   * Body text; `credit` is a writer's credit in brackets that closes it (`…措施。（通讯员 陈静）`), split from the text.
   * `alone`: a line that stands apart in print, never joined to the text before or after it: a box's figure, a
   * table's row or header, a telephone number's field, a salutation.
   * `headline`: a brief's title, marked and run onto its lead (`■区图书馆举办读书分享会 5月8日，…`): it heads a story.
   */
  | { kind: 'text'; text: string; jumpTo: number | null; credit?: { credit: ParsedCredit; printed: string }; alone?: true; headline?: string }
  /** Set by the issue-level pass: the same block stands elsewhere in the issue, where it reads on. */
  | { kind: 'duplicate'; keptAt: { file: string; line: number } };

export interface ClassifiedLine extends SourceLine {
  is: LineKind;
  /** The line's comparisonKey where labelKey made one, for the issue-level passes to reuse rather than make again. */
  key?: string | null;
}

/** A classified line in its place on the page: what the block passes (boxes, verse) and the assembler read. */
export interface PlacedLine extends ClassifiedLine {
  /** Blank lines before this line; 0 for a line inside a block. */
  gapBefore: number;
}

/** Lines that carry text (as opposed to credits, jumps and furniture): what repeats and duplicates are sought among. */
export const TEXT_KINDS: ReadonlySet<string> = new Set(['title', 'text', 'caption', 'subhead']);

/** A dateline or a byline (`本报讯(…)`, `本报记者 …`): under a line, it makes that line a story's headline, whatever its shape. */
export const opensStory = (line: ClassifiedLine | undefined): boolean => line?.is.kind === 'dateline' || line?.is.kind === 'credit';
