// A county paper's back pages that are not news (the review of 2026-12-01, session 26): a service page's listings
// (programmes, lottery results, a pharmacy rota, telephone numbers), notices signed and dated, a page's section
// printed alone among its header's lines, and a front page's masthead printed a field a line.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('a listing’s rows', () => {
  it('keeps each row of a programme list, a lottery’s results and a rota its own paragraph, never two figures fused', () => {
    const { articles } = ingestText({
      '03.txt': page('今晚电视节目', '重庆卫视', '19:00 转播中央台新闻联播 19:30 重庆新闻联播 20:00 电视剧:繁花(15) 21:30 雾都夜话', '彩票开奖',
        '体彩大乐透第24029期开奖结果:03 11 17 25 33+05 09', '福彩3D第2024067期开奖结果:5 2 9', '本周药店夜间值班表',
        '3月15日(周五) 老百姓大药房(昌州店) 昌州大道东段102号 46788120', '3月16日(周六) 桐君阁大药房(宝城店) 宝城路56号 46723315'),
    });
    const text = articles.flatMap((a) => [a.kicker, a.headline, a.subheadline, ...a.paragraphs]).filter((t) => t !== null);
    expect(text).toEqual([
      '今晚电视节目', '重庆卫视', '19:00 转播中央台新闻联播 19:30 重庆新闻联播 20:00 电视剧:繁花(15) 21:30 雾都夜话', '彩票开奖',
      '体彩大乐透第24029期开奖结果:03 11 17 25 33+05 09', '福彩3D第2024067期开奖结果:5 2 9', '本周药店夜间值班表',
      '3月15日(周五) 老百姓大药房(昌州店) 昌州大道东段102号 46788120', '3月16日(周六) 桐君阁大药房(宝城店) 宝城路56号 46723315',
    ]);
  });
  it('reads a forecast’s rows under their label as the piece’s text, not as its headline and subtitle', () => {
    const { articles } = ingestText({
      '02.txt': page('一周天气', '4月12日 周五 阴转小雨 16～22℃', '4月13日 周六 小雨 15～20℃', '4月15日 周一 晴 18～28℃', '中国福利彩票双色球第2024040期开奖公告', '开奖日期:2024年4月11日', '红色球号码:05 12 16 23 28 33 蓝色球号码:07'),
    });
    expect(articles.map((a) => [a.headline, a.subheadline, a.paragraphs])).toEqual([
      ['一周天气', null, ['4月12日 周五 阴转小雨 16～22℃', '4月13日 周六 小雨 15～20℃', '4月15日 周一 晴 18～28℃']],
      ['中国福利彩票双色球第2024040期开奖公告', null, ['开奖日期:2024年4月11日', '红色球号码:05 12 16 23 28 33 蓝色球号码:07']],
    ]);
  });
  it('still joins prose torn by a column break, spaced around its figures or not', () => {
    const { articles } = ingestText({
      '02.txt': page('我区召开重点项目调度会', '本报讯(记者 黄晓)3月14日,全区 68 个市区重点项目完成投资 23.6 亿元,占年度计划的', '26.1%,同比增长 12.4 个百分点。'),
    });
    expect(articles[0]!.paragraphs).toEqual(['3月14日,全区 68 个市区重点项目完成投资 23.6 亿元,占年度计划的26.1%,同比增长 12.4 个百分点。']);
  });
});
