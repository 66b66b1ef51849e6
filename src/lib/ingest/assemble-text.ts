// Stage 5, a line of text or a subhead (assemble.ts): a story's paragraph, or what opens a story of its own (a
// brief, an editor's note over its headline), or a caption's wrapped words.
import { addCredit, endsInPhotoCredit, isCreditedPicture, wordsSharedWithStory, type ArticleDraft } from './article-drafts.ts';
import { isDateAlone } from './dates.ts';
import type { LineKind, PlacedLine } from './line-kinds.ts';
import { isLabelOverTitles, SUBHEAD_MARK_AT } from './line-shapes.ts';
import type { PageAssembler } from './page-assembler.ts';
import { captionBetweenHalves, closesWithEditorsNote, EDITORS_LABEL, EDITORS_NOTE, isOneSentence, marksNextBrief, NUMBERED_PICTURE, PLACED_IN_PICTURE } from './story-breaks.ts';
import { asks, bigrams, charactersOf, endsSentence, hasVisibleLength } from './text.ts';
import { isDatedNote, isPhotoCredit } from './title-lines.ts';


/**
 * Whether a caption speaks of what a story does: two in five of its words (pairs of Han characters; a date's digits
 * say nothing of a subject) are the story's.
 */
function picturesStory(caption: string, draft: ArticleDraft): boolean {
  const words = [...bigrams(caption)].filter((pair) => HAN_PAIR.test(charactersOf(pair)));
  return words.length > 0 && wordsSharedWithStory(new Set(words), draft) * 5 >= words.length * 2;
}
const HAN_PAIR = /^\p{Script=Han}{2}$/u;

