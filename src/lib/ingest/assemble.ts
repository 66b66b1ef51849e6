// Stage 5: classified lines of one page → article drafts. Context decides what a title-shaped line is:
// a headline when a byline follows or the story before it has ended, a caption when it stands in a picture's gap.
import type { ClassifiedLine, FurnitureReason, LineKind, PlacedLine } from './line-kinds.ts';
import { isDateAlone } from './dates.ts';
import { emptyCredits, mergeCredits, namesAnyone, type CreditProblem, type Credits, type ParsedCredit, writersRole } from './credits.ts';
import { AUTHOR_MARK, isNameList, isWritersUnit } from './credit-words.ts';
import { endsWithoutStop, isContactField, isDataRow, isLabelledNames, isLabelOverTitles, isNoteAlone, LABEL_AND_VALUE, STANDING_COLUMN, SUBHEAD_MARK_AT } from './line-shapes.ts';
import { standsApart } from './apart-lines.ts';
import type { PaperSettings } from './settings.ts';
import { bigrams, endsSentence, endsWithSemicolon, hasVisibleLength, opensWithWhen, sharedBigrams } from './text.ts';
import { bareAuthors, closingSignature, isDatedNote, isHeadlineOverItsStory, isPhotoCredit, isTitleWrap, isUnitAlone, isYearOverTitles, stacks, titleCount, worksArtist, wrapsTitle } from './title-lines.ts';

export type LineRole =
  | 'headline' | 'kicker' | 'subheadline' | 'byline' | 'credit' | 'body' | 'subhead' | 'caption'
  | 'jump' | 'furniture' | 'page-header' | 'duplicate' | 'orphan-credit';

export interface Fragment {
  text: string;
  lines: number[];
  subhead: boolean;
  /** A poem's stanza: its verses joined by `\n`, the only line break a fragment's text holds; never joined to the paragraph before or after it. */
  verse?: boolean;
  /** A line that stands apart in print (a table's row: classify.ts; a salutation: apart-lines.ts), never joined to another. */
  alone?: boolean;
  /**
   * A line that goes on the paragraph of the line above it, whatever that line ends in: on a page that marks its
   * paragraphs by an indent, an unindented line of text in the same block (OCR kept the column's width).
   */
  wraps?: boolean;
}

export interface CreditProblemAt {
  line: number;
  /** A credit's own problem, or `orphan-credit`: a credit line before any story on its page. */
  code: CreditProblem['code'] | 'orphan-credit';
  text: string;
}

export interface ArticleDraft {
  head: ClassifiedLine[];
  bylines: string[];
  credits: string[];
  people: Credits;
  fragments: Fragment[];
  captions: { text: string; line: number }[];
  continuedFrom: number | null;
  continuesTo: number | null;
  phase: 'head' | 'body' | 'closed';
  lines: number[];
  problems: CreditProblemAt[];
  /** A story under a column's label (`简讯`), before any titled story: a brief, which prints no headline. */
  brief: boolean;
}

export interface PageAssembly {
  articles: ArticleDraft[];
  /** For each non-blank line: what it became, and in which article (its draft, or null); a furniture line's reason. */
  roles: Map<number, { role: LineRole; article: ArticleDraft | null; reason?: FurnitureReason }>;
  problems: CreditProblemAt[];
}

type Kind = LineKind['kind'];

function newDraft(): ArticleDraft {
  return {
    head: [], bylines: [], credits: [], people: emptyCredits(), fragments: [], captions: [],
    continuedFrom: null, continuesTo: null, phase: 'head', lines: [], problems: [], brief: false,
  };
}

/** A credit line read into an article: printed as it stands, its people by role, and what could not be read in it. */
function addCredit(draft: ArticleDraft, line: number, credit: ParsedCredit, printed: string): void {
  draft.credits.push(printed);
  mergeCredits(draft.people, credit);
  for (const p of credit.problems) draft.problems.push({ line, code: p.code, text: p.text });
}

/** A story's words (character bigrams of its titles and text), to tell which story a stray piece belongs to. */
export const storyWords = (draft: ArticleDraft) => bigrams(draft.head.map((h) => h.text).join('') + draft.fragments.map((f) => f.text).join(''));

