// The state of one page's assembly (assemble.ts), and the questions about the lines ahead that every kind of line
// may ask: where a run of titles ends, whether a picture's gap stands before a line.
import { newDraft, type ArticleDraft, type CreditProblemAt, type LineRole, type PageAssembly } from './article-drafts.ts';
import { emptyCredits, writersRole } from './credits.ts';
import type { FloatingLine } from './floating-captions.ts';
import type { ClassifiedLine, LineKind, PlacedLine } from './line-kinds.ts';
import { standsApart } from './apart-lines.ts';
import { isResultRow } from './line-shapes.ts';
import type { PaperSettings } from './settings.ts';
import { asksUnderColumn, creditsPictures, isWorkCredit, PICTURES_COLUMN } from './story-breaks.ts';
import { bareAuthors, closingSignature, isHeadlineOverItsStory, isTitleWrap, isYearOverTitles, stacks, worksArtist, wrapsTitle } from './title-lines.ts';

type Kind = LineKind['kind'];

export class PageAssembler {
  readonly roles: PageAssembly['roles'] = new Map();
  readonly articles: ArticleDraft[] = [];
  readonly floating: FloatingLine[] = [];
  readonly problems: CreditProblemAt[] = [];
  /** The story the lines go into; null before the page's first. */
  current: ArticleDraft | null = null;
  /** The lines a story's parts are read from: a page's lines without its furniture, header and duplicates. */
  readonly flow: PlacedLine[] = [];
  /** Where a column's label (`简讯`, `导读`) stood: the flow index of the line after it, where a new column begins. */
  readonly columnStarts = new Set<number>();
  /** The columns of pictures among them (`图片新闻`), by the same index. */
  readonly picturesStarts = new Set<number>();
  /** Blank lines after each line, measured on all lines, furniture included: a caption's gap may be followed by a locality stamp. */
  readonly gapAfterLine: Map<number, number>;
  /** A headline that stood between the two halves of a torn paragraph (isDisplacedHeadline), waiting for its story. */
  displaced: { line: PlacedLine; draft: ArticleDraft; at: number } | null = null;
  /**
   * The column whose label the lines stand under, until a titled story begins: briefs (`简讯`), or pictures
   * (`图片新闻`), where each picture's caption is an item of its own.
   */
  column: 'briefs' | 'pictures' | null = null;
  /** Each caption by the line it was read from (its last, once a wrapped caption goes on): what the next line may continue. */
  readonly captions = new Map<number, { text: string }>();
  /** The page marks its paragraphs by an indent (lines.ts keeps it only where it is no margin of every line). */
  private readonly indentsParagraphs: boolean;

  readonly settings: PaperSettings;

  constructor(lines: PlacedLine[], settings: PaperSettings) {
    this.settings = settings;
    lines.forEach((l, i) => {
      const k = l.is.kind;
      if (k === 'furniture' && l.is.reason === 'column-label') {
        this.columnStarts.add(this.flow.length);
        if (PICTURES_COLUMN.test(l.text)) this.picturesStarts.add(this.flow.length);
      }
      if ((k === 'furniture' || k === 'text') && (isHeadlineOverItsStory(lines, i, settings) || isYearOverTitles(lines, i) || asksUnderColumn(lines, i, settings))) {
        this.flow.push({ ...l, is: { kind: 'title' } });
      }
      else if (isTitleWrap(l, this.flow.at(-1))) this.flow.push({ ...l, is: { kind: 'title', wraps: true } });
      else if ((k === 'title' || (k === 'furniture' && l.is.reason === 'banner') || (k === 'subhead' && isResultRow(l.text))) && standsApart(lines, i, this.flow.at(-1), settings)) {
        this.flow.push({ ...l, is: { kind: 'text', text: l.text, jumpTo: null, alone: true } });
      } else {
        // A name alone under a work's title (`梅花图（国画）` / `刘德厚`) is its artist's credit, which ends the piece.
        const artists = worksArtist(lines, i);
        const authors = artists ?? bareAuthors(lines, i, settings) ?? closingSignature(lines, i);
        // Names under their newsroom (`融媒体中心 谢 佳 谭 露`) are the paper's reporters; under another unit, its writers.
        const role = authors ? writersRole(l.text.trim().split(/[\s\u3000]+/u)[0]!, 'authors') : 'authors';
        if (authors) this.flow.push({ ...l, is: { kind: 'credit', credit: { ...emptyCredits(), [role]: authors, problems: [] }, ...(artists ? { work: true as const } : {}) } });
        else if (k === 'furniture') this.roles.set(l.no, { role: 'furniture', article: null, reason: l.is.reason });
        else if (k === 'pageHeader') this.roles.set(l.no, { role: 'page-header', article: null });
        else if (k === 'duplicate') this.roles.set(l.no, { role: 'duplicate', article: null });
        else this.flow.push(l);
      }
    });
    this.gapAfterLine = new Map(lines.map((l, i) => [l.no, lines[i + 1]?.gapBefore ?? Infinity]));
    this.indentsParagraphs = lines.filter((l) => l.indented).length >= 2;
  }

  mark(line: ClassifiedLine, role: LineRole, article: ArticleDraft | null): void {
    this.roles.set(line.no, { role, article });
    if (article) article.lines.push(line.no);
  }

