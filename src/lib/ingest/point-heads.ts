// The heads inside a piece, told by the run they make on the page: a report's points, each headed on a block of its
// own (`一是聚焦产业发展，让农民“钱袋子”鼓起来` … `二是…`), a health column's numbered questions (`①什么是支原体肺炎` …),
// a profile's quoted part titles, a round-up's speakers, an explainer's questions, a chronicle's dates, a glossary's
// terms and an infographic's parts: subheads of the piece. And the runs that are no heads: a bulleted list's items,
// a gallery's names under its pictures.
import type { PlacedLine } from './line-kinds.ts';
import { looksLikeName } from './credit-words.ts';
import { isPhotoCredit } from './title-lines.ts';
import { hasVisibleLength, opensWithWhen, SENTENCE_STOP } from './text.ts';

const POINTS = ['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是'];
const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];

/**
 * A point's head: a block of its own, short, with no sentence's stop and no clause left open at its end. A paragraph
 * torn by a column break may start `一是加强组织领导，成立` too; only the next point's head, in order, makes it one.
 */
const headsPoint = (lines: PlacedLine[], i: number, mark: string) => {
  const line = lines[i]!;
  const text = line.text.trim();
  return text.startsWith(mark) && text.length > mark.length && (line.is.kind === 'text' || line.is.kind === 'title' || line.is.kind === 'subhead') &&
    line.gapBefore > 0 && (lines[i + 1]?.gapBefore ?? 1) > 0 && !hasVisibleLength(text, 41) && !SENTENCE_STOP.test(text) && !/[，,、：:]$/u.test(text);
};

/**
 * A part's title of a profile, a word for what was done and the subject's words in quotation marks (`修路：“再难也要把路
 * 修通”`, `致富：“让乡亲们都过上好日子”`) or those words alone (`“家访是我的必修课”`), between the story's paragraphs: two
 * or more on a page are the story's subheads. One alone may be a headline of someone's words (`陈德贵：“我是党员”`), over
 * its own dateline. Read as titles, each had headed an article of its own.
 */
export function markQuotedPartTitles(lines: PlacedLine[]): void {
  const parts = lines.filter((line, i) => {
    if ((line.is.kind !== 'title' && line.is.kind !== 'text') || !line.text.includes('“')) return false;
    // After a paragraph, or a picture's caption or credit set among them.
    const above = lines[i - 1]?.is.kind;
    const between = (above === 'text' || above === 'caption' || above === 'credit') && lines[i + 1]?.is.kind === 'text';
    return between && QUOTED_PART_TITLE.test(line.text.trim());
  });
  if (parts.length >= 2) for (const line of parts) line.is = { kind: 'subhead' };
}
/**
 * `修路：“…”`, or the subject's words alone in quotation marks (`“家访是我的必修课”`) with no stop in them: a line of
 * dialogue ends its sentence inside its quotation marks.
 */
const QUOTED_PART_TITLE = /^(?:\p{Script=Han}{2,4}[：:]\s*“[^“”]{2,20}”|“[^“”。！？!?]{2,20}”)$/u;

/** Marks the heads of two points or more, in order, as subheads. */
export function markPointHeads(lines: PlacedLine[]): void {
  for (const marks of [POINTS, CIRCLED]) {
    // Asked of every line: most are turned away by their first character.
    const first = marks[0]![0]!;
    const start = lines.findIndex((line, i) => line.text.trimStart().startsWith(first) && headsPoint(lines, i, marks[0]!));
    if (start < 0) continue;
    const heads = [start];
    for (let i = start + 1; i < lines.length && heads.length < marks.length; i++) if (headsPoint(lines, i, marks[heads.length]!)) heads.push(i);
    if (heads.length >= 2) for (const i of heads) lines[i]!.is = { kind: 'subhead' };
  }
}

/**
 * A list's items, each under the same bullet or numbered alike on a line of its own with no text between them
 * (`●加快建设国家畜牧科技城` / `●推动成渝中部陶瓷产业集群发展` / …, `一、不轻信陌生来电` / `二、不透露个人信息` / …): lines
 * of the text, standing apart. A subhead heads text; read each as one, the list had been a run of subheads over
 * nothing.
 */
