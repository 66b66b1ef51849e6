// Pages as a PDF's text layer gives them (the review of 2026-12-02): lines hard-wrapped at the column's width, a
// running head where the extractor met it, a stop hung in the margin. Each a few lines of a plausible page.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('a running head of the page’s number, section and date alone', () => {
  it('is the page’s header at its top, in either order, and names its page and section', () => {
    const { articles, pages } = ingestText({
      'a.txt': page('2　　　　　　综合　　　　　　2024年3月15日', '区人民医院开展义诊进社区活动', '本报讯(融媒体中心记者 张泽美)3月9日,区人民医院开展义诊活动。'),
      'b.txt': page('2024年3月15日　民生　3', '城区新增公共停车位', '本报讯(融媒体中心记者 杨丽丹)近日,城区新增公共停车位300个。'),
    });
    expect(articles.map((a) => [a.page, a.section, a.headline, a.paragraphs])).toEqual([
      [2, '综合', '区人民医院开展义诊进社区活动', ['3月9日,区人民医院开展义诊活动。']],
      [3, '民生', '城区新增公共停车位', ['近日,城区新增公共停车位300个。']],
    ]);
    expect(pages.flatMap((p) => p.furniture.map((f) => f.reason))).toEqual(['page-header', 'page-header']);
  });
  it('is taken out of a paragraph the extractor tore around it, and the paragraph is one again', () => {
    const { articles } = ingestText({
      '02.txt': page('区人民医院开展义诊进社区活动',
        '　　本报讯(融媒体中心记者 张泽美)3月9日,区人民\n医院组织医护人员走进宝城社区。\n　　活动现场,医护人员为居民免费测量血压、血\n糖,不少老年居民拿着检查报告前\n2　　　　　　综合　　　　　　2024年3月15日\n来咨询,医护人员耐心解读。'),
    });
    expect(articles.map((a) => a.paragraphs)).toEqual([
      ['3月9日,区人民医院组织医护人员走进宝城社区。', '活动现场,医护人员为居民免费测量血压、血糖,不少老年居民拿着检查报告前来咨询,医护人员耐心解读。'],
    ]);
  });
  it('is not made of a chronicle’s dated line, whose word is no section the paper names', () => {
    const { articles, pages } = ingestText({
      '04.txt': page('荣昌区交通建设大事记', '2020年12月1日　正式通车\n成渝高铁荣昌段建成。'),
    });
    expect(pages.flatMap((p) => p.furniture)).toEqual([]);
    expect(articles.map((a) => a.section)).toEqual([null]);
  });
});

describe('a stop wrapped onto a line of its own', () => {
  it('ends the sentence it belongs to, and makes no paragraph', () => {
    const { articles } = ingestText({
      '02.txt': page('我区举行重点项目集中开工仪式',
        '  本报讯(融媒体中心记者 杨丽丹)3月8日,我区举\n行重点项目集中开工仪式,28个项目集中开工\n。\n  据了解,工业项目12个,主要集中在高新区\n。\n  各项目业主单位表示,将确保项目早建成。'),
    });
    expect(articles.map((a) => a.paragraphs)).toEqual([
      ['3月8日,我区举行重点项目集中开工仪式,28个项目集中开工。', '据了解,工业项目12个,主要集中在高新区。', '各项目业主单位表示,将确保项目早建成。'],
    ]);
  });
});

describe('a space left inside a credit’s role word or the dateline’s words', () => {
  it('credits the people all the same, in a dateline’s brackets, a closing credit and an end credit', () => {
    const { articles } = ingestText({
      '02.txt': page('我区部署春季森林防火工作', '本报讯 (融 媒体中心记者 廖国颖 通 讯员 李明刚)近日,我区召开春季森林防火工作会。',
        '城区新增公共停车位', '本 报讯(融媒体中心记 者 杨丽丹)近日,城区新增公共停车位300个。',
        '双河街道推行积分超市', '近日,双河街道推行积分超市。(融媒体中心记 者 张雪)',
        '区人民医院开展义诊', '3月9日,区人民医院开展义诊活动。\n融 媒体中心记者 郑光慧'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.correspondents, a.paragraphs[0]])).toEqual([
      ['我区部署春季森林防火工作', ['廖国颖'], ['李明刚'], '近日,我区召开春季森林防火工作会。'],
      ['城区新增公共停车位', ['杨丽丹'], [], '近日,城区新增公共停车位300个。'],
      ['双河街道推行积分超市', ['张雪'], [], '近日,双河街道推行积分超市。'],
      ['区人民医院开展义诊', ['郑光慧'], [], '3月9日,区人民医院开展义诊活动。'],
    ]);
  });
});

describe('a page’s number and section over its running head, on a page with no blank lines', () => {
  it('numbers the page and names its section, and gives the first story no kicker', () => {
    const { articles } = ingestText({
      'p.txt': ['2', '综合', '荣昌报 2024年3月15日 星期五', '我区部署春季森林防火工作', '本报讯(融媒体中心记者 廖国颖)近日,我区召开春季森林防火工作会。'].join('\n'),
    });
    expect(articles.map((a) => [a.page, a.section, a.kicker, a.headline])).toEqual([[2, '综合', null, '我区部署春季森林防火工作']]);
  });
});

describe('a headline wrapped by a narrow column', () => {
  it('is one headline when its second line is the count’s noun or a quoted word, and a subtitle stays one', () => {
    const { articles } = ingestText({
      '02.txt': page('城区新增300个\n公共停车位', '本报讯(融媒体中心记者 廖国颖)近日,我区在昌元街道新增公共停车位300个。',
        '我区开展消防安全\n“大排查”', '本报讯(融媒体中心记者 张泽美)3月5日起,区消防救援支队开展消防安全大排查。',
        '城区新增停车位300个\n缓解老城区停车难', '本报讯(融媒体中心记者 廖国颖)近日,城区新增停车位300个。'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline])).toEqual([
      ['城区新增300个公共停车位', null],
      ['我区开展消防安全“大排查”', null],
      ['城区新增停车位300个', '缓解老城区停车难'],
    ]);
  });
});

describe('a page whose extraction kept no blank lines', () => {
  it('names its section under the header, and sets its public-service advertisement apart from the story above', () => {
    const { articles, pages } = ingestText({
      '02.txt': ['2 2024年5月17日 星期五', '综 合', '我区新增3条城市公交线路', '本报讯(融媒体中心记者 张丹)5月20日起,我区将新开通3条城市公交线路。',
        '据介绍,今年我区还将新增公交站台40个。', '文明荣昌 你我共建', '荣昌区精神文明建设委员会办公室 宣', '责任编辑 周 丽 校对 刘 洋'].join('\n'),
    });
    expect(articles.map((a) => [a.section, a.kicker, a.headline, a.paragraphs])).toEqual([
      ['综合', null, '我区新增3条城市公交线路', ['5月20日起,我区将新开通3条城市公交线路。', '据介绍,今年我区还将新增公交站台40个。']],
    ]);
    expect(pages[0]!.furniture.map((f) => f.reason)).toEqual(['page-header', 'page-header', 'public-service-ad', 'public-service-ad', 'page-header']);
  });
});
