import { describe, expect, it } from 'vitest';
import { joinColumnBreaks } from '../../src/lib/ingest/repair.ts';

const f = (text: string, subhead = false, line = 1) => ({ text, lines: [line], subhead });

describe('joinColumnBreaks', () => {
  it('joins a line that wraps the one above on a page of indented paragraphs, whatever that line ends in, but no date alone', () => {
    const { paragraphs } = joinColumnBreaks([f('老人拿出2000元钱投进捐款箱。'), { ...f('他说:“我们能帮一点是一点。”'), wraps: true }, f('新段落。'), { ...f('二〇〇九年三月一日'), wraps: true }]);
    expect(paragraphs.map((p) => p.text)).toEqual(['老人拿出2000元钱投进捐款箱。他说:“我们能帮一点是一点。”', '新段落。', '二〇〇九年三月一日']);
  });
  it('joins a paragraph torn mid-word, without a space', () => {
    const { paragraphs, joins } = joinColumnBreaks([f('…客观分析当前'), f('荣昌民营经济发展面临的形势。')]);
    expect(paragraphs.map((p) => p.text)).toEqual(['…客观分析当前荣昌民营经济发展面临的形势。']);
    expect(joins).toBe(1);
  });
  it('joins a speaker’s turn or advice after a colon torn by a column break, but not a short field to the text after it', () => {
    const texts = (fragments: string[]) => joinColumnBreaks(fragments.map((text) => f(text))).paragraphs.map((p) => p.text);
    expect(texts(['警方提醒：市民停放电动车时应尽量停放在有监控的', '固定车棚内，加装防盗锁。'])).toEqual(['警方提醒：市民停放电动车时应尽量停放在有监控的固定车棚内，加装防盗锁。']);
    expect(texts(['唐建华：如果出现胸痛、胸闷，尤其是持续', '15分钟以上不缓解的胸痛，要立即拨打120。'])).toEqual(['唐建华：如果出现胸痛、胸闷，尤其是持续15分钟以上不缓解的胸痛，要立即拨打120。']);
    expect(texts(['地址：荣昌区昌元街道海棠大道88号', '欢迎广大市民前来参观。'])).toEqual(['地址：荣昌区昌元街道海棠大道88号', '欢迎广大市民前来参观。']);
  });
  it('keeps each item of a few words under the clause that introduces it a line, the last one too, and joins a torn paragraph after them', () => {
    const texts = (fragments: string[]) => joinColumnBreaks(fragments.map((text) => f(text))).paragraphs.map((p) => p.text);
    expect(texts(['出行前要做好以下准备：', '检查车辆状况', '合理规划路线', '不酒后驾车', '据介绍，春运期间，交巡警支队将在', '收费站设立服务站。'])).toEqual([
      '出行前要做好以下准备：', '检查车辆状况', '合理规划路线', '不酒后驾车', '据介绍，春运期间，交巡警支队将在收费站设立服务站。',
    ]);
    // With no clause to introduce them, a short line is a torn paragraph's first half, as before.
    expect(texts(['县委书记王建国', '出席会议并讲话。'])).toEqual(['县委书记王建国出席会议并讲话。']);
  });
  it('keeps real paragraph ends, including closing quotes after a stop', () => {
    const { paragraphs } = joinColumnBreaks([f('他说：“好。”'), f('会议结束。'), f('下一步……'), f('新段落。')]);
    expect(paragraphs).toHaveLength(4);
  });
  it('keeps a line of names and a lone ellipsis as paragraphs of their own; a clause ending in ; may go on', () => {
    const { paragraphs } = joinColumnBreaks([
      f('获表彰的教师是:'), f('张三丰 李小龙 王大锤 赵铁柱'), f('孙丽华 周建国'), f('大家表示将再接再厉。'),
      f('科技创新获市长提名奖1次;'), f('……'), f('全年没有发生一起较大事故;'), f('基层建设取得突破性进展。'),
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual([
      '获表彰的教师是:', '张三丰 李小龙 王大锤 赵铁柱', '孙丽华 周建国', '大家表示将再接再厉。',
      '科技创新获市长提名奖1次;', '……', '全年没有发生一起较大事故;基层建设取得突破性进展。',
    ]);
  });
  it('keeps each reference’s entry a paragraph of its own, though each ends in an ASCII full stop after a digit', () => {
    const { paragraphs } = joinColumnBreaks([f('参考文献：'), f('[1]习近平.发展新质生产力[J].求是,2024(11).'), f('[2]张占斌.新质生产力的内涵[N].人民日报,2024-03-12(9).'), f('［3］李晓.县域经济研究[M].2023.')]);
    expect(paragraphs.map((p) => p.text)).toEqual(['参考文献：', '[1]习近平.发展新质生产力[J].求是,2024(11).', '[2]张占斌.新质生产力的内涵[N].人民日报,2024-03-12(9).', '［3］李晓.县域经济研究[M].2023.']);
  });
  it('never joins into or out of a subhead', () => {
    const { paragraphs } = joinColumnBreaks([f('一、提高站位', true), f('要提高。'), f('未完'), f('二、抓好落实', true)]);
    expect(paragraphs.map((p) => p.subhead)).toEqual([true, false, false, true]);
  });
  it('records the source lines of a joined paragraph', () => {
    const { paragraphs } = joinColumnBreaks([f('进行建', false, 107), f('设。', false, 109)]);
    expect(paragraphs[0]).toEqual({ text: '进行建设。', subhead: false, lines: [107, 109], verse: false, alone: false });
  });
  it('keeps each bulleted item of a list a line of its own, ended or not', () => {
    const { paragraphs } = joinColumnBreaks([f('◆ 驾驶电动自行车请佩戴安全头盔；'), f('◆ 不要轻信陌生来电；'), f('◆ 家中老人要多关心')]);
    expect(paragraphs.map((p) => p.text)).toEqual(['◆ 驾驶电动自行车请佩戴安全头盔；', '◆ 不要轻信陌生来电；', '◆ 家中老人要多关心']);
  });
  it('never joins into or out of a line that stands apart (a table’s row, a salutation)', () => {
    const { paragraphs } = joinColumnBreaks([f('得分如下'), { ...f('清江镇队 3∶1 吴家镇队'), alone: true }, f('目前，清江镇队暂列')]);
    expect(paragraphs.map((p) => p.text)).toEqual(['得分如下', '清江镇队 3∶1 吴家镇队', '目前，清江镇队暂列']);
  });
});
