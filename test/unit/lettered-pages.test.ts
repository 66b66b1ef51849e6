// Lettered pages, as a city daily numbers them within each section's letter (`第A03版：要闻`, `B2 文体`, `A03.txt`):
// a number that keeps A3 and B3 apart and sorts them as the paper runs, from which each page's label is read back.
import { describe, expect, it } from 'vitest';
import { issueManifestSchema } from '../../src/lib/ingest/manifest.ts';
import { isPageNumber, pageLabel } from '../../src/lib/ingest/page-labels.ts';
import { articleMetaSchema } from '../../src/lib/schema.ts';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');
const story = (headline: string, ...more: string[]) => [headline, `本报讯（记者 王晓明）5月9日，${headline}。`, ...more];
const where = (a: { page: number; section: string | null; id: string }) => [pageLabel(a.page), a.page, a.section, a.id];

describe('lettered pages', () => {
  it('reads the page from each form of a header, and the section beside it', () => {
    const { articles, pages, warnings } = ingestText({
      '01.txt': page('第A03版：要闻  2024年3月15日', ...story('全市经济运行稳中向好')),
      '02.txt': page('A05版：区县 2024年3月15日', ...story('乡村振兴见实效')),
      '03.txt': page('A12 区县 2024年3月15日 星期五 责任编辑：张 三', ...story('城乡面貌焕新颜')),
      '04.txt': page('2024年3月15日 星期五 B2 文体 责任编辑：李 四', ...story('全民健身活动启动')),
      '05.txt': page('港聞 C6', '2024年3月15日 星期五', ...story('港口货运量创新高')),
    });
    expect(articles.map(where)).toEqual([
      ['A3', 103, '要闻', '2024-03-15-103-01'],
      ['A5', 105, '区县', '2024-03-15-105-01'],
      ['A12', 112, '区县', '2024-03-15-112-01'],
      ['B2', 202, '文体', '2024-03-15-202-01'],
      ['C6', 306, '港聞', '2024-03-15-306-01'],
    ]);
    expect(pages.map((p) => p.pageFrom)).toEqual(['header', 'header', 'header', 'header', 'header']);
    expect(warnings).toEqual([]);
  });

  it('reads a page’s number and section alone at its top, on one line or two, and its number alone at its foot', () => {
    const { articles, pages } = ingestText({
      '01.txt': page('A03版：时政', ...story('全市经济运行稳中向好')),
      '03.txt': page('C04 副刊·西江月', ...story('城乡面貌焕新颜')),
      '04.txt': page('楼市·汽车 C01', ...story('新房成交环比增长')),
      '05.txt': page('国内\nA10', ...story('嫦娥六号完成近月制动')),
      '06.txt': page('2024年3月15日 星期五 A07\n社会\n责任编辑：黄海涛', ...story('外卖小哥勇救落水儿童')),
      '07.txt': page('C02\n楼市·汽车', ...story('车市迎来销售旺季'), 'A06'),
    });
    expect(articles.map((a) => [pageLabel(a.page), a.section, a.kicker, a.headline, a.paragraphs.length])).toEqual([
      ['A3', '时政', null, '全市经济运行稳中向好', 1],
      ['C4', '副刊·西江月', null, '城乡面貌焕新颜', 1],
      ['C1', '楼市·汽车', null, '新房成交环比增长', 1],
      ['A10', '国内', null, '嫦娥六号完成近月制动', 1],
      ['A7', '社会', null, '外卖小哥勇救落水儿童', 1],
      ['C2', '楼市·汽车', null, '车市迎来销售旺季', 1],
    ]);
    expect(pages[5]!.furniture.map((f) => [f.text, f.reason])).toEqual([['C02', 'page-header'], ['楼市·汽车', 'page-header'], ['A06', 'page-number']]);
    // A plain page's number and section, in an issue of plain pages.
    expect(ingestText({ '02.txt': page('第3版：要闻', ...story('乡村振兴见实效')) }).articles.map((a) => [a.page, a.section, a.headline])).toEqual([[3, '要闻', '乡村振兴见实效']]);
  });

  it('reads it from the file names when no header gives it, A3 and B3 as two pages, and from the issue.yaml', () => {
    const { articles, warnings } = ingestText({ 'A03.txt': page(...story('全市经济运行稳中向好')), 'b03.txt': page(...story('全民健身活动启动')), 'x.txt': page(...story('港口货运量创新高')) }, {
      manifest: issueManifestSchema.parse({ pages: { 'x.txt': { page: 'C6' } } }),
    });
    expect(articles.map(where)).toEqual([['A3', 103, null, '2024-03-15-103-01'], ['B3', 203, null, '2024-03-15-203-01'], ['C6', 306, null, '2024-03-15-306-01']]);
    expect(warnings).toEqual([]);
  });

  it('joins a story whose jump names a lettered page without 版, or with the section after it', () => {
    for (const [to, from] of [['（转A04）', '（上接A01）'], ['→转A4', '（上接A1）'], ['（下转A04版·要闻）', '（上接A01版·要闻）']]) {
      const { articles } = ingestText({
        '01.txt': page('第A1版：要闻 2024年3月15日', ...story('全市经济运行稳中向好', `工业生产加快。${to}`)),
        '04.txt': page('第A4版：要闻 2024年3月15日', `${from}消费市场回暖。`),
      });
      expect(articles.map((a) => [a.paragraphs.at(-2), a.paragraphs.at(-1), a.continuedOn.map((on) => on.page)]), to).toEqual([['工业生产加快。', '消费市场回暖。', [104]]]);
    }
  });

  it('joins a story that jumps to a lettered page', () => {
    const { articles } = ingestText({
      '01.txt': page('第A1版：要闻 2024年3月15日', ...story('全市经济运行稳中向好', '市统计局相关负责人表示，工业生产加快。（下转A5版）')),
      '05.txt': page('第A5版：综合 2024年3月15日', '（上接A1版）', '消费市场回暖，经济运行稳中向好。'),
    });
    expect(articles.map((a) => [a.id, a.paragraphs.length, a.continuedOn])).toEqual([['2024-03-15-101-01', 3, [{ page: 105, section: '综合' }]]]);
  });

  it('reads a front page’s guide to lettered pages as its furniture, not as titles', () => {
    const { articles, pages } = ingestText({
      '01.txt': page('第A01版：要闻  2024年3月15日 星期五', '今日导读', '▶ A05版 城北新城首座立体停车楼投用\n▶B02 全民健身活动启动\nA07 ▶ 老人误信“保健品讲座” 民警上门追回3万元\nB03 中考报名人数达5.6万人', ...story('全市经济运行稳中向好')),
    });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([[null, '全市经济运行稳中向好', null]]);
    expect(pages[0]!.furniture.map((f) => [f.text, f.reason])).toEqual([
      ['第A01版：要闻  2024年3月15日 星期五', 'page-header'], ['今日导读', 'column-label'], ['▶ A05版 城北新城首座立体停车楼投用', 'guide'], ['▶B02 全民健身活动启动', 'guide'],
      ['A07 ▶ 老人误信“保健品讲座” 民警上门追回3万元', 'guide'], ['B03 中考报名人数达5.6万人', 'guide'],
    ]);
  });

  it('reads a page numbered plainly in an issue of lettered pages as the first section’s, and says so, so that jumps to it join', () => {
    const { articles, warnings } = ingestText({
      '01.txt': page(...story('全市经济运行稳中向好', '工业生产加快。（下转A04版）'), ...story('乡村振兴见实效', '现场会观摩了三个村。（下转4版）')),
      '04.txt': page('A04 要闻', '（上接A01版）消费市场回暖。', '（上接第1版）村民收入稳步增长。'),
    });
    expect(articles.map((a) => [a.id, a.paragraphs.at(-1), a.continuedOn])).toEqual([
      ['2024-03-15-101-01', '消费市场回暖。', [{ page: 104, section: '要闻' }]],
      ['2024-03-15-101-02', '村民收入稳步增长。', [{ page: 104, section: '要闻' }]],
    ]);
    expect(warnings.map((w) => [w.code, w.message])).toEqual([
      ['page-read-as-lettered', '2024-03-15/01.txt: page 1 (given by its file name) is read as A1, the first section’s, as the issue’s other pages are lettered. If it is another page, set its number in an issue.yaml beside the pages (`page: B1`).'],
    ]);
  });

  it('keeps a plain page plain, 1–99, and takes no other number for a page', () => {
    const [article] = ingestText({ '03.txt': page('第3版：综合 2024年3月15日 星期五', ...story('全市经济运行稳中向好')) }).articles;
    expect([pageLabel(article!.page), article!.page, article!.section]).toEqual([null, 3, '综合']);
    expect([1, 99, 101, 199, 203, 899].every(isPageNumber)).toBe(true);
    expect([0, 100, 200, 900, 1.5].some(isPageNumber)).toBe(false);
    const { paragraphs: _p, subheads: _s, ...meta } = article!;
    expect(articleMetaSchema.safeParse({ ...meta, page: 100 }).error?.issues[0]?.message).toMatch(/1–99, or a lettered page’s/u);
    expect(issueManifestSchema.safeParse({ pages: { '03.txt': { page: 'A0' } } }).error?.issues[0]?.message).toBe('must be a page number, 1–99, or a lettered page such as A3, not "A0"');
  });
});