export function assemblePage(lines: PlacedLine[], settings: PaperSettings): PageAssembly {
  const roles: PageAssembly['roles'] = new Map();
  const articles: ArticleDraft[] = [];
  const floating: FloatingLine[] = [];
  const problems: CreditProblemAt[] = [];
  let current = null as ArticleDraft | null; // cast: start() assigns it from a closure, which narrowing cannot see

  const flow: PlacedLine[] = [];
  /** Where a column's label (`简讯`, `导读`) stood: the flow index of the line after it, where a new column begins. */
  const columnStarts = new Set<number>();
  /** The columns of pictures among them (`图片新闻`), by the same index. */
  const picturesStarts = new Set<number>();
  lines.forEach((l, i) => {
    const k = l.is.kind;
    if (k === 'furniture' && l.is.reason === 'column-label') {
      columnStarts.add(flow.length);
      if (PICTURES_COLUMN.test(l.text)) picturesStarts.add(flow.length);
    }
    if ((k === 'furniture' || k === 'text') && (isHeadlineOverItsStory(lines, i, settings) || isYearOverTitles(lines, i) || asksUnderColumn(lines, i, settings))) {
      flow.push({ ...l, is: { kind: 'title' } });
    }
    else if (isTitleWrap(l, flow.at(-1))) flow.push({ ...l, is: { kind: 'title', wraps: true } });
    else if ((k === 'title' || (k === 'furniture' && l.is.reason === 'banner')) && standsApart(lines, i, flow.at(-1), settings)) {
      flow.push({ ...l, is: { kind: 'text', text: l.text, jumpTo: null, alone: true } });
    } else {
      // A name alone under a work's title (`梅花图（国画）` / `刘德厚`) is its artist's credit, which ends the piece.
      const artists = worksArtist(lines, i);
      const authors = artists ?? bareAuthors(lines, i, settings) ?? closingSignature(lines, i);
      // Names under their newsroom (`融媒体中心 谢 佳 谭 露`) are the paper's reporters; under another unit, its writers.
      const role = authors ? writersRole(l.text.trim().split(/[\s\u3000]+/u)[0]!, 'authors') : 'authors';
      if (authors) flow.push({ ...l, is: { kind: 'credit', credit: { ...emptyCredits(), [role]: authors, problems: [] }, ...(artists ? { work: true as const } : {}) } });
      else if (k === 'furniture') roles.set(l.no, { role: 'furniture', article: null, reason: l.is.reason });
      else if (k === 'pageHeader') roles.set(l.no, { role: 'page-header', article: null });
      else if (k === 'duplicate') roles.set(l.no, { role: 'duplicate', article: null });
      else flow.push(l);
    }
  });

  // Measured on all lines, furniture included: a caption's gap may be followed by a locality stamp.
  const gapAfterLine = new Map(lines.map((l, i) => [l.no, lines[i + 1]?.gapBefore ?? Infinity]));
  const mark = (line: ClassifiedLine, role: LineRole, article: ArticleDraft | null) => {
    roles.set(line.no, { role, article });
    if (article) article.lines.push(line.no);
  };
  /** The page marks its paragraphs by an indent (lines.ts keeps it only where it is no margin of every line). */
  const indentsParagraphs = lines.filter((l) => l.indented).length >= 2;
  /** A headline that stood between the two halves of a torn paragraph (isDisplacedHeadline), waiting for its story. */
  let displaced: { line: PlacedLine; draft: ArticleDraft; at: number } | null = null;
  /**
   * The column whose label the lines stand under, until a titled story begins: briefs (`简讯`), or pictures
   * (`图片新闻`), where each picture's caption is an item of its own.
   */
  let column: 'briefs' | 'pictures' | null = null;
  const start = (): ArticleDraft => {
    const draft = newDraft();
    draft.brief = column !== null;
    articles.push(draft);
    current = draft;
    return draft;
  };
  const addFragment = (draft: ArticleDraft, line: PlacedLine, text: string, subhead = false) => {
    const wraps = indentsParagraphs && line.is.kind === 'text' && !line.indented && line.gapBefore === 0 && draft.fragments.at(-1)?.lines.at(-1) === line.no - 1;
    if (text) draft.fragments.push({ text, lines: [line.no], subhead, alone: line.is.kind === 'text' && line.is.alone === true, ...(wraps ? { wraps } : {}) });
    mark(line, subhead ? 'subhead' : 'body', draft);
    draft.phase = 'body';
  };
  const imageGap = (l: PlacedLine | undefined) => !l || l.gapBefore >= settings.imageGapLines;
  /** Each caption by the line it was read from (its last, once a wrapped caption goes on): what the next line may continue. */
  const captions = new Map<number, { text: string }>();
  const captionAt = <T extends { text: string }>(line: ClassifiedLine, caption: T): T => {
    captions.set(line.no, caption);
    return caption;
  };
  /** A line that goes on the caption above it in its block, wrapped there by the extraction: the caption's owner's too. */
  const wrapCaption = (line: ClassifiedLine, caption: { text: string }, text: string) => {
    caption.text += text;
    captions.set(line.no, caption);
    const owner = roles.get(line.no - 1)!.article;
    if (owner) mark(line, 'caption', owner);
    else roles.set(line.no, { role: 'caption', article: null });
  };
  const kindAt = (i: number): Kind | null => flow[i]?.is.kind ?? null;
  /** Where a run of text lines from `i` ends: the index after its last. */
  const textRunEnd = (i: number): number => {
    while (kindAt(i) === 'text') i++;
    return i;
  };

  /** How many title lines stand stacked from i on (a kicker, a headline, a subtitle), without a picture gap. */
  const stackedTitles = (i: number): number => {
    let count = 1;
    for (let titles = 1; i + count < flow.length && stacks(titles, flow[i + count]!) && kindAt(i + count) === 'title' && !imageGap(flow[i + count]); count++) {
      if (!wrapsTitle(flow[i + count]!)) titles++;
    }
    return count;
  };
  /** Title lines from i on, stacked without a picture gap between them, end in a byline or stand over a jump's rest. */
  const titleRunEndsInByline = (i: number): number => {
    const j = i + stackedTitles(i);
    const k = kindAt(j);
    // Over a dateline, or over a jump's `(上接第1版)`: a headline reprinted above the rest of its story.
    if (k === 'dateline' || k === 'jumpFrom') return j - i;
    // A work's title, one line, over its artist's credit (`荷塘清趣（国画）` / `刘德厚`): a piece of its own, with no text.
    if (isWorkCredit(flow[j]) && j - i === 1) return 1;
    if (k === 'credit' && flow[j]!.is.kind === 'credit' && !isPhotoCredit((flow[j]!.is as { credit: ParsedCredit }).credit) && !imageGap(flow[j])) {
      // A credit line under a title is a byline only if text follows it, not another title.
      const after = kindAt(j + 1);
      if (after === 'text' || after === 'subhead' || after === 'jumpFrom' || after === 'verse') return j - i;
    }
    return 0;
  };
  const startWithHeadline = (line: PlacedLine, headline: string) => {
    column = null;
    const draft = start();
    draft.head.push({ ...line, text: headline, is: { kind: 'title' } });
    draft.lines.push(line.no);
  };
  const startWithTitles = (i: number, count: number): number => {
    column = null;
    const draft = start();
    for (let j = i; j < i + count; j++) {
      draft.head.push(flow[j]!);
      draft.lines.push(flow[j]!.no);
    }
    return i + count - 1;
  };

  for (let i = 0; i < flow.length; i++) {
    const line = flow[i]!;
    const is = line.is;
    // A column's label ends the story above it: the briefs under `简讯` are not its paragraphs.
    if (columnStarts.has(i)) {
      if (current?.phase === 'body') current.phase = 'closed';
      column = picturesStarts.has(i) ? 'pictures' : 'briefs';
    }
    const draft: ArticleDraft | null = current;
    switch (is.kind) {
      case 'title': {
        // A short line right under a line of body text, in the same block, is that paragraph's text wrapped by
        // the extraction, not a headline: a headline stands in a block of its own or heads one. Unless the text
        // above ends its sentence and the line stands over a dateline or byline, or over a lead that opens with when
        // (`县图书馆新增自助借阅机` / `近日,…`): an extraction that kept no blank lines between stories runs each
        // headline on under the story before.
        const previous = flow[i - 1];
        const next = flow[i + 1];
        const overLead = next?.is.kind === 'text' && opensWithWhen(next.is.text);
        // A story that has jumped to another page (`…（下转第3版）`) goes on there: a title after it is the next story's.
        const jumped = draft?.phase === 'body' && draft.continuesTo !== null;
        if (draft?.phase === 'body' && !jumped && previous?.no === line.no - 1 && (previous.is.kind === 'text' || previous.is.kind === 'dateline') &&
          !(endsSentence(previous.text) && (titleRunEndsInByline(i) > 0 || overLead)) && !endsWithoutStop(previous.text)) {
          addFragment(draft, line, line.text);
          break;
        }
        // A notice's signature (`重庆市荣昌区医疗保障局` over `2024年3月10日`, `重庆荣信拍卖有限公司` over `电话：023-46755678`)
        // ends its text; it heads no story. Over a telephone alone, the issuer must share words with the notice (its
        // `拍卖`, `公司`): on an advertisements page, `旺家搬家公司` / `电话：…` is an advertisement of its own.
        if (draft && draft.phase === 'body' && !jumped && next?.is.kind === 'text' && (isDateAlone(next.text) || (isContactField(next.text) && signsNotice(draft, line.text)))) {
          addFragment(draft, line, line.text);
          break;
        }
        const run = titleRunEndsInByline(i);
        const gapAfter = (gapAfterLine.get(line.no) ?? Infinity) >= settings.imageGapLines || kindAt(i + 1) === 'credit' && isPhotoCredit((flow[i + 1]!.is as { credit: ParsedCredit }).credit);
        if (run > 0) {
          i = startWithTitles(i, run);
        } else if (imageGap(line) && i > 0 && (gapAfter || draft?.phase === 'head')) {
          if (draft && draft.phase !== 'closed') {
            draft.captions.push(captionAt(line, { text: line.text, line: line.no }));
            mark(line, 'caption', draft);
          } else {
            floating.push(captionAt(line, { text: line.text, line: line.no, after: draft }));
            roles.set(line.no, { role: 'caption', article: null });
          }
        } else if (!draft || draft.phase === 'closed') {
          i = startWithTitles(i, stackedTitles(i));
        } else if (draft.phase === 'head' && draft.head.length > 0 && draft.captions.length > 0) {
          // A picture's title and its caption are a story of their own (a titled photo): a title after them heads
          // the next story, not a subtitle of theirs.
          i = startWithTitles(i, stackedTitles(i));
        } else if (draft.phase === 'head' && draft.continuedFrom !== null && draft.head.length === 0 && !reprintsHeadline(line, flow[i + 1])) {
          // Under a jump's line, a line with a comma, or one its block goes on from, is the tail's first text, not
          // its headline printed again: a headline dropped on merging took that text with it.
          addFragment(draft, line, line.text);
        } else if (draft.phase === 'head' && stacks(titleCount(draft.head), line) && !imageGap(line)) {
          draft.head.push(line);
          draft.lines.push(line.no);
        } else if (jumped) {
          i = startWithTitles(i, stackedTitles(i));
        } else if (draft.phase === 'body' && (headsListOf(draft, line, flow[i + 1]) || titlesPart(draft, line, flow[i + 1]) || titlesPoemAnnounced(draft, flow[i + 1]))) {
          addFragment(draft, line, line.text, true);
        } else if (startsBrief(draft, line.text, settings, kindAt(i + 1) === 'title' && !NUMBERED.test(flow[i + 1]!.text), next?.is.kind === 'text' && DATED_LEAD.test(next.is.text)) && (['text', 'subhead', 'title', 'verse', 'caption'].includes(kindAt(i + 1) ?? '') || isWorkCredit(flow[i + 1]))) {
          i = startWithTitles(i, stackedTitles(i));
        } else if (!displaced && column === null && isDisplacedHeadline(draft, line, next, gapAfterLine.get(line.no) ?? Infinity)) {
          // Held until a story with no headline starts below; if none does, it goes back where it stood.
          displaced = { line, draft, at: draft.fragments.length };
        } else {
          addFragment(draft, line, line.text);
        }
        break;
      }
      case 'dateline': {
        // An agency's dispatch inside a report combined from several sources (`記者陳冠霖/綜合報導` … `(中央社記者…電)…`)
        // is that report's part, not a story of its own.
        if (is.agency && draft?.phase === 'body' && COMBINED_REPORT.test(draft.bylines.join(' '))) {
          addFragment(draft, line, line.text);
          break;
        }
        // A headline run onto its dateline heads a story of its own.
        if (is.headline) startWithHeadline(line, is.headline);
        const target: ArticleDraft = current && current.phase === 'head' && current.bylines.length === 0 ? current : start();
        if (displaced && target.head.length === 0 && !target.brief) {
          target.head.push(displaced.line);
          target.lines.push(displaced.line.no);
          displaced = null;
        }
        target.bylines.push(is.byline);
        if (is.credit) addCredit(target, line.no, is.credit, is.byline);
        if (is.rest) target.fragments.push({ text: is.rest, lines: is.tail ? [line.no, is.tail] : [line.no], subhead: false });
        if (is.jumpTo !== null) target.continuesTo = is.jumpTo;
        mark(line, 'byline', target);
        target.phase = 'body';
        // A writer's credit closing the lead closes the story, as one closing a paragraph does.
        if (is.closing) {
          addCredit(target, line.no, is.closing.credit, is.closing.printed);
          target.phase = 'closed';
        }
        break;
      }
      case 'credit': {
        if (is.headline) {
          // A work's caption on one line (`《荷韵》 国画 作者：钟永和`): its title and its maker, a piece of its own.
          startWithHeadline(line, is.headline);
          addCredit(current!, line.no, is.credit, line.text.trim().slice(is.headline.length).trim());
          mark(line, 'credit', current!);
          current!.phase = 'closed';
          break;
        }
        // Who gave the pictures (`（区夏布协会供图）`) credits them as a photographer does, naming no one.
        const photo = isPhotoCredit(is.credit) || PICTURES_GIVEN.test(line.text);
        const previous = flow[i - 1];
        const afterCaption = previous && roles.get(previous.no)?.role === 'caption';
        if (photo && afterCaption) {
          const owner = roles.get(previous.no)!.article;
          if (owner) { addCredit(owner, line.no, is.credit, line.text); mark(line, 'credit', owner); }
          else {
            floating.push({ text: line.text, line: line.no, after: floating.at(-1)?.after ?? null, credit: is.credit });
            roles.set(line.no, { role: 'credit', article: null });
          }
          break;
        }
        // A photo credit under a sentence set apart in a picture's gap, inside a story: the sentence is the picture's
        // caption, and the story goes on after it (`村民在积分超市兑换商品。` / `融媒体中心记者 张泽美 摄`). So is a
        // sentence of a line of its own between the story's text and such a credit with the story's text under it: a
        // story's closing credit has the next story's titles under it.
        const last = draft?.fragments.at(-1);
        const textGoesOn = () => kindAt(i + 1) === 'text' && endsSentence(previous!.text);
        if (photo && draft && draft.phase === 'body' && previous?.is.kind === 'text' && (imageGap(previous) || textGoesOn()) && last?.lines.length === 1 && last.lines[0] === previous.no &&
          !hasVisibleLength(previous.text, 81)) {
          draft.fragments.pop();
          // Between this story's last paragraph and the next story's headline or dateline, the picture may be either
          // story's: it goes to the one whose words it shares (attachFloatingCaptions), this one when neither.
          if (kindAt(i + 1) === 'dateline' || (kindAt(i + 1) === 'title' && titleRunEndsInByline(i + 1) > 0)) {
            draft.lines.splice(draft.lines.lastIndexOf(previous.no), 1);
            floating.push({ text: previous.text, line: previous.no, after: draft }, { text: line.text, line: line.no, after: draft, credit: is.credit });
            roles.set(previous.no, { role: 'caption', article: null });
            roles.set(line.no, { role: 'credit', article: null });
            break;
          }
          draft.captions.push({ text: previous.text, line: previous.no });
          roles.set(previous.no, { role: 'caption', article: draft });
          addCredit(draft, line.no, is.credit, line.text);
          mark(line, 'credit', draft);
          break;
        }
        // A signature (`□ 李明远`) after a finished story signs what follows it, a commentary of its own; so does a
        // byline printed over a headline (`本报评论员文章`), after any story or none, and the paper's voice naming nobody
        // (`■本报评论员`) over the page's first headline.
        // So is a second credit after the one that closed a story, over a headline whose story has no byline of its
        // own (`通讯员 谭小芳 记者 曹阳` / `文/图 本报记者 邹杰` / headline / text): the next story's byline, printed over its
        // title. A photographer's credit alone is the story above's pictures'.
        const secondCredit = draft?.phase === 'closed' && flow[i - 1]?.is.kind === 'credit' && namesAnyone(is.credit) && !isPhotoCredit(is.credit) &&
          kindAt(i + 1) === 'title' && titleRunEndsInByline(i + 1) === 0;
        // The paper's voice over a title, after a story with a byline of its own (`本报讯(…)`), is the commentary's
        // below: no story credited to its reporters ends in it.
        const voiceOverTitle = is.voice === true && draft !== null && draft.bylines.length > 0;
        const overTitle = (is.overTitle === true || secondCredit || voiceOverTitle || (draft === null && !namesAnyone(is.credit) && is.credit.problems.length === 0)) && draft?.phase !== 'head' && kindAt(i + 1) === 'title';
        if (overTitle) {
          const story = start();
          story.bylines.push(line.text);
          addCredit(story, line.no, is.credit, line.text);
          mark(line, 'credit', story);
          break;
        }
        const signsNext = draft?.phase === 'closed' && AUTHOR_MARK.test(line.text);
        const target = signsNext ? start() : (draft ?? articles.at(-1) ?? null);
        if (!target) {
          // A credit before any story on the page: keep it in the report rather than guess its owner.
          roles.set(line.no, { role: 'orphan-credit', article: null });
          for (const p of is.credit.problems) problems.push({ line: line.no, code: p.code, text: p.text });
          problems.push({ line: line.no, code: 'orphan-credit', text: line.text });
          break;
        }
        // A note under the headline (`（文中当事人均为化名）`) may stand over the byline: the story's text is still to come.
        const underNote = target.phase === 'body' && target.bylines.length === 0 && target.fragments.length > 0 &&
          kindAt(i + 1) === 'text' && target.fragments.every((fragment) => isNoteAlone(fragment.text));
        if (target.phase === 'head' || underNote) target.bylines.push(line.text);
        addCredit(target, line.no, is.credit, line.text);
        mark(line, 'credit', target);
        // A work's credit with no text under it (a calligraphy's, `李德厚 作`) ends its piece, as a closing credit does.
        target.phase = (target.phase === 'head' && !(is.work && kindAt(i + 1) !== 'text')) || underNote ? 'body' : 'closed';
        break;
      }
      case 'jumpFrom': {
        const target: ArticleDraft = draft && draft.phase === 'head' ? draft : start();
        target.continuedFrom = is.page;
        mark(line, 'jump', target);
        if (is.rest) target.fragments.push({ text: is.rest, lines: [line.no], subhead: false });
        if (is.jumpTo !== null) target.continuesTo = is.jumpTo;
        // A jump's line alone may stand over the story's headline printed again (`（上接第一版）` / `凝心聚力谋发展`):
        // the titles under it are the story's, not its text.
        target.phase = is.rest ? 'body' : 'head';
        break;
      }
      case 'datelineTail': {
        // Read with its dateline's line, which comes first.
        mark(line, 'byline', roles.get(is.datelineAt)?.article ?? current);
        break;
      }
      case 'jumpTo': {
        const target = draft ?? articles.at(-1) ?? start();
        target.continuesTo = is.page;
        mark(line, 'jump', target);
        break;
      }
      case 'caption': {
        // A caption the extraction wrapped, whose last line ends in its credit (`图为…为受灾群` / `众诊治。（记者 王明 摄）`):
        // that line goes on the caption above it in its block.
        const wrapped = line.gapBefore === 0 ? captions.get(line.no - 1) : undefined;
        if (wrapped && !endsSentence(wrapped.text)) {
          wrapCaption(line, wrapped, line.text);
          break;
        }
        // Or whose first line, a block's first that ends no sentence, was read as a paragraph (`8月6日，…开展消防` /
        // `应急演练。（记者 王明 摄）`).
        const previous = flow[i - 1];
        const last = draft?.fragments.at(-1);
        if (line.gapBefore === 0 && draft && draft.phase === 'body' && previous?.no === line.no - 1 && (previous.is.kind === 'text' || previous.is.kind === 'title') && previous.gapBefore > 0 &&
          last?.lines.length === 1 && last.lines[0] === previous.no && !endsSentence(last.text)) {
          draft.fragments.pop();
          draft.captions.push(captionAt(line, { text: last.text + line.text, line: previous.no }));
          roles.set(previous.no, { role: 'caption', article: draft });
          mark(line, 'caption', draft);
          break;
        }
        // Under `图片新闻`, a picture's caption is its own news: an item of the column, not the story above's picture.
        if (column === 'pictures') {
          const item = start();
          item.captions.push(captionAt(line, { text: line.text, line: line.no }));
          mark(line, 'caption', item);
        } else if (draft && draft.phase !== 'closed') { draft.captions.push(captionAt(line, { text: line.text, line: line.no })); mark(line, 'caption', draft); }
        else { floating.push(captionAt(line, { text: line.text, line: line.no, after: draft })); roles.set(line.no, { role: 'caption', article: null }); }
        break;
      }
      case 'verse': {
        const target = draft && draft.phase !== 'closed' ? draft : start();
        const stanza = target.fragments.at(-1);
        // The verses of one block are one stanza, a verse a line.
        if (stanza?.verse && line.gapBefore === 0 && stanza.lines.at(-1) === flow[i - 1]?.no) {
          stanza.text += `\n${line.text}`;
          stanza.lines.push(line.no);
        } else {
          target.fragments.push({ text: line.text, lines: [line.no], subhead: false, verse: true });
          target.phase = 'body';
        }
        mark(line, 'body', target);
        break;
      }
      case 'subhead':
      case 'text': {
        // A brief's title run onto its lead heads a story of its own, as a headline run onto a dateline does.
        if (is.kind === 'text' && is.headline) {
          startWithHeadline(line, is.headline);
          const brief = articles.at(-1)!;
          addFragment(brief, line, is.text);
          if (is.credit) {
            addCredit(brief, line.no, is.credit.credit, is.credit.printed);
            brief.phase = 'closed';
          }
          break;
        }
        // A caption wrapped by the extraction goes on in the next line of its block, until it ends a sentence.
        const wrapped = line.gapBefore === 0 ? captions.get(line.no - 1) : undefined;
        // A caption ends at its photographer's credit too (`…作业。 通讯员 王海 摄`), and an indented line starts a paragraph.
        if (is.kind === 'text' && wrapped && !endsSentence(wrapped.text) && !/摄[）)]?\s*$/u.test(wrapped.text) && !line.indented) {
          wrapCaption(line, wrapped, is.text);
          break;
        }
        // A column's tag over a headline and its byline (`【聚焦两会】`) heads that story: its kicker. So does a part's
        // label over a piece of its own, titled and signed (`短评` / `别让指尖形式主义加重基层负担` / `晓 言`).
        if (is.kind === 'subhead' && isLabelOverTitles(line.text) && kindAt(i + 1) === 'title') {
          const run = titleRunEndsInByline(i + 1);
          if (run > 0) {
            i = startWithTitles(i, run + 1);
            break;
          }
        }
        // A date alone where no story is open is the page's own (a running head's date), not a story of one line.
        if (is.kind === 'text' && (!draft || draft.phase === 'closed') && isDateAlone(line.text)) {
          roles.set(line.no, { role: 'furniture', article: null, reason: 'date' });
          break;
        }
        // An editor's note over a headline and its byline (`编者按：…` opening a new column's first story) is that
        // story's first paragraph: it was a story of its own, titled 编者按, or the last paragraph of the story above.
        // Under a title of its own (the column's, `学习贯彻全国两会精神`), it is that title's text.
        const titled = draft?.phase === 'head' && draft.head.length > 0 && draft.fragments.length === 0;
        // The same note under its label alone (`编者按` / a paragraph or a few / headline / byline): label and note both.
        const noteEnd = is.kind === 'subhead' && !titled && EDITORS_LABEL.test(line.text) ? textRunEnd(i + 1) : i;
        if (noteEnd > i + 1 && noteEnd <= i + 4 && kindAt(noteEnd) === 'title') {
          const run = titleRunEndsInByline(noteEnd);
          if (run > 0) {
            const note = flow.slice(i + 1, noteEnd);
            i = startWithTitles(noteEnd, run);
            const story = articles.at(-1)!;
            addFragment(story, line, line.text, true);
            for (const paragraph of note) addFragment(story, paragraph, paragraph.is.kind === 'text' ? paragraph.is.text : paragraph.text);
            story.phase = 'head';
            break;
          }
        }
        // So is one over a part's label and the titled, signed piece under it (`编者按：…` / `短评` / headline / `晓 言`).
        const labelled = kindAt(i + 1) === 'subhead' && isLabelOverTitles(flow[i + 1]!.text) && kindAt(i + 2) === 'title' ? 1 : 0;
        if (is.kind === 'text' && !titled && kindAt(i + 1 + labelled) === 'title' && EDITORS_NOTE.test(is.text)) {
          const run = titleRunEndsInByline(i + 1 + labelled);
          if (run > 0) {
            i = startWithTitles(i + 1, run + labelled);
            const story = articles.at(-1)!;
            addFragment(story, line, is.text);
            story.phase = 'head';
            break;
          }
        }
        // A picture's number before its caption (`①5月8日，工人正在绩麻。`) in a photo story, whose byline names its
        // photographer (`融媒体记者 张 雪 摄影报道`): its caption, as `图①：…` is.
        if (is.kind === 'text' && draft && draft.phase === 'body' && draft.people.photographers.length > 0 && NUMBERED_PICTURE.test(is.text)) {
          draft.captions.push(captionAt(line, { text: line.text, line: line.no }));
          mark(line, 'caption', draft);
          break;
        }
        // Briefs each opened by a marked title (`■区图书馆举办读书分享会` / lead / `■县医院开展义诊` / lead): the next
        // marked line opens the next brief, not a subhead of the one before, which has no headline of its own. A story
        // that has jumped to another page (`…（下转A04版）`) goes on there, not in the text after it on this page.
        const open = draft && draft.phase !== 'closed' && draft.continuesTo === null;
        // Under a column's label, a bulleted brief (`●近日，…`) after another is the next brief, credited or not.
        const nextBrief = open && is.kind === 'text' && draft.brief && draft.head.length === 0 && draft.fragments.length > 0 && SUBHEAD_MARK_AT.test(is.text) && SUBHEAD_MARK_AT.test(draft.fragments[0]!.text);
        const target = open && !nextBrief && !(is.kind === 'subhead' && marksNextBrief(draft, line)) ? draft : start();
        if (is.kind === 'text') {
          const beforeByline = target.phase === 'head' && target.head.length > 0 && (EDITORS_NOTE.test(is.text) || isDatedNote(line));
          addFragment(target, line, is.text);
          // An editor's note between a headline and its byline (`编者按：…`) is the story's first paragraph, and the
          // byline under it is still the story's own; so is a speech's date (`（2024年3月10日）`) over its speaker.
          if (beforeByline) target.phase = 'head';
          if (is.jumpTo !== null) target.continuesTo = is.jumpTo;
          // A writer's credit closing the paragraph closes the story, as one on a line of its own does.
          if (is.credit) {
            addCredit(target, line.no, is.credit.credit, is.credit.printed);
            target.phase = 'closed';
          }
        } else if (target.fragments.length === 0 && target.head.length === 0) {
          // A marked line that opens a story no headline heads (`■区图书馆举办亲子阅读活动` over a brief) is its headline.
          target.head.push(line);
          target.lines.push(line.no);
        } else addFragment(target, line, line.text, true);
        break;
      }
      default:
        break;
    }
  }
  if (displaced) {
    const { line, draft, at } = displaced;
    draft.fragments.splice(Math.min(at, draft.fragments.length), 0, { text: line.text, lines: [line.no], subhead: false });
    mark(line, 'body', draft);
  }
  attachFloatingCaptions(floating, articles, roles);
  return { articles, roles, problems };
}

