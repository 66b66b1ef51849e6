// Lines that stand apart in a page's text, told from their neighbours: a letter's salutation, a table's header and its
// rows (rows of words too, read as slogans on their own), a quotation's speaker, a box's fields. Each has a title's or
// a slogan's shape; the assembler (assemble.ts) reads it as a line of the text that no other joins (`alone`).
import { opensStory, type PlacedLine } from './line-kinds.ts';
import { isNameList } from './credit-words.ts';
import { isDataRow, isLabelledNames, isOfficeHolder, isPersonRow, isResultRow, isTableRow, isUnitName, isUnitRow, LABEL_AND_VALUE, ROSTER_HEADING, ROWS_HEADER, splitCells, SUBTITLE_DASH } from './line-shapes.ts';
import type { PaperSettings } from './settings.ts';
import { isSalutation, writersOfUnit } from './title-lines.ts';
import { endsSentence, endsWithColon } from './text.ts';

/**
 * Whether a line with a title's or a slogan's shape stands apart in the text, a line of it (`alone`): a salutation, a
 * table's header, row or rows of words, a quotation's speaker, a box's field. Asked of those lines only: most are a
 * paragraph's.
 */
export const standsApart = (lines: PlacedLine[], i: number, above: PlacedLine | undefined, settings: PaperSettings): boolean => {
  const line = lines[i]!;
  return isSalutation(lines, i, settings) || isTableHeader(line, lines[i + 1]) || isRowOfWords(lines, i) || isAttribution(line, lines[i - 1]) ||
    isFieldOfBox(line, above, lines[i + 1]) || isBetweenRows(line, above, lines[i + 1]) || isAmongResults(lines, i) || isInList(lines, i) || isInRoster(lines, i) || isClosingField(line, lines[i - 1], lines[i + 1]) || headsGroup(lines, i);
};

/**
 * A field that closes a story's text (`坐诊时间：每周二、周四上午`, `优秀指导教师：刘明 陈芳 黄伟`): a service's time, place
 * or number, or people named under a label, right after the story's last sentence. It has a title's shape, and was
 * the next story's kicker or headline; a headline with a colon (`荣昌：卤鹅产业产值突破百亿`) names neither.
 */
function isClosingField(line: PlacedLine, above: PlacedLine | undefined, below: PlacedLine | undefined): boolean {
  if (line.is.kind !== 'title' || (above?.is.kind !== 'text' && above?.is.kind !== 'dateline') || !endsSentence(above.text) || opensStory(below)) return false;
  const field = /^\s*(\p{Script=Han}{2,8})[：:]/u.exec(line.text);
  return field !== null && (SERVICE_LABEL.test(field[1]!) || isLabelledNames(line.text));
}
/** A service's contact or its hours; `中考时间：…`, `出行方式：…` may be a headline's words. */
const SERVICE_LABEL = /(?:电话|热线|地址|网址|邮箱|(?:坐诊|门诊|开放|办公|营业|咨询|报名|服务)时间)$/u;

/**
 * A prize list's or a ranking's line: a prize's name (`一等奖（3项）`), a work's title and its makers (`《基于物联网的智能鱼缸》
 * 张子涵（县实验中学）`: a name after the title, then a space or a bracket; a headline or a lead that opens with a title
 * goes on in words, `《条例》6月1日起施行`, `《方案》明确，…`), a place and its score (`第一名 荣昌中学 386分`).
 */
