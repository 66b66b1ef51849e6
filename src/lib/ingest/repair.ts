// Stage 6: paragraphs torn by column and page breaks (`…客观分析当前` / `荣昌民营经济发展…`) are joined back,
// without a space, as Chinese is written; a paragraph that ends a sentence keeps its end.
import type { Fragment } from './article-drafts.ts';
import { isNameList, looksLikeName } from './credit-words.ts';
import { isDateAlone } from './dates.ts';
import { endsWithoutStop, isDataRow, isNoteAlone, isRosterRow, LABEL_AND_VALUE } from './line-shapes.ts';
import { codeUnits, endsSentence, hasVisibleLength } from './text.ts';

export interface Paragraph {
  text: string;
  subhead: boolean;
  /** A poem's stanza (verse.ts), which no other fragment joins; its verses are parted by `\n` in its text. */
  verse: boolean;
  /** A line that stands apart in print (a table's row, a salutation), which no other fragment joins. */
  alone: boolean;
  /** Source lines the paragraph was joined from. */
  lines: number[];
}

/**
 * A line that is only an ellipsis (`……`): printed as a paragraph of its own, for the items a list leaves out. A stop
 * alone is no ellipsis but its sentence's last character, hung in the margin or wrapped onto a line of its own.
 */
const ELISION = /^(?![.。]$)[…⋯.。·]+$/u;

/**
 * Whether a fragment continues the paragraph before it: the paragraph ends no sentence nor anything that ends without
 * one (a notice's date, a telephone number, a note, a signature: line-shapes.ts), and neither is a line of names (a
 * list of those honoured, which a column break never tears in the middle), nor the next an ellipsis, a note alone,
 * an interview's turn, a date or a bulleted item, nor the paragraph a short label and its value (a speaker's turn or
 * words after 提醒： and the like are no field), nor are both a
 * notice's fields or its numbered clauses, nor the next a list's item after a colon or a semicolon (numbered, or of a
 * few words), or a reference's entry (`[2]…`). A clause that ends in `;` may or may not end a printed
 * paragraph (the sample has both), so it is joined, as before, unless a list's item follows. A line that stands
 * apart (a table's row, a box's figure, a salutation) was marked so when it was read, and joins nothing; nor does a
 * listing's or a prize list's row (isDataRow, isRosterRow), which never ends a sentence. Nor are a list's
 * appointments joined, under the clause that introduces them or after the one before, ended in `；` (isAppointment),
 * nor a decision's text to its addressees (isAddressees). On a page that marks its paragraphs by an indent, a line
 * that wraps the one above (Fragment.wraps) goes on its paragraph whatever that line ends in.
 */
const continuesParagraph = (before: string, next: string, wraps = false) =>
  (wraps || (!endsSentence(before) && !endsWithoutStop(before) && !areBoxLines(before, next))) && !isNoteAlone(next) && !isNameList(before) && !isNameList(next) && !ELISION.test(next.trim()) && !startsTurn(next) &&
  !isDateAlone(next) && !(FIELD.test(before) && FIELD.test(next)) && !(introducesList(before) && (LIST_ITEM.test(next) || BARE_ITEM.test(next))) &&
  !(NUMBERED_CLAUSE.test(before) && NUMBERED_CLAUSE.test(next)) &&
  !BULLETS.has(next.charCodeAt(0)) && !(/^\s/u.test(next) && BULLETS.has(next.trimStart().charCodeAt(0))) && !REFERENCE.test(next) &&
  !(before.length <= 24 && LABEL_AND_VALUE.test(before) && !startsTurn(before) && !SAYS.test(before)) && !isDataRow(before) && !isDataRow(next) && !isRosterRow(before) && !isRosterRow(next) &&
  !isAddressees(before) && !(introducesList(before) && isAppointment(next) && (isAppointment(before) || COLON.has(before.charCodeAt(before.length - 1))));

/**
 * Two short lines with no mark of a sentence in either (`3862件` / `为消费者挽回经济损失`, `一般公共预算收入增长5%` /
 * `城镇调查失业率控制在5.5%以内`): a box's figures and labels, each a line of its own, which joined ran into one
 * nonsense line. A column break tears prose, whose halves are seldom both so short with neither a comma nor a stop.
 */
const areBoxLines = (before: string, next: string) =>
  !hasVisibleLength(before, BOX_LINE_LENGTH + 1) && !hasVisibleLength(next, BOX_LINE_LENGTH + 1) && !CLAUSE_MARK.test(before) && !CLAUSE_MARK.test(next);
const BOX_LINE_LENGTH = 16;
const CLAUSE_MARK = /[，,、；;：:。！？!?“”]/u;

/** A bullet before a list's item (`◆ 驾驶电动自行车请佩戴安全头盔；`): each item is a line of its own. */
const BULLETS = codeUnits('■▲◆●★☆◇◎•▶►');
/** The last characters of a clause that introduces a list (`…包括：`) or ends one of its items (`…外墙保温；`). */
const INTRODUCES = codeUnits('：:；;');
const introducesList = (text: string) => INTRODUCES.has(text.charCodeAt(text.length - 1));
/**
 * A list's item of a few words and nothing else (`检查车辆状况`, `不酒后驾车`), a block each after the clause that
 * introduces them (`…出行前要做好以下准备：`): a line of its own. Joined, the items ran into one nonsense word
 * (`检查车辆状况合理规划路线…`); the halves of a paragraph torn by a column break are seldom both so short.
 */
const BARE_ITEM = /^\s*\p{Script=Han}{2,12}\s*$/u;
/**
 * A list's item (`1.屋面防水；`, `（2）…`, `三、…`, `①…`, `❷…`): after a clause that introduces it or ends the item
 * before, a line of its own.
 */