export function assembleText(a: PageAssembler, i: number, line: PlacedLine, is: Extract<LineKind, { kind: 'text' | 'subhead' }>): number {
  const draft = a.current;
  // A brief's title run onto its lead heads a story of its own, as a headline run onto a dateline does.
  if (is.kind === 'text' && is.headline) {
    a.startWithHeadline(line, is.headline);
    const brief = a.articles.at(-1)!;
    a.addFragment(brief, line, is.text);
    if (is.credit) {
      addCredit(brief, line.no, is.credit.credit, is.credit.printed);
      brief.phase = 'closed';
    }
    return i;
  }
  // A caption wrapped by the extraction goes on in the next line of its block, until it ends a sentence.
  const wrapped = line.gapBefore === 0 ? a.captions.get(line.no - 1) : undefined;
  // A caption ends at its photographer's credit too (`…作业。 通讯员 王海 摄`), and an indented line starts a paragraph.
  if (is.kind === 'text' && wrapped && !endsSentence(wrapped.text) && !endsInPhotoCredit(wrapped.text) && !line.indented) {
    a.wrapCaption(line, wrapped, is.text);
    return i;
  }
  // A column's tag over a headline and its byline (`【聚焦两会】`) heads that story: its kicker. So does a part's
  // label over a piece of its own, titled and signed (`短评` / `别让指尖形式主义加重基层负担` / `晓 言`).
  if (is.kind === 'subhead' && isLabelOverTitles(line.text) && a.kindAt(i + 1) === 'title') {
    const run = a.titleRunEndsInByline(i + 1);
    if (run > 0) {
      i = a.startWithTitles(i, run + 1);
      return i;
    }
  }
  // A date alone where no story is open is the page's own (a running head's date), not a story of one line.
  if (is.kind === 'text' && (!draft || draft.phase === 'closed') && isDateAlone(line.text)) {
    a.roles.set(line.no, { role: 'furniture', article: null, reason: 'date' });
    return i;
  }
  // An editor's note over a headline and its byline (`编者按：…` opening a new column's first story) is that
  // story's first paragraph: it was a story of its own, titled 编者按, or the last paragraph of the story above.
  // Under a title of its own (the column's, `学习贯彻全国两会精神`), it is that title's text.
  const titled = draft?.phase === 'head' && draft.head.length > 0 && draft.fragments.length === 0;
  // The same note under its label alone (`编者按` / a paragraph or a few / headline / byline): label and note both.
  const noteEnd = is.kind === 'subhead' && !titled && EDITORS_LABEL.test(line.text) ? a.textRunEnd(i + 1) : i;
  if (noteEnd > i + 1 && noteEnd <= i + 4 && a.kindAt(noteEnd) === 'title') {
    const run = a.titleRunEndsInByline(noteEnd);
    if (run > 0) {
      const note = a.flow.slice(i + 1, noteEnd);
      i = a.startWithTitles(noteEnd, run);
      const story = a.articles.at(-1)!;
      a.addFragment(story, line, line.text, true);
      for (const paragraph of note) a.addFragment(story, paragraph, paragraph.is.kind === 'text' ? paragraph.is.text : paragraph.text);
      story.phase = 'head';
      return i;
    }
  }
  // So is one over a part's label and the titled, signed piece under it (`编者按：…` / `短评` / headline / `晓 言`).
  const labelled = a.kindAt(i + 1) === 'subhead' && isLabelOverTitles(a.flow[i + 1]!.text) && a.kindAt(i + 2) === 'title' ? 1 : 0;
  if (is.kind === 'text' && !titled && a.kindAt(i + 1 + labelled) === 'title' && EDITORS_NOTE.test(is.text)) {
    const run = a.titleRunEndsInByline(i + 1 + labelled);
    if (run > 0) {
      i = a.startWithTitles(i + 1, run + labelled);
      const story = a.articles.at(-1)!;
      a.addFragment(story, line, is.text);
      story.phase = 'head';
      return i;
    }
  }
  // A picture's number before its caption (`①5月8日，工人正在绩麻。`) in a photo story, whose byline names its
  // photographer (`融媒体记者 张 雪 摄影报道`): its caption, as `图①：…` is.
  if (is.kind === 'text' && draft && draft.phase === 'body' && draft.people.photographers.length > 0 && NUMBERED_PICTURE.test(is.text)) {
    a.addCaption(draft, line);
    return i;
  }
  // A picture's caption over a credit that names its photographer (`…摄`, `文/图`), each a block of its own: under a
  // story's text, when it says in one sentence who stands where in the picture (`刘德明（右）在养殖场查看生猪生长情况。`;
  // a paragraph goes on to the picture in a sentence of its own: `去年，王芳被评为…。颁奖现场，王芳（左）…`); after a story
  // that has jumped to another page, when it speaks of what the story does (a picture of something else there is an
  // item of its own).
  const next = a.flow[i + 1];
  if (is.kind === 'text' && draft?.phase === 'body' && next?.is.kind === 'credit' && next.is.credit.photographers.length > 0 && endsSentence(is.text) && !hasVisibleLength(is.text, 81) &&
    ((PLACED_IN_PICTURE.test(is.text) && isOneSentence(is.text)) || (draft.continuesTo !== null && picturesStory(is.text, draft)))) {
    a.addCaption(draft, line);
    return i;
  }
  // A column's name over a question that titles its piece, over the piece's first part (`以案说法` / `借钱给朋友未写借条
  // 钱还能要回来吗？` / `【案情】`): the question is the piece's headline, not its first paragraph.
  if (is.kind === 'text' && draft?.phase === 'head' && draft.head.length === 1 && draft.fragments.length === 0 && next?.is.kind === 'subhead' && asks(is.text) && !hasVisibleLength(is.text, 33)) {
    draft.head.push(line);
    draft.lines.push(line.no);
    return i;
  }
  // Under `图片新闻`, a picture's caption over its photographer's credit on the next line is an item of the column, as a
  // caption that ends in its credit is: the next picture's caption had been read as the first's text.
  if (is.kind === 'text' && captionBetweenHalves(draft, line, next)) {
    a.addCaption(draft!, line);
    return i;
  }
  // Anywhere, a caption over its credit after a picture, a story of captions only, is the next picture's: it had become
  // the first one's text, its photographer that one's second.
  const overCredit = is.kind === 'text' && next?.is.kind === 'credit' && isPhotoCredit(next.is.credit) && endsSentence(is.text);
  const afterPicture = draft !== null && draft.phase !== 'head' && draft.fragments.length === 0 && isCreditedPicture(draft);
  if (overCredit && (a.column === 'pictures' || afterPicture)) {
    a.addCaption(a.start(), line);
    return i;
  }
  // Briefs each opened by a marked title (`■区图书馆举办读书分享会` / lead / `■县医院开展义诊` / lead): the next
  // marked line opens the next brief, not a subhead of the one before, which has no headline of its own. A story
  // that has jumped to another page (`…（下转A04版）`) goes on there, not in the text after it on this page.
  // An editor's note after the story's closing credit (`编后`) is still the story's; so is a note on who made a work,
  // after the work's credit (`书法作品:《沁园春·雪》 刘志强` / `作者简介:刘志强,…`).
  const afterword = is.kind === 'subhead' ? closesWithEditorsNote(draft, line, next) : draft?.phase === 'closed' && MAKERS_BIO.test(is.text);
  const open = draft && (draft.phase !== 'closed' || afterword) && draft.continuesTo === null;
  // Under a column's label, a bulleted brief (`●近日，…`) after another is the next brief, credited or not.
  const nextBrief = open && is.kind === 'text' && draft.brief && draft.head.length === 0 && draft.fragments.length > 0 && SUBHEAD_MARK_AT.test(is.text) && SUBHEAD_MARK_AT.test(draft.fragments[0]!.text);
  const target = open && !nextBrief && !(is.kind === 'subhead' && (marksNextBrief(draft, line) || advisesApart(a, i, draft))) ? draft : a.start();
  if (is.kind === 'text') {
    const beforeByline = target.phase === 'head' && target.head.length > 0 && (EDITORS_NOTE.test(is.text) || isDatedNote(line));
    a.addFragment(target, line, is.text);
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
  } else a.addFragment(target, line, line.text, true);
  return i;
}
/** A note on who made a work (`作者简介:刘志强,重庆市书法家协会会员。`). */
const MAKERS_BIO = /^\s*(?:作者|书家|画家|摄影者)简介[：:]/u;

/**
 * An advice box's label after a story (`温馨提示` / `春季是流感等呼吸道传染病高发季节，区疾控中心提醒…`) over advice on
 * another subject than the story's: a box of its own, headed by its label, not the story's last part. Advice on the
 * story's subject (a fire safety tip under a fire's story) shares its words and stays the story's.
 */
function advisesApart(a: PageAssembler, i: number, draft: ArticleDraft): boolean {
  if (!ADVICE_LABEL.test(a.flow[i]!.text.trim()) || a.kindAt(i + 1) !== 'text') return false;
  const advice = a.flow.slice(i + 1, a.textRunEnd(i + 1)).map((line) => line.text).join('');
  return wordsSharedWithStory(bigrams(advice), draft) < ADVICE_SHARED_WORDS;
}
const ADVICE_LABEL = /^(?:温馨提示|小贴士|温馨提醒)[：:]?$/u;
/** Character pairs advice shares with the story it belongs to, at least. */
const ADVICE_SHARED_WORDS = 2;