  start(): ArticleDraft {
    const draft = newDraft();
    draft.brief = this.column !== null;
    this.articles.push(draft);
    this.current = draft;
    return draft;
  }

  /** A line's text as the draft's next paragraph; `alone`: a line that stands apart in print, whatever it was read as. */
  addFragment(draft: ArticleDraft, line: PlacedLine, text: string, subhead = false, alone = line.is.kind === 'text' && line.is.alone === true): void {
    const wraps = this.indentsParagraphs && line.is.kind === 'text' && !line.indented && line.gapBefore === 0 && draft.fragments.at(-1)?.lines.at(-1) === line.no - 1;
    if (text) draft.fragments.push({ text, lines: [line.no], subhead, alone, ...(wraps ? { wraps } : {}) });
    this.mark(line, subhead ? 'subhead' : 'body', draft);
    draft.phase = 'body';
  }

  /** Takes a draft left with nothing in it off the page; the story before it, if any, is the current one again. */
  dropEmptyDraft(draft: ArticleDraft): ArticleDraft | null {
    this.articles.splice(this.articles.indexOf(draft), 1);
    this.current = this.articles.at(-1) ?? null;
    return this.current;
  }

  imageGap(l: PlacedLine | undefined): boolean {
    return !l || l.gapBefore >= this.settings.imageGapLines;
  }

  captionAt<T extends { text: string }>(line: ClassifiedLine, caption: T): T {
    this.captions.set(line.no, caption);
    return caption;
  }

  /** A line read as a picture's caption in a draft: the caption, and what the next line may continue. */
  addCaption(draft: ArticleDraft, line: PlacedLine): void {
    draft.captions.push(this.captionAt(line, { text: line.text, line: line.no }));
    this.mark(line, 'caption', draft);
  }

  /** A line read as a picture's caption between stories: given to one when the page is assembled (floating-captions.ts). */
  floatCaption(line: PlacedLine, after: ArticleDraft | null): void {
    this.floating.push(this.captionAt(line, { text: line.text, line: line.no, after }));
    this.roles.set(line.no, { role: 'caption', article: null });
  }

  /** A line that goes on the caption above it in its block, wrapped there by the extraction: the caption's owner's too. */
  wrapCaption(line: ClassifiedLine, caption: { text: string }, text: string): void {
    caption.text += text;
    this.captions.set(line.no, caption);
    const owner = this.roles.get(line.no - 1)!.article;
    if (owner) this.mark(line, 'caption', owner);
    else this.roles.set(line.no, { role: 'caption', article: null });
  }

  kindAt(i: number): Kind | null {
    return this.flow[i]?.is.kind ?? null;
  }

  /** Where a run of text lines from `i` ends: the index after its last. */
  textRunEnd(i: number): number {
    while (this.kindAt(i) === 'text') i++;
    return i;
  }

  /** How many title lines stand stacked from i on (a kicker, a headline, a subtitle), without a picture gap. */
  stackedTitles(i: number): number {
    let count = 1;
    for (let titles = 1; i + count < this.flow.length && stacks(titles, this.flow[i + count]!) && this.kindAt(i + count) === 'title' && !this.imageGap(this.flow[i + count]); count++) {
      if (!wrapsTitle(this.flow[i + count]!)) titles++;
    }
    return count;
  }

  /** Title lines from i on, stacked without a picture gap between them, end in a byline or stand over a jump's rest. */
  titleRunEndsInByline(i: number): number {
    const j = i + this.stackedTitles(i);
    const k = this.kindAt(j);
    // Over a dateline, or over a jump's `(上接第1版)`: a headline reprinted above the rest of its story.
    if (k === 'dateline' || k === 'jumpFrom') return j - i;
    // A work's title, one line, over its artist's credit (`荷塘清趣（国画）` / `刘德厚`): a piece of its own, with no text.
    if (isWorkCredit(this.flow[j]) && j - i === 1) return 1;
    // A credit that carries its own headline (a poem's title and poet on one line) heads a piece of its own.
    const credit = this.flow[j]?.is;
    if (credit?.kind === 'credit' && !credit.headline && !creditsPictures(this.flow[j]) && !this.imageGap(this.flow[j])) {
      // A credit line under a title is a byline only if text follows it, not another title; or a dateline that
      // credits nobody, as older pages print it (`记者 罗小兵 报道` / `本报讯 4月16日，…`).
      const after = this.kindAt(j + 1);
      const next = this.flow[j + 1]?.is;
      if (after === 'text' || after === 'subhead' || after === 'jumpFrom' || after === 'verse' || (next?.kind === 'dateline' && !next.credit)) return j - i;
    }
    return 0;
  }

  startWithHeadline(line: PlacedLine, headline: string): void {
    this.column = null;
    const draft = this.start();
    draft.head.push({ ...line, text: headline, is: { kind: 'title' } });
    draft.lines.push(line.no);
  }

  /** A story headed by the `count` title lines from i on; the index of its last title line. */
  startWithTitles(i: number, count: number): number {
    this.column = null;
    const draft = this.start();
    for (let j = i; j < i + count; j++) {
      draft.head.push(this.flow[j]!);
      draft.lines.push(this.flow[j]!.no);
    }
    return i + count - 1;
  }
}
