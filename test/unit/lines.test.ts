// Lines as the extraction gave them: a paragraph's first line indented, on pages whose extraction keeps the indent.
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/lib/ingest/lines.ts';
import { ingestText } from '../helpers.ts';

describe('a paragraph’s indent', () => {
  it('is two characters’ width: two or four spaces, one or two U+3000, a tab; a wider one centres a title', () => {
    const lines = splitLines(['标题', '    近日，', '正文', '　　据了解，', '  他说，', '\t另外，', '          居中的标题', '正文', '正文'].join('\n'));
    expect(lines.map((l) => l.indented)).toEqual([false, true, false, true, true, true, false, false, false]);
    expect(lines[1]!.text).toBe('近日，');
  });
  it('marks nothing on a page where most lines are indented: there it is the page’s margin', () => {
    expect(splitLines('    标题\n    近日，\n    正文\n正文').every((l) => !l.indented)).toBe(true);
  });
  it('starts a paragraph: a line wrapped before its stop is no title, and no caption goes on into it', () => {
    const { articles } = ingestText({
      '03.txt': [
        '围龙镇开展"万人助企"活动', '    近日,围龙镇组织机关干部深入辖区42家企业,开展"万', '人助企"走访活动,收集企业用工、融资、用地等方面问题', '36个,已协调解决29个。',
        '(融媒体记者 陈小兵)', '', '“铜梁造”汽车零部件跑出发展加速度', '本报讯(通讯员 王海)今年一季度,我区汽车零部件产业实现产值42.6亿元。', '图为工人在生产线上作业',
        '    "今年的订单排到了8月份。"公司负责人介绍。',
      ].join('\n'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.paragraphs, a.captions])).toEqual([
      ['围龙镇开展"万人助企"活动', null, ['近日,围龙镇组织机关干部深入辖区42家企业,开展"万人助企"走访活动,收集企业用工、融资、用地等方面问题36个,已协调解决29个。'], []],
      ['“铜梁造”汽车零部件跑出发展加速度', null, ['今年一季度,我区汽车零部件产业实现产值42.6亿元。', '"今年的订单排到了8月份。"公司负责人介绍。'], ['图为工人在生产线上作业']],
    ]);
    expect(articles[0]!.reporters).toEqual(['陈小兵']);
  });
  it('starts a list’s item that wraps before its stop as a paragraph, not a subhead, under a clause that wrapped onto its colon', () => {
    const { articles } = ingestText({
      '04.txt': ['端午节前食品安全提示', '    端午节将至,节令食品进入消费旺季。区市场监管', '局提醒广大消费者:', '    1.选购粽子时,要到正规商场、超市购买,注意查看生产日期和',
        '保质期;', '    2.散装粽子要选择卫生条件好的商家。'].join('\n'),
    });
    expect(articles.map((a) => [a.headline, a.paragraphs, a.subheads])).toEqual([
      ['端午节前食品安全提示', ['端午节将至,节令食品进入消费旺季。区市场监管局提醒广大消费者:', '1.选购粽子时,要到正规商场、超市购买,注意查看生产日期和保质期;',
        '2.散装粽子要选择卫生条件好的商家。'], []],
    ]);
  });
});
