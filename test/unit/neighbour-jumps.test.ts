// Jump markers that name no page, only the page before or after their own (`（转下版）` … `（接上版）`): the story is
// joined as with a page number, and a tail whose head page is missing says which page that was.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');
const FRONT = page('第1版 要闻 2024年3月15日 星期五', '全市经济运行稳中向好', '本报讯（记者 王晓明）一季度，全市地区生产总值同比增长6.2%。', '工业生产加快，消费市场回暖。（转下版）');
const BACK = page('第2版 综合 2024年3月15日 星期五', '（接上版）市统计局相关负责人表示，经济运行稳中向好。', '乡村振兴见实效', '本报讯（记者 李明）5月9日，乡村振兴现场会召开。');

describe('jumps to the next page and from the previous one', () => {
  it('joins a story that goes on 转下版 to the 接上版 of the next page', () => {
    const { articles } = ingestText({ '01.txt': FRONT, '02.txt': BACK });
    expect(articles.map((a) => [a.headline, a.page, a.paragraphs, a.continuedOn.map((on) => on.page)])).toEqual([
      ['全市经济运行稳中向好', 1, ['一季度，全市地区生产总值同比增长6.2%。', '工业生产加快，消费市场回暖。', '市统计局相关负责人表示，经济运行稳中向好。'], [2]],
      ['乡村振兴见实效', 2, ['5月9日，乡村振兴现场会召开。'], []],
    ]);
  });

  it('says which page a tail goes on from when that page is not in the archive, and which a story goes on to', () => {
    expect(ingestText({ '02.txt': BACK }).articles.map((a) => [a.headline, a.headlineInferred, a.continuedFrom])).toEqual([
      ['市统计局相关负责人表示', true, { page: 1 }],
      ['乡村振兴见实效', false, null],
    ]);
    expect(ingestText({ '01.txt': FRONT }).articles.map((a) => a.continuesTo)).toEqual([{ page: 2 }]);
  });

  it('goes from a section’s last lettered page to the next section’s first', () => {
    const { articles } = ingestText({
      'A16.txt': page('第A16版：文体 2024年3月15日', '全民健身活动启动', '本报讯（记者 李明）5月9日，全民健身活动启动。（转下版）'),
      'B01.txt': page('第B01版：城事 2024年3月15日', '（接上版）活动将持续到年底。'),
    });
    expect(articles.map((a) => [a.page, a.paragraphs, a.continuedOn.map((on) => on.page)])).toEqual([[116, ['5月9日，全民健身活动启动。', '活动将持续到年底。'], [201]]]);
  });

  it('leaves a marker that points the wrong way (转上版) as text', () => {
    const [article] = ingestText({ '01.txt': page('全市经济运行稳中向好', '本报讯（记者 王晓明）一季度，经济运行稳中向好。（转上版）') }).articles;
    expect([article!.paragraphs, article!.continuesTo]).toEqual([['一季度，经济运行稳中向好。（转上版）'], null]);
  });
});
