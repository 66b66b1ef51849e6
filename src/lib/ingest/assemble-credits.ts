// Stage 5, a credit line (assemble.ts): a story's byline, its closing credit, a picture's, or the next story's
// byline printed over its headline.
import { addCredit, type ArticleDraft } from './article-drafts.ts';
import { AUTHOR_MARK } from './credit-words.ts';
import { namesAnyone } from './credits.ts';
import { closingCredit } from './datelines.ts';
import type { LineKind, PlacedLine } from './line-kinds.ts';
import { isNoteAlone } from './line-shapes.ts';
import type { PageAssembler } from './page-assembler.ts';
import type { PaperSettings } from './settings.ts';
import { creditsPictures } from './story-breaks.ts';
import { endsSentence, hasVisibleLength } from './text.ts';
import { isPhotoCredit } from './title-lines.ts';

/** Where a table's figures came from, under its last row (`来源:区统计局`, `数据来源：…`). */
const TABLES_SOURCE = /^\s*(?:数据|资料)?来源[：:]/u;

export function assembleCredit(a: PageAssembler, i: number, line: PlacedLine, is: Extract<LineKind, { kind: 'credit' }>): void {
  const draft = a.current;
  if (is.headline) {
    // A work's caption on one line (`《荷韵》 国画 作者：钟永和`): its title and its maker, a piece of its own; a poem's
    // title and its poet (`七律·荣昌春望 刘德厚`) head its verses.
    a.startWithHeadline(line, is.headline);
    addCredit(a.current!, line.no, is.credit, line.text.trim().slice(is.headline.length).trim());
    a.mark(line, 'credit', a.current!);
    if (is.work) a.current!.phase = 'closed';
    return;
  }
  const previous = a.flow[i - 1];
  // A table's source under its last row, with the story's text going on under it (`来源:区统计局`): the table's note,
  // not a credit that ends the story.
  if (draft?.phase === 'body' && !namesAnyone(is.credit) && TABLES_SOURCE.test(line.text) && previous?.is.kind === 'text' && previous.is.alone && a.kindAt(i + 1) === 'text') {
    a.addFragment(draft, line, line.text, false, true);
    return;
  }
  // Who gave the pictures (`（区夏布协会供图）`) credits them as a photographer does, naming no one.
  const photo = creditsPictures(line);
  const afterCaption = previous && a.roles.get(previous.no)?.role === 'caption';
  if (photo && afterCaption) {
    const owner = a.roles.get(previous.no)!.article;
    if (owner) { addCredit(owner, line.no, is.credit, line.text); a.mark(line, 'credit', owner); }
    else {
      a.floating.push({ text: line.text, line: line.no, after: a.floating.at(-1)?.after ?? null, credit: is.credit });
      a.roles.set(line.no, { role: 'credit', article: null });
    }
    return;
  }
  // A photo credit under a sentence set apart in a picture's gap, inside a story: the sentence is the picture's
  // caption, and the story goes on after it (`村民在积分超市兑换商品。` / `融媒体中心记者 张泽美 摄`). So is a
  // sentence of a line of its own between the story's text and such a credit with the story's text under it: a
  // story's closing credit has the next story's titles under it.
  const last = draft?.fragments.at(-1);
  const textGoesOn = () => a.kindAt(i + 1) === 'text' && endsSentence(previous!.text);
  if (photo && draft && draft.phase === 'body' && previous?.is.kind === 'text' && (a.imageGap(previous) || textGoesOn()) && last?.lines.length === 1 && last.lines[0] === previous.no &&
    !hasVisibleLength(previous.text, 81)) {
    draft.fragments.pop();
    // Between this story's last paragraph and the next story's headline or dateline, the picture may be either
    // story's: it goes to the one whose words it shares (attachFloatingCaptions), this one when neither.
    if (a.kindAt(i + 1) === 'dateline' || (a.kindAt(i + 1) === 'title' && a.titleRunEndsInByline(i + 1) > 0)) {
      draft.lines.splice(draft.lines.lastIndexOf(previous.no), 1);
      // A story of that one sentence, headless, was the picture alone: no story is left of it, and the picture
      // stands after the story before.
      const after = draft.lines.length === 0 && draft.head.length === 0 && draft.fragments.length === 0 && draft.captions.length === 0 ? a.dropEmptyDraft(draft) : draft;
      a.floating.push({ text: previous.text, line: previous.no, after }, { text: line.text, line: line.no, after, credit: is.credit });
      a.roles.set(previous.no, { role: 'caption', article: null });
      a.roles.set(line.no, { role: 'credit', article: null });
      return;
    }
    draft.captions.push({ text: previous.text, line: previous.no });
    a.roles.set(previous.no, { role: 'caption', article: draft });
    addCredit(draft, line.no, is.credit, line.text);
    a.mark(line, 'credit', draft);
    return;
  }
  // A signature (`□ 李明远`) after a finished story signs what follows it, a commentary of its own; so does a
  // byline printed over a headline (`本报评论员文章`), after any story or none, and the paper's voice naming nobody
  // (`■本报评论员`) over the page's first headline.
  // So is a second credit after the one that closed a story, over a headline whose story has no byline of its
  // own (`通讯员 谭小芳 记者 曹阳` / `文/图 本报记者 邹杰` / headline / text): the next story's byline, printed over its
  // title. A photographer's credit alone is the story above's pictures'.
  const secondCredit = draft?.phase === 'closed' && a.flow[i - 1]?.is.kind === 'credit' && namesAnyone(is.credit) && !isPhotoCredit(is.credit) &&
    a.kindAt(i + 1) === 'title' && a.titleRunEndsInByline(i + 1) === 0;
  // The paper's voice over a title, after a story with a byline of its own (`本报讯(…)`), is the commentary's
  // below: no story credited to its reporters ends in it.
  const voiceOverTitle = is.voice === true && draft !== null && draft.bylines.length > 0;
  const overTitle = (is.overTitle === true || secondCredit || voiceOverTitle || (draft === null && !namesAnyone(is.credit) && is.credit.problems.length === 0)) && draft?.phase !== 'head' && a.kindAt(i + 1) === 'title';
  if (overTitle) {
    const story = a.start();
    story.bylines.push(line.text);
    addCredit(story, line.no, is.credit, line.text);
    a.mark(line, 'credit', story);
    return;
  }
  const signsNext = draft?.phase === 'closed' && AUTHOR_MARK.test(line.text);
  const target = signsNext ? a.start() : (draft ?? a.articles.at(-1) ?? null);
  if (!target) {
    // A credit before any story on the page: keep it in the report rather than guess its owner.
    a.roles.set(line.no, { role: 'orphan-credit', article: null });
    for (const p of is.credit.problems) a.problems.push({ line: line.no, code: p.code, text: p.text });
    a.problems.push({ line: line.no, code: 'orphan-credit', text: line.text });
    return;
  }
  // A note under the headline (`（文中当事人均为化名）`) may stand over the byline: the story's text is still to come.
  const underNote = target.phase === 'body' && target.bylines.length === 0 && target.fragments.length > 0 &&
    a.kindAt(i + 1) === 'text' && target.fragments.every((fragment) => isNoteAlone(fragment.text));
  if (target.phase === 'head' || underNote) {
    target.bylines.push(line.text);
    target.signedApart = true;
  }
  addCredit(target, line.no, is.credit, line.text);
  a.mark(line, 'credit', target);
  // A picture's credit between a bylined story's paragraphs, its caption left out by the extraction (`…破获。` /
  // `通讯员 何川 摄` / `目前，相关案件…`): the story goes on under it. Read as its closing credit, it had ended the story,
  // and the text under it made a headless article.
  const storyGoesOn = photo && target.phase === 'body' && target.bylines.length > 0 && a.column === null && a.kindAt(i + 1) === 'text';
  // A work's credit with no text under it (a calligraphy's, `李德厚 作`) ends its piece, as a closing credit does.
  target.phase = (target.phase === 'head' && !(is.work && a.kindAt(i + 1) !== 'text')) || underNote || storyGoesOn ? 'body' : 'closed';
}

/**
 * A brief, a title over one short paragraph and no byline, closed by its writer's unit and name in brackets at the
 * paragraph's end (`…发放宣传资料2000余份。(清江镇 刘 敏)`, a 镇街动态 page's form): that note is its credit. In a
 * longer piece the same note names whom a quotation or an answer is by, and credits nobody (datelines.ts).
 */
export function creditBriefsClosingNote(draft: ArticleDraft, settings: PaperSettings): void {
  const only = draft.fragments[0];
  if (!draft.head.length || draft.fragments.length !== 1 || only!.subhead || draft.credits.length || draft.bylines.length || hasVisibleLength(only!.text, BRIEF_LENGTH + 1)) return;
  const closed = closingCredit(only!.text, settings, true);
  if (!closed?.credit) return;
  only!.text = closed.text;
  addCredit(draft, only!.lines.at(-1)!, closed.credit.credit, closed.credit.printed);
}
/** The most characters of a brief's one paragraph. */
const BRIEF_LENGTH = 300;
