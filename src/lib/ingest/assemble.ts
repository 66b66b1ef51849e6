// Stage 5: classified lines of one page → article drafts. Context decides what a title-shaped line is:
// a headline when a byline follows or the story before it has ended, a caption when it stands in a picture's gap.
// Each kind of line is read by a function of its own: titles (assemble-titles.ts), credits (assemble-credits.ts),
// text and subheads (assemble-text.ts), the rest here; they share the page's state (page-assembler.ts).
import { addCredit, isAdvertisement, type ArticleDraft, type PageAssembly } from './article-drafts.ts';
import { assembleCredit, creditBriefsClosingNote } from './assemble-credits.ts';
import { assembleText } from './assemble-text.ts';
import { assembleTitle } from './assemble-titles.ts';
import { attachFloatingCaptions } from './floating-captions.ts';
import type { LineKind, PlacedLine } from './line-kinds.ts';
import { PageAssembler } from './page-assembler.ts';
import { joinTitleTheLeadRepeats } from './title-lines.ts';
import type { PaperSettings } from './settings.ts';
import { COMBINED_REPORT, titlesPoemOfSeries } from './story-breaks.ts';
import { endsSentence } from './text.ts';

export function assemblePage(lines: PlacedLine[], settings: PaperSettings): PageAssembly {
  const a = new PageAssembler(lines, settings);
  for (let i = 0; i < a.flow.length; i++) {
    const line = a.flow[i]!;
    const is = line.is;
    // A column's label ends the story above it: the briefs under `简讯` are not its paragraphs.
    if (a.columnStarts.has(i)) {
      if (a.current?.phase === 'body') a.current.phase = 'closed';
      a.column = a.picturesStarts.has(i) ? 'pictures' : 'briefs';
    }
    switch (is.kind) {
      case 'title': i = assembleTitle(a, i, line); break;
      case 'dateline': assembleDateline(a, line, is); break;
      case 'credit': assembleCredit(a, i, line, is); break;
      case 'jumpFrom': assembleJumpFrom(a, line, is); break;
      case 'datelineTail':
        // Read with its dateline's line, which comes first.
        a.mark(line, 'byline', a.roles.get(is.datelineAt)?.article ?? a.current);
        break;
      case 'creditTail':
        a.mark(line, 'credit', a.roles.get(is.creditAt)?.article ?? a.current);
        break;
      case 'jumpTo': {
        const target = a.current ?? a.articles.at(-1) ?? a.start();
        target.continuesTo = is.page;
        a.mark(line, 'jump', target);
        break;
      }
      case 'caption': assembleCaption(a, i, line); break;
      case 'verse': assembleVerse(a, i, line); break;
      case 'subhead':
      case 'text': i = assembleText(a, i, line, is); break;
      default:
        break;
    }
  }
  if (a.displaced) {
    const { line, draft, at } = a.displaced;
    draft.fragments.splice(Math.min(at, draft.fragments.length), 0, { text: line.text, lines: [line.no], subhead: false });
    a.mark(line, 'body', draft);
  }
  attachFloatingCaptions(a.floating, a.articles, a.roles);
  dropAdvertisements(a);
  for (const draft of a.articles) {
    joinTitleTheLeadRepeats(draft);
    creditBriefsClosingNote(draft, settings);
  }
  return { articles: a.articles, roles: a.roles, problems: a.problems };
}

/**
 * Advertisements (isAdvertisement) are the page's furniture, not its articles: the report lists their lines. The
 * paper's own contact box (`联系我们` over its address and hotlines) is its imprint.
 */
function dropAdvertisements(a: PageAssembler): void {
  for (let k = a.articles.length - 1; k >= 0; k--) {
    const draft = a.articles[k]!;
    if (!isAdvertisement(draft)) continue;
    const reason = draft.head.length === 1 && PAPERS_CONTACTS.test(draft.head[0]!.text.trim()) ? 'imprint' : 'advertisement';
    for (const no of draft.lines) a.roles.set(no, { role: 'furniture', article: null, reason });
    a.articles.splice(k, 1);
  }
}
const PAPERS_CONTACTS = /^(?:联系我们|联系本报|本报地址)$/u;