/**
 * A list's header over the names it lists, after a story that speaks of them (`县委表彰优秀共产党员` … / `优秀共产党员` /
 * `王建国 李秀英 …`), or over a box of rows (`活动日程` / `4月20日 上午9:30 开幕式…`): a subhead of that story, not a
 * story of names or rows.
 */
const headsListOf = (draft: ArticleDraft, line: PlacedLine, next: PlacedLine | undefined) =>
  next?.is.kind === 'text' && (((isNameList(next.text) || isLabelledNames(next.text)) && sharedBigrams(bigrams(line.text), storyWords(draft)) >= 2) || (next.is.alone === true && ROWS_HEADER.test(line.text) && draft.fragments.at(-1)?.alone !== true));

/**
 * What a box of rows after a story's text is called, a few words naming no subject of its own (`活动日程`, `坐诊安排`,
 * `报名流程`, `男子组最终排名`): its rows are the story's. `区人民医院专家坐诊安排` heads a box of its own, as one after another box's rows does.
 */
const ROWS_HEADER = /^\p{Script=Han}{0,6}(?:日程|安排|一览表?|时间表|流程|名单|明细|日程表|结果|成绩|比分|排名|积分榜|排行榜)$/u;

/** A headline printed again under a jump's line: no comma, and not torn into the line under it in its block. */
const reprintsHeadline = (line: PlacedLine, next: PlacedLine | undefined) => !/[，,]/u.test(line.text) && !(next?.no === line.no + 1 && next.gapBefore === 0 && next.is.kind === 'text');