const LIST_ROW = /^\s*(?:第[一二三四五六七八九十0-9０-９]{1,3}名|[特一二三四五六]等奖|[金银铜]奖|优秀奖|优胜奖|《[^》]{2,40}》\s*\p{Script=Han}{1,4}(?:\s|[（(]))/u;
const isListRow = (line: PlacedLine | undefined) => line !== undefined && (line.is.kind === 'title' || line.is.kind === 'text' || line.is.kind === 'subhead' || (line.is.kind === 'furniture' && line.is.reason === 'banner')) &&
  (LIST_ROW.test(line.text) || isResultRow(line.text));

/**
 * One of two rows or more of a list (LIST_ROW) one under another, or the line that introduces them, ending in a colon
 * (`获奖名单如下：`, `团体总分前三名：`): lines of the story they close, though each has a title's shape. A kicker ending
 * in a colon stands over a headline, which no list's rows make.
 */
function isInList(lines: PlacedLine[], i: number): boolean {
  const line = lines[i]!;
  if (isListRow(line)) return isListRow(lines[i - 1]) || isListRow(lines[i + 1]) || introducesList(lines, i - 1);
  return introducesList(lines, i);
}
const introducesList = (lines: PlacedLine[], i: number) =>
  endsWithColon(lines[i]?.text ?? '') && (rowsAt(lines, i + 1) || (isGroupHeading(lines[i + 1]) && rowsAt(lines, i + 2)));
const rowsAt = (lines: PlacedLine[], i: number) => isListRow(lines[i]) && isListRow(lines[i + 1]);

/** A group's heading in a table of results or a list of winners (`高中组`, `男子组`, `女子甲组`). */
const GROUP_HEADING = /^\p{Script=Han}{1,6}组$/u;
const isGroupHeading = (line: PlacedLine | undefined) => line?.is.kind === 'title' && line.text.trimEnd().endsWith('组') && GROUP_HEADING.test(line.text.trim());

/**
 * A group's heading over its rows, under the table's title, the clause that introduces the table or the rows of the
 * group before (`团体总分前三名如下：` / `高中组` / `第一名 荣昌中学 386分`, `全程马拉松前三名` / `男子组` / `1 基普罗普 2:15:32`): a
 * line of the table. Read as a title, it had headed the rest of the story as an article of its own.
 */
function headsGroup(lines: PlacedLine[], i: number): boolean {
  const [above, below] = [lines[i - 1], lines[i + 1]];
  if (!isGroupHeading(lines[i]) || !(below?.is.kind === 'text' || isListRow(below)) || above === undefined) return false;
  return isListRow(above) || endsWithColon(above.text) || ROWS_HEADER.test(above.text.trim());
}

/**
 * A line of a commendation's or an official list (a unit's name alone, units spaced on a row, a person's row, an
 * office's one holder, a line of names) in a run of three such lines or more, or under the list's heading
 * (`一、先进集体（20个）`, `…名单`, `（按姓氏笔画为序）`): a line of the list. Alone, each shape may be a kicker or a
 * headline (`区人民医院 区中医院`, `小茶园 变身致富园`, `陈刚 昌元街道社区民警`, `村党支部书记：罗文斌`).
 */
function isInRoster(lines: PlacedLine[], i: number): boolean {
  // A headline over its story's dateline or byline ends a list, whatever its shape (`…数据中心` after units' names).
  const listsAt = (k: number) => isRosterLine(lines[k]) && !opensStory(lines[k + 1]);
  // The clause that introduces two of its lines or more (`一等奖获奖名单如下：`) is the list's too.
  if (!listsAt(i)) return endsWithColon(lines[i]!.text) && listsAt(i + 1) && listsAt(i + 2);
  let first = i;
  while (listsAt(first - 1)) first--;
  let last = i;
  while (listsAt(last + 1)) last++;
  return last - first >= 2 || ROSTER_HEADING.test(lines[first - 1]?.text ?? '');
}
const isRosterLine = (line: PlacedLine | undefined): boolean => {
  if (line === undefined || !(line.is.kind === 'title' || line.is.kind === 'text' || (line.is.kind === 'furniture' && line.is.reason === 'banner'))) return false;
  const text = line.text.trim();
  // Every title is asked: one with no space, colon, bracket or 、 can only be a unit's name.
  if (!ROSTER_SIGN.test(text)) return isUnitName(text);
  // A person after their school and class or their unit (`荣昌中学高二（3）班 李明`), as a list of winners names them.
  return isUnitName(text) || isUnitRow(text) || isPersonRow(text) || isOfficeHolder(text) || isNameList(text) || writersOfUnit(text) !== null;
};
const ROSTER_SIGN = /[\s:：)）、]/u;

