// A dateline whose credit a column break tore in two, as the sample archive's pages often have it.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('a torn dateline', () => {
  it('credits the people of a credit torn inside a word, and its lead starts after the credit', () => {
    const result = ingestText({
      '02.txt': page('县人大开展执法检查', '本报讯(融媒体中心记', '者 江林国 通讯员 冯红)4月17日，县人大常委会执法检查组开展执法检查，', '检查组一行查看了现场。'),
    });
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]).toMatchObject({
      headline: '县人大开展执法检查', byline: '本报讯(融媒体中心记者 江林国 通讯员 冯红)', reporters: ['江林国'], correspondents: ['冯红'],
      paragraphs: ['4月17日，县人大常委会执法检查组开展执法检查，检查组一行查看了现场。'], source: { lines: [1, 7] },
    });
    // Both parts are the story's byline in the report.
    expect(result.pages[0]!.lines.map(({ from, to, role }) => [from, to, role])).toEqual([[1, 1, 'headline'], [3, 5, 'byline'], [7, 7, 'body']]);
  });

  it('reads the tear as a space where the credit then reads whole, and joins a name torn in two', () => {
    const spaced = ingestText({ '01.txt': page('县人大开展执法检查', '本报讯（融媒体中心记者', '张宁婷 通讯员 邵婷国）4月17日，检查组开展执法检查。') });
    expect(spaced.articles[0]).toMatchObject({ byline: '本报讯（融媒体中心记者 张宁婷 通讯员 邵婷国）', reporters: ['张宁婷'], correspondents: ['邵婷国'] });
    const name = ingestText({ '01.txt': page('县人大开展执法检查', '本报讯（记者 邹华凯 毛婷', '鹏 通讯员 丁丽梅）4月17日，检查组开展执法检查。') });
    expect(name.articles[0]).toMatchObject({ reporters: ['邹华凯', '毛婷鹏'], correspondents: ['丁丽梅'], paragraphs: ['4月17日，检查组开展执法检查。'] });
  });

  it('reads 本报讯 alone on its line as the dateline, with no credit, the lead on the next: no subtitle', () => {
    for (const text of [page('区委常委会召开会议', '本报讯', '3月14日,区委常委会召开会议。'), '区委常委会召开会议\n本报讯\n3月14日,区委常委会召开会议。']) {
      const { articles } = ingestText({ '01.txt': text });
      expect(articles.map((a) => [a.headline, a.subheadline, a.byline, a.paragraphs])).toEqual([['区委常委会召开会议', null, '本报讯', ['3月14日,区委常委会召开会议。']]]);
    }
  });

  it('reads a credit that closes alone on its line, the lead on the next', () => {
    const { articles, pages } = ingestText({ '01.txt': page('县人大开展执法检查', '本报讯（记者', '张三）', '4月17日，检查组开展执法检查。') });
    expect(articles[0]).toMatchObject({ byline: '本报讯（记者 张三）', reporters: ['张三'], paragraphs: ['4月17日，检查组开展执法检查。'] });
    expect(pages[0]!.roles).toMatchObject({ byline: 2, body: 1 });
  });

  it('leaves a bracket that closes no credit to the lead, as printed', () => {
    const { articles } = ingestText({ '01.txt': page('县人大开展执法检查', '本报讯（记者', '今天我们去了（很远的地方）看看。') });
    expect(articles[0]).toMatchObject({ byline: '本报讯', reporters: [], paragraphs: ['（记者今天我们去了（很远的地方）看看。'] });
  });
});

describe('a torn closing credit', () => {
  it('credits the people of a paragraph’s closing credit torn by a column break, and the next story keeps its headline', () => {
    const { articles, pages } = ingestText({
      '01.txt': page('荣昌陶艺作品亮相市级展览', '本报讯 3月6日,重庆市陶瓷艺术作品展开展,我区12件陶艺作品入选参展。(融媒体中心记者 唐丽 通讯',
        '员 肖杰)', '我区开展送戏下乡活动', '3月以来,区川剧团深入各镇街开展送戏下乡活动。'),
    });
    expect(articles.map((a) => [a.headline, a.reporters, a.correspondents, a.paragraphs])).toEqual([
      ['荣昌陶艺作品亮相市级展览', ['唐丽'], ['肖杰'], ['3月6日,重庆市陶瓷艺术作品展开展,我区12件陶艺作品入选参展。']],
      ['我区开展送戏下乡活动', [], [], ['3月以来,区川剧团深入各镇街开展送戏下乡活动。']],
    ]);
    // The credit's second part is the story's credit in the report.
    expect(pages[0]!.lines.map(({ from, to, role }) => [from, to, role])).toEqual([[1, 1, 'headline'], [3, 3, 'byline'], [5, 5, 'credit'], [7, 7, 'headline'], [9, 9, 'body']]);
    // Torn inside a name, after a paragraph with no dateline.
    const name = ingestText({ '01.txt': page('我区举办招聘会', '3月14日,我区举办残疾人就业专场招聘会。(融媒体中心记者 唐', '丽 通讯员 肖杰)') });
    expect(name.articles.map((a) => [a.reporters, a.correspondents, a.paragraphs])).toEqual([[['唐丽'], ['肖杰'], ['3月14日,我区举办残疾人就业专场招聘会。']]]);
  });
});