/**
 * A title right under a story's part's label, over its text (`记者观察` / `数字化转型要“量体裁衣”` / …): the part's title,
 * a subhead of the story as its label is. A field under a heading (`联系方式` / `联系人：罗先生`) is the text's.
 */
const titlesPart = (draft: ArticleDraft, line: PlacedLine, next: PlacedLine | undefined) =>
  draft.fragments.at(-1)?.subhead === true && next?.is.kind === 'text' && !LABEL_AND_VALUE.test(line.text);

/**
 * A poem's title that says more poems follow under it (`五月的田野（外一首）`, `（外二首）`, prose poems' `（外一章）`): how
 * many.
 */
const MORE_POEMS = /[(（]外([一二两三四五六七八九])[首章][)）]\s*$/u;
const POEM_COUNTS = '一二三四五六七八九';
function poemsAnnounced(draft: ArticleDraft): number {
  for (const line of draft.head) {
    const more = MORE_POEMS.exec(line.text);
    if (more) return more[1] === '两' ? 2 : POEM_COUNTS.indexOf(more[1]!) + 1;
  }
  return 0;
}

/** A title over a stanza, under a poem whose title announced it (`（外一首）`): the next poem's title, a subhead of the piece. */
const titlesPoemAnnounced = (draft: ArticleDraft, next: PlacedLine | undefined) =>
  next?.is.kind === 'verse' && draft.fragments.filter((f) => f.subhead).length < poemsAnnounced(draft);

