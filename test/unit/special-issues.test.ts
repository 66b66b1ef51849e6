// A county paper's special issues and the documents it prints whole (the review of 2026-12-01, session 27): a
// presidium's list of names, a commendation's lists of units and people, the resolutions and notices of one meeting,
// a report's speaker, and a special issue's label over the front page's titles.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('an official list of names', () => {
  it('keeps a presidium’s list whole, its two-character names padded to three, with its secretary-general, and the next story keeps its headline', () => {
    const { articles } = ingestText({
      '04.txt': page('区十九届人大四次会议主席团成员名单', '(按姓氏笔画为序)',
        '于 洋 马晓波 王 芳 王建明 邓 华 刘国华 刘 静\n李晓东 李德伟 杨丽萍 何建军 张秀英 陈志刚 罗文斌\n周永平 赵 敏 黄德明 曾祥林 谢春燕 熊 伟',
        '秘书长:罗文斌', '区十九届人大四次会议胜利闭幕', '本报讯(融媒体中心记者 杨丽丹)1月11日下午,重庆市荣昌区第十九届人民代表大会第四次会议胜利闭幕。'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs, a.reporters])).toEqual([
      [null, '区十九届人大四次会议主席团成员名单', null, ['(按姓氏笔画为序)', '于 洋 马晓波 王 芳 王建明 邓 华 刘国华 刘 静', '李晓东 李德伟 杨丽萍 何建军 张秀英 陈志刚 罗文斌', '周永平 赵 敏 黄德明 曾祥林 谢春燕 熊 伟', '秘书长:罗文斌'], []],
      [null, '区十九届人大四次会议胜利闭幕', null, ['1月11日下午,重庆市荣昌区第十九届人民代表大会第四次会议胜利闭幕。'], ['杨丽丹']],
    ]);
  });
  it('reads a list of padded names alone under its heading as the heading’s text, in full-width spaces too', () => {
    const { articles } = ingestText({
      '04.txt': page('先进个人（50名）', '王晓明　刘　芳　陈建国　张　燕　李德华　赵　强　周小兵　黄晓琴', '杨　帆　罗志刚　吴海燕　郑光明　孙　伟　何　军　曾小平　谢　勇'),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.paragraphs.length])).toEqual([[null, '先进个人（50名）', null, 2]]);
  });
});