const LIST_ITEM = /^\s*(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[\u2460-\u2473\u2776-\u277f])/u;

/**
 * Whom a decision or a notice is sent to, over its text (`各镇党委、人民政府，各街道党工委、办事处，…各人民团体：`): a
 * salutation, however long, a line of its own. Two addressees at least, each a few words, the last a body: a
 * sentence that introduces a list (`各镇街、各部门、各学校要高度重视，切实做到：`) ends in what it asks.
 */
function isAddressees(text: string): boolean {
  if (text.charCodeAt(0) !== GE || !ADDRESSEES.test(text)) return false;
  const addressees = text.slice(0, -1).split(/[、，,]/u);
  // The last may name a second body in brackets (`县级各部门党组(党委)`).
  return addressees.length >= 2 && addressees.every((addressee) => addressee.length >= 2 && addressee.length <= 12) && ADDRESSEE.test(addressees.at(-1)!.replace(/[（(]\p{Script=Han}{1,6}[)）]$/u, ''));
}
const GE = '各'.charCodeAt(0);
const ADDRESSEES = /^各[\p{Script=Han}、，,（）()]{4,120}[：:]$/u;
/** The last of a decision's or a notice's addressees: bodies or people of a kind (`各人民团体`, `区级各部门`, `广大适龄青年`). */
const ADDRESSEE = /(?:部门|团体|单位|办事处|政府|党委|党工委|党组|委员会|部委|机关|企业|学校|街道|镇街|中心|协会|组织|青年|群众|居民|市民|村民|家长|同学|同志|朋友|党员|职工|干部)$/u;

/**
 * An appointment or a removal of a list of them (`周建国为重庆市荣昌区发展和改革委员会主任；`, `赵敏、何建军为…委员;`,
 * `任命何小龙为…`, `免去张志军的…职务。`): a line of its own under the clause that introduces the list (`…选举:`) and
 * after the item before it, ended in `；`.
 */
function isAppointment(text: string): boolean {
  const item = APPOINTMENT.exec(text);
  return item !== null && POST_ENDS.test(text) && item[1]!.split('、').every((name) => looksLikeName(name.replace(/[ \u3000]|[（(]女[)）]$/gu, '')));
}
// A woman's name marked so, as older lists print it (`王秀兰(女)`).
const APPOINTED = '(?:\\p{Script=Han}{2,4}?|\\p{Script=Han}[ \\u3000]\\p{Script=Han})(?:[（(]女[)）])?';
// `周伟为了…`, `为此`: no appointment.
const APPOINTMENT = new RegExp(`^\\s*(?:任命|免去|聘任|选举|决定任命)?\\s*(${APPOINTED}(?:、${APPOINTED})*)(?:为(?![了此何])|的)\\p{Script=Han}`, 'u');
/** An appointment ends in the post (`…副主任；`, `…审判员。`, `…职务。`), maybe with its term (`（试用期一年）`). */
const POST_ENDS = /(?:长|主任|委员|书记|主席|员|师|督学|职务|成员|代表|经理|干部)(?:[（(][^（）()]{1,12}[)）])?[；;。.]?\s*$/u;
const COLON = codeUnits('：:');

/** A clause numbered as a notice numbers them (`三、建设地点：…`): the next so numbered is a clause of its own, whatever this one ends in. */
const NUMBERED_CLAUSE = /^\s*[一二三四五六七八九十]{1,3}、/u;

/** A reference's entry under `参考文献：` (`[1]习近平.…求是,2024(11).`): each a line of its own. */
const REFERENCE = /^\s*[[［【][0-9０-９]{1,3}[\]］】]/u;

/** A field of a notice (`地址：…`, `联系电话：…`): one under another, each is a line of its own, ended or not. */
const FIELD = /^\s*\p{Script=Han}{2,6}[：:]/u;

/**
 * A speaker's words after a colon (`警方提醒：市民停放电动车时…`, `他表示：…`): prose, which a column break tears as it
 * tears any paragraph, where a field's label names a thing (`地址：…`, `联系人：…`) and its value ends the line.
 */
const SAYS = /^\s*\p{Script=Han}{0,8}(?:提醒|提示|建议|表示|认为|介绍|指出|强调|坦言|感慨|告诉记者|说)[：:]/u;

/** A turn of an interview (`问：`, `答：`, `记者：`, `陈刚：`): the question before it may end without a question mark. */
function startsTurn(text: string): boolean {
  const speaker = /^\s*(\p{Script=Han}{1,4})[：:]/u.exec(text)?.[1];
  return speaker !== undefined && (/^(?:问|答|记者|主持人)$/u.test(speaker) || looksLikeName(speaker));
}

export function joinColumnBreaks(fragments: Fragment[]): { paragraphs: Paragraph[]; joins: number } {
  const paragraphs: Paragraph[] = [];
  let joins = 0;
  // The items of a few words under the clause that introduced them (BARE_ITEM): each a line, the last one too.
  const items = new Set<Paragraph>();
  for (const fragment of fragments) {
    const last = paragraphs.at(-1);
    if (last && !last.subhead && !fragment.subhead && !last.verse && !fragment.verse && !last.alone && !fragment.alone && !items.has(last) && continuesParagraph(last.text, fragment.text, fragment.wraps)) {
      last.text += fragment.text;
      last.lines.push(...fragment.lines);
      joins++;
    } else {
      const paragraph = { text: fragment.text, subhead: fragment.subhead, lines: [...fragment.lines], verse: fragment.verse === true, alone: fragment.alone === true };
      if (last && (items.has(last) || introducesList(last.text)) && BARE_ITEM.test(fragment.text)) items.add(paragraph);
      paragraphs.push(paragraph);
    }
  }
  return { paragraphs, joins };
}