/**
 * A marked line (`■…`) after a brief that a line with the same mark opened and headed, with no byline over it, under a
 * column's label: the next brief's title. A story headed by a headline of its own keeps its marked lines as subheads.
 */
const marksNextBrief = (draft: ArticleDraft, line: PlacedLine) => {
  const opening = draft.head.length === 1 ? draft.head[0]! : null;
  // Under a column's label only (`简讯`): elsewhere marked lines are a story's parts, and a piece of questions and
  // answers under its label (`■夏季如何预防中暑？`) asks each under its mark.
  return draft.brief && opening?.is.kind === 'subhead' && draft.bylines.length === 0 && draft.continuedFrom === null && draft.fragments.length > 0 &&
    SUBHEAD_MARK_AT.test(line.text) && opening.text.trimStart()[0] === line.text.trimStart()[0] && !asks(opening.text) && !asks(line.text);
};
const asks = (text: string) => /[？?]\s*$/u.test(text);

/** Who issues a notice, signing it (`重庆荣信拍卖有限公司`, `县自然资源局`): a body's name that the notice's words share. */
const signsNotice = (draft: ArticleDraft, text: string) =>
  (isWritersUnit(text.trim()) || isUnitAlone(text.trim())) && sharedBigrams(bigrams(text), storyWords(draft)) >= 2;