export function markBulletLists(lines: PlacedLine[]): void {
  for (const markOf of [bulletOf, numberingOf]) {
    for (let i = 0; i < lines.length; i++) {
      const mark = markOf(lines[i]!);
      if (mark === null) continue;
      let end = i + 1;
      while (end < lines.length && markOf(lines[end]!) === mark) end++;
      if (end - i >= 2) for (const line of lines.slice(i, end)) line.is = { kind: 'text', text: line.text, jumpTo: null, alone: true };
      i = end - 1;
    }
  }
}
/** The bullet a subhead starts with, or null. */
const bulletOf = (line: PlacedLine) => (line.is.kind === 'subhead' && BULLET_AT.test(line.text) ? line.text.trimStart()[0]! : null);
/** How a subhead is numbered (`一、`, `1.`), or null. */
const numberingOf = (line: PlacedLine) => (line.is.kind === 'subhead' ? (NUMBERED_AT.exec(line.text)?.slice(1).find(Boolean) ?? null) : null);
const NUMBERED_AT = /^\s*(?:[一二三四五六七八九十]{1,3}(、)|[0-9０-９]{1,2}([.．、]))/u;
const BULLET_AT = /^\s*[●◆★☆◇▲]/u;

/**
 * A delegate's or a member's title and name over their words (`区人大代表 王芳`, `市政协委员 周 涛`), maybe with their
 * post after it (`全国人大代表、区畜牧科学研究院院长 刘作华`).
 */
const SPEAKER = /^(\p{Script=Han}{0,8}(?:人大代表|政协委员|党代表)(?:[、，,]\p{Script=Han}{2,24})?)[\s\u3000]+(\p{Script=Han}(?:[\s\u3000]?\p{Script=Han}){1,3})$/u;
const isSpeaker = (line: PlacedLine | undefined) => {
  const speaker = (line?.is.kind === 'title' || line?.is.kind === 'credit') && (line.text.includes('代表') || line.text.includes('委员')) ? SPEAKER.exec(line.text.trim()) : null;
  return speaker !== null && looksLikeName(speaker[2]!.replace(/[\s\u3000]/gu, ''));
};
const headsSpeech = (lines: PlacedLine[], i: number) => isSpeaker(lines[i]) && (lines[i + 1]?.is.kind === 'text' || postOver(lines, i + 1));
/** The speaker's post on a line of its own between their name and their words (`昌元街道海棠社区党委书记`). */
const postOver = (lines: PlacedLine[], i: number) => lines[i]?.is.kind === 'title' && lines[i + 1]?.is.kind === 'text' && !hasVisibleLength(lines[i]!.text, 25);

/**
 * A round-up of delegates' words (`代表委员话发展` / `区人大代表 王芳` / … / `区政协委员 周涛` / …): each speaker, two or
 * more on a page, heads their words as a subhead of the piece, and so does a title of those words over them. Read as
 * titles, the first had been the piece's subtitle and each later one the headline of an article of its own.
 */
export function markSpeakerHeads(lines: PlacedLine[]): void {
  const heads: number[] = [];
  for (let i = 0; i < lines.length; i++) if (headsSpeech(lines, i)) heads.push(i);
  if (heads.length < 2) return;
  for (const i of heads) {
    lines[i]!.is = { kind: 'subhead' };
    if (postOver(lines, i + 1)) lines[i + 1]!.is = { kind: 'text', text: lines[i + 1]!.text, jumpTo: null, alone: true };
    // A title of their words over the speaker (`让社区有人办事` / `区人大代表 王芳`) is a subhead too, under the
    // piece's own title or the words before it.
    const title = lines[i - 1];
    const above = lines[i - 2]?.is.kind;
    if (title?.is.kind === 'title' && (above === 'title' || above === 'text' || above === 'subhead')) title.is = { kind: 'subhead' };
  }
}

/**
 * A gallery of delegates' portraits, each named under its picture (`代表委员风采` / `全国人大代表 刘作华` / `市人大代表
 * 陈晓红` / … / `(融媒体中心记者 郑光慧 摄)`): two speakers or more with no words under them, the last over a
 * photographer's credit, are the pictures' captions. Read as titles, the first two had been a headline and a
 * subtitle, and the rest the piece's text.
 */
export function markPortraitCaptions(lines: PlacedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!isSpeaker(lines[i])) continue;
    let end = i;
    while (isSpeaker(lines[end])) end++;
    const credit = lines[end]?.is;
    if (end - i >= 2 && credit?.kind === 'credit' && isPhotoCredit(credit.credit)) for (const line of lines.slice(i, end)) line.is = { kind: 'caption' };
    i = end;
  }
}

/** A question on a line of its own, as an interview or an explainer heads its parts (`哪些人容易过敏？`). */
const isQuestionTitle = (line: PlacedLine) => line.is.kind === 'title' && /[?？]$/u.test(line.text.trim()) && line.gapBefore > 0;