/**
 * Who said the quotation above (`“…突破100万元。”` / `——县人大代表、清江镇双龙村党委书记 张德明`): a dash's line under a
 * quotation is its speaker, a line of the text; under a headline, the same shape is a subtitle.
 */
const isAttribution = (line: PlacedLine, above: PlacedLine | undefined) =>
  line.is.kind === 'title' && above?.is.kind === 'text' && SUBTITLE_DASH.test(line.text) && /[”」』]\s*$/u.test(above.text);

/**
 * A label and its value under another field of a box (`本报民生热线：023-46722345` / `微信公众号：荣昌发布`): the box's
 * line, though it has a title's shape; the title after the box heads the next story.
 */
const isFieldOfBox = (line: PlacedLine, above: PlacedLine | undefined, below: PlacedLine | undefined) =>
  line.is.kind === 'title' && above?.is.kind === 'text' && above.is.alone === true && LABEL_AND_VALUE.test(line.text) && !opensStory(below);

/** An event and its result, or a label and its figure (`男子初中组100米:张浩然(县一中)12秒05`, `参赛人数:1200人`). */
const LABEL_AND_FIGURE = /^[\p{Script=Han}0-9０-９]{2,16}[：:]\s*\S*?[0-9０-９]/u;

/**
 * One of two lines or more of a label and its figure one under another (a box of results, `首日比赛结果` / `男子初中组
 * 100米:…12秒05` / `女子初中组100米:…13秒21`): rows of the box, though each has a title's shape; two headlines are
 * never printed so.
 */
const isAmongResults = (lines: PlacedLine[], i: number) =>
  LABEL_AND_FIGURE.test(lines[i]!.text) && [lines[i - 1], lines[i + 1]].some((near) => near !== undefined && near.is.kind !== 'dateline' && LABEL_AND_FIGURE.test(near.text));

/**
 * A title-shaped line between two rows of a table (`4月20日—22日 全国陶艺创作大赛`): a row with fewer cells; between two
 * results' rows, the next event's name (`女子50米蛙泳`).
 */
const isBetweenRows = (line: PlacedLine, above: PlacedLine | undefined, below: PlacedLine | undefined) =>
  line.is.kind === 'title' && above?.is.kind === 'text' && above.is.alone === true &&
  ((below?.is.kind === 'text' && below.is.alone === true && isTableRow(above.text) && isTableRow(below.text)) || (isResultRow(above.text) && isListRow(below)));

/**
 * A table's header over its first row (`名次 球队 胜 平 负 积分`, `序号 姓名 所在单位`, `日期 药店 地址 电话` over a rota's
 * row): short cells parted by spaces, with
 * a title's or a slogan's shape, but a line of the table.
 */
function isTableHeader(line: PlacedLine, next: PlacedLine | undefined): boolean {
  if ((line.is.kind !== 'title' && !(line.is.kind === 'furniture' && line.is.reason === 'banner')) || !((next?.is.kind === 'text' && (isTableRow(next.text) || isDataRow(next.text))) || ((next?.is.kind === 'title' || next?.is.kind === 'text') && isResultRow(next.text)))) return false;
  const cells = splitCells(line.text);
  return cells.length >= 3 && cells.every((cell) => cell.length <= 8);
}

/**
 * Rows of words in a story (`周一上午 心内科 王红 主任医师` / `周二全天 骨科 李强 主任医师`): two lines or more of a slogan's
 * shape with as many words each, right after the story's text or its title. A slogan stands alone, or between stories.
 */
function isRowOfWords(lines: PlacedLine[], i: number): boolean {
  const count = words(lines[i]);
  if (!count) return false;
  let first = i;
  while (words(lines[first - 1]) === count) first--;
  let last = i;
  while (words(lines[last + 1]) === count) last++;
  const before = lines[first - 1]?.is.kind;
  return last > first && (before === 'text' || before === 'dateline' || before === 'title');
}

/** How many words a line read as a slogan holds; 0 for another line. */
const words = (line: PlacedLine | undefined) => (line?.is.kind === 'furniture' && line.is.reason === 'banner' ? line.text.trim().split(/[\s\u3000]+/u).length : 0);