/**
 * A question under a standing column's name (`普法小课堂` / `什么是“电信网络诈骗”？` / `答：…`): the piece's headline, though
 * it asks, as the column's pieces do.
 */
function asksUnderColumn(lines: PlacedLine[], i: number, settings: PaperSettings): boolean {
  const line = lines[i]!;
  const above = lines[i - 1];
  return line.is.kind === 'text' && above?.is.kind === 'title' && STANDING_COLUMN.test(above.text.trim()) && asks(line.text) &&
    !/[。，,]/u.test(line.text) && !hasVisibleLength(line.text, settings.maxHeadlineLength + 1);
}

/** A column of pictures' label: `图片新闻`, `新闻图片`, `图片报道`, `图说荣昌`. */
const PICTURES_COLUMN = /^(?:图片新闻|新闻图片|图片报道|图说\p{Script=Han}{0,6})$/u;

/** A numbered picture's caption: its number, then a sentence. */
const NUMBERED_PICTURE = /^\s*[①-⑳]\s*\S.*[。！？]$/u;

/** A lead that opens with its day. */
const DATED_LEAD = /^\s*(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|近日|日前)/u;

/** A byline that says the story combines several sources' reports. */
const COMBINED_REPORT = /[綜综]合(?:報導|报道|外電|外电)/u;