function assembleDateline(a: PageAssembler, line: PlacedLine, is: Extract<LineKind, { kind: 'dateline' }>): void {
  const draft = a.current;
  // An agency's dispatch inside a report combined from several sources (`記者陳冠霖/綜合報導` … `(中央社記者…電)…`)
  // is that report's part, not a story of its own.
  if (is.agency && draft?.phase === 'body' && COMBINED_REPORT.test(draft.bylines.join(' '))) {
    a.addFragment(draft, line, line.text);
    return;
  }
  // A headline run onto its dateline heads a story of its own.
  if (is.headline) a.startWithHeadline(line, is.headline);
  // A dateline that credits nobody under a story's titles and byline, with no text yet (`记者 罗小兵 报道` / `本报讯
  // 4月16日，…`), opens that story's text, as older pages print it.
  const current = a.current;
  const underByline = current !== null && current.head.length > 0 && current.bylines.length > 0 && current.fragments.length === 0 && current.phase !== 'closed' && !is.credit;
  const target: ArticleDraft = current && ((current.phase === 'head' && current.bylines.length === 0) || underByline) ? current : a.start();
  if (a.displaced && target.head.length === 0 && !target.brief) {
    target.head.push(a.displaced.line);
    target.lines.push(a.displaced.line.no);
    a.displaced = null;
  }
  target.bylines.push(is.byline);
  if (is.credit) addCredit(target, line.no, is.credit, is.byline);
  if (is.rest) target.fragments.push({ text: is.rest, lines: is.tail ? [line.no, is.tail] : [line.no], subhead: false });
  if (is.jumpTo !== null) target.continuesTo = is.jumpTo;
  a.mark(line, 'byline', target);
  target.phase = 'body';
  // A writer's credit closing the lead closes the story, as one closing a paragraph does.
  if (is.closing) {
    addCredit(target, line.no, is.closing.credit, is.closing.printed);
    target.phase = 'closed';
  }
}

function assembleJumpFrom(a: PageAssembler, line: PlacedLine, is: Extract<LineKind, { kind: 'jumpFrom' }>): void {
  const draft = a.current;
  const target: ArticleDraft = draft && draft.phase === 'head' ? draft : a.start();
  target.continuedFrom = is.page;
  a.mark(line, 'jump', target);
  if (is.rest) target.fragments.push({ text: is.rest, lines: [line.no], subhead: false });
  if (is.jumpTo !== null) target.continuesTo = is.jumpTo;
  // A jump's line alone may stand over the story's headline printed again (`（上接第一版）` / `凝心聚力谋发展`):
  // the titles under it are the story's, not its text.
  target.phase = is.rest ? 'body' : 'head';
}

function assembleCaption(a: PageAssembler, i: number, line: PlacedLine): void {
  const draft = a.current;
  // A caption the extraction wrapped, whose last line ends in its credit (`图为…为受灾群` / `众诊治。（记者 王明 摄）`):
  // that line goes on the caption above it in its block.
  const wrapped = line.gapBefore === 0 ? a.captions.get(line.no - 1) : undefined;
  if (wrapped && !endsSentence(wrapped.text)) {
    a.wrapCaption(line, wrapped, line.text);
    return;
  }
  // Or whose first line, a block's first that ends no sentence, was read as a paragraph (`8月6日，…开展消防` /
  // `应急演练。（记者 王明 摄）`).
  const previous = a.flow[i - 1];
  const last = draft?.fragments.at(-1);
  if (line.gapBefore === 0 && draft && draft.phase === 'body' && previous?.no === line.no - 1 && (previous.is.kind === 'text' || previous.is.kind === 'title') && previous.gapBefore > 0 &&
    last?.lines.length === 1 && last.lines[0] === previous.no && !endsSentence(last.text)) {
    draft.fragments.pop();
    draft.captions.push(a.captionAt(line, { text: last.text + line.text, line: previous.no }));
    a.roles.set(previous.no, { role: 'caption', article: draft });
    a.mark(line, 'caption', draft);
    return;
  }
  // Under `图片新闻`, a picture's caption is its own news: an item of the column, not the story above's picture.
  if (a.column === 'pictures') a.addCaption(a.start(), line);
  else if (draft && draft.phase !== 'closed') a.addCaption(draft, line);
  else a.floatCaption(line, draft);
}

function assembleVerse(a: PageAssembler, i: number, line: PlacedLine): void {
  const draft = a.current;
  const target = draft && draft.phase !== 'closed' ? draft : a.start();
  if (titlesPoemOfSeries(target, line, a.flow[i + 1])) {
    a.addFragment(target, line, line.text, true);
    return;
  }
  const stanza = target.fragments.at(-1);
  // The verses of one block are one stanza, a verse a line.
  if (stanza?.verse && line.gapBefore === 0 && stanza.lines.at(-1) === a.flow[i - 1]?.no) {
    stanza.text += `\n${line.text}`;
    stanza.lines.push(line.no);
  } else {
    target.fragments.push({ text: line.text, lines: [line.no], subhead: false, verse: true });
    target.phase = 'body';
  }
  a.mark(line, 'body', target);
}