/**
 * An explainer's questions, each in a block of its own over its answer, after the piece's text (`…采访了…李敏。` /
 * `哪些人容易过敏？` / `李敏介绍，…` / `过敏了该怎么办？` / …): two or more in a run with no story's dateline or byline
 * between them are subheads of the piece. Read as headlines, each question had made an article of its own.
 */
export function markQuestionHeads(lines: PlacedLine[]): void {
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) for (const i of run) lines[i]!.is = { kind: 'subhead' };
    run = [];
  };
  lines.forEach((line, i) => {
    const kind = line.is.kind;
    if (kind === 'dateline' || kind === 'credit' || kind === 'jumpFrom' || kind === 'jumpTo') close();
    else if (isQuestionTitle(line) && lines[i + 1]?.is.kind === 'text' && (run.length > 0 || lines[i - 1]?.is.kind === 'text')) run.push(i);
    else if (kind === 'title') close();
  });
  close();
}

/** A chronicle's title (`荣昌区建区二十周年大事记`, `2023年大事记（下）`): its entries are headed by their dates. */
const CHRONICLE = /(?:大事记|大事年表|时间轴|纪事|记事)(?:[（(]\p{Script=Han}{1,4}[)）])?$/u;
/** An entry's date alone on its line (`2000年6月25日`, `2006年11月`, `2020年`, `6月25日`). */
const ENTRY_DATE = /^(?:(?:1[89]|20)[0-9]{2}\s*年(?:\s*[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?)?|[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?)$/u;
/** A glossary's title (`两会热词`, `名词解释`, `热词速览`): its entries are headed by their terms. */
const GLOSSARY = /(?:热词|新词|关键词|名词解释|热词速览|词典)$/u;
/** A glossary's term alone on its line (`新质生产力`, `“人工智能+”`): a few words, no clause. */
const TERM = /^[^，,。；;：:！？!?]{2,14}$/u;

/**
 * A chronicle's entries, each under its date on a line of its own (`荣昌区建区二十周年大事记` / `2000年6月25日` /
 * `国务院批准…` / `2006年11月` / …), and a glossary's, each under its term (`两会热词` / `新质生产力` / `报告提出，…`):
 * each date or term a subhead of the box, up to a story's dateline or credit, or a title that is none. Read as
 * titles, each had headed an article of its own, and the box's source credited only the last.
 */
export function markEntryHeads(lines: PlacedLine[]): void {
  lines.forEach((line, i) => {
    if (line.is.kind !== 'title') return;
    const title = line.text.trim();
    const entry = CHRONICLE.test(title) ? ENTRY_DATE : GLOSSARY.test(title) ? TERM : null;
    if (entry === null) return;
    for (let j = i + 1; j < lines.length; j++) {
      const head = lines[j]!;
      const kind = head.is.kind;
      // A glossary's term is a title; a chronicle's date may be read as text too. A title over a lead that opens with
      // when (`近日，…`) is the next story's, after the glossary.
      const under = lines[j + 1];
      const heads = (kind === 'title' || (kind === 'text' && entry === ENTRY_DATE)) && entry.test(head.text.trim()) && under?.is.kind === 'text' &&
        !(entry === TERM && opensWithWhen(under.is.text));
      if (heads) head.is = { kind: 'subhead' };
      else if (kind === 'dateline' || kind === 'credit' || kind === 'title' || kind === 'jumpFrom') return;
    }
  });
}

/** An infographic's label over its title (`一图读懂`, `图解`, `数说`): its parts are titled under it. */
const INFOGRAPHIC = /^(?:一图读懂|一图看懂|图解|图说|数说|数读|数据看板)$/u;

/**
 * An infographic's parts (`一图读懂` / `2024年荣昌区政府工作报告` / `2023年成绩单` / figures / `2024年重点任务` / items /
 * `制图:…`): after its first line of text, each title over text is a part's, a subhead, up to a dateline, a credit or
 * a title over another title. Read as headlines, each part had been an article of its own, the credit the last one's.
 */
export function markInfographicParts(lines: PlacedLine[]): void {
  lines.forEach((line, i) => {
    if (line.is.kind !== 'title' || !INFOGRAPHIC.test(line.text.trim())) return;
    const first = lines.findIndex((below, j) => j > i && below.is.kind !== 'title');
    if (first < 0 || lines[first]!.is.kind !== 'text') return;
    for (let j = first + 1; j < lines.length; j++) {
      const kind = lines[j]!.is.kind;
      if (kind === 'title' && lines[j + 1]?.is.kind === 'text') lines[j]!.is = { kind: 'subhead' };
      else if (kind !== 'text' && kind !== 'subhead' && kind !== 'caption') return;
    }
  });
}