/** Who gave a story's pictures, in brackets or not (`（区夏布协会供图）`, `县文旅委供图`). */
const PICTURES_GIVEN = /供图\s*[）)]?\s*$/u;

/** A work's credit (`李德厚 作`): under its title, after a finished story, the two are a piece of their own. */
const isWorkCredit = (line: PlacedLine | undefined) => line?.is.kind === 'credit' && line.is.work === true;

/** A list's numbered item (`（1）微信缴费`, `2.…`, `三、…`): under a clause ending in a colon, the clause introduces it. */
const NUMBERED = /^\s*[（(]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．、]/u;

/** An editor's note that opens a story (`编者按：`, `【编者按】`, `编者的话`). */
const EDITORS_NOTE = /^\s*[【[]?(?:编者按|编者的话|编前语?)(?:[】\]][：:]?|[：:])/u;
/** An editor's note's label on a line of its own. */
const EDITORS_LABEL = /^\s*[【[]?(?:编者按|编者的话|编前语?)[】\]]?[：:]?\s*$/u;

/**
 * A headline from another column that the extraction set between the two halves of a paragraph torn by a column
 * break (`…扎实推进各项重点` / `全市春耕生产有序推进` / `任务落地见效，…`): a block of its own, after a paragraph that ends
 * mid-sentence, over text that goes on in the next block. It heads the story below that prints a dateline and no
 * headline, if there is one; the paragraph's halves then join.
 */
function isDisplacedHeadline(draft: ArticleDraft, line: PlacedLine, next: PlacedLine | undefined, gapAfter: number): boolean {
  const last = draft.fragments.at(-1);
  return draft.phase === 'body' && line.gapBefore > 0 && gapAfter > 0 && next?.is.kind === 'text' && next.is.jumpTo === null && next.is.alone !== true &&
    last !== undefined && !last.subhead && !last.verse && !last.alone && !endsSentence(last.text) && !endsWithoutStop(last.text) && !/[，,、：:]/u.test(line.text);
}

/**
 * A short, comma-free title after a finished paragraph opens a new brief (简讯) rather than continuing the story; so
 * it does after a notice's date or telephone number, and after a poem's stanza (the next poem's title).
 */
function startsBrief(draft: ArticleDraft, text: string, settings: PaperSettings, overTitle: boolean, overDatedLead: boolean): boolean {
  const last = draft.fragments.at(-1);
  // A list's last item ends as its items do (`…二要抓好防汛减灾；`): a title after it over a lead that opens with its
  // day (`5月7日，…`, `近日，…`) is the next story's. Over `今年以来，…` it may be a report's own part.
  const listEnds = overDatedLead && last !== undefined && endsWithSemicolon(last.text);
  if (!last) return false;
  // A listing's row (`18:30 荣昌新闻 …`, `3月18日(周一) … 46735000`) ends what it closes, as a table's does. A standing
  // column's box (`健康小贴士`) is a piece of its own, whatever the story beside it ended in (a field, say).
  if (!(endsSentence(last.text) || endsWithoutStop(last.text) || last.verse || last.alone || listEnds || isDataRow(last.text))) return STANDING_COLUMN.test(text.trim());
  // A colon ends a kicker over a headline (`区消防救援支队提醒：` / `夏季用电高峰 这些安全隐患要当心`).
  const kicker = overTitle && /^[^，,、：:]+[：:]$/u.test(text.trim());
  return !hasVisibleLength(text, settings.maxHeadlineLength + 1) && (kicker || !/[，,、：:]/u.test(text));
}

/** A caption between two stories, or the photo credit under one, waiting to be given to a story. */
interface FloatingLine {
  text: string;
  line: number;
  after: ArticleDraft | null;
  /** Set for a photo credit that follows a floating caption; it goes wherever its caption goes. */
  credit?: ParsedCredit;
}

/** A caption between two stories belongs to the one whose words it shares; the story before it when neither does. */
function attachFloatingCaptions(
  floating: FloatingLine[],
  articles: ArticleDraft[],
  roles: PageAssembly['roles'],
): void {
  let lastOwner: ArticleDraft | null = null;
  for (const caption of floating) {
    if (caption.credit) {
      if (lastOwner) {
        addCredit(lastOwner, caption.line, caption.credit, caption.text);
        lastOwner.lines.push(caption.line);
        roles.set(caption.line, { role: 'credit', article: lastOwner });
      }
      continue;
    }
    const before = caption.after;
    const after = articles[before ? articles.indexOf(before) + 1 : 0] ?? null;
    let owner = before ?? after;
    if (before && after) {
      const words = bigrams(caption.text);
      if (sharedBigrams(words, storyWords(after)) > sharedBigrams(words, storyWords(before))) owner = after;
    }
    // A page of pictures alone (图片新闻): its captions make an article of their own rather than belong to no one.
    owner ??= articles[0] ?? null;
    if (!owner) articles.push((owner = newDraft()));
    lastOwner = owner;
    owner.captions.push({ text: caption.text, line: caption.line });
    owner.lines.push(caption.line);
    roles.set(caption.line, { role: 'caption', article: owner });
  }
}
