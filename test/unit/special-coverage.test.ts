// Pages of the special coverage a county paper prints several times a year (the review of 2026-12-02): 两会 voices,
// a chronicle, a box of figures, a policy's points. Each a few lines of a plausible page.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('a policy’s points numbered ①②', () => {
  it('each start a paragraph under the clause that introduces them', () => {
    const { articles } = ingestText({
      '02.txt': page('医保新政3月起实施', '本报讯(融媒体中心记者 张丹)3月1日起,我区实施多项医保惠民新政,主要有以下变化:',
        '①门诊共济保障提高。职工医保普通门诊统筹年度支付限额提高至3000元。', '②异地就医更便捷。参保人员异地就医备案后可直接结算。'),
    });
    expect(articles.map((a) => a.paragraphs)).toEqual([
      ['3月1日起,我区实施多项医保惠民新政,主要有以下变化:', '①门诊共济保障提高。职工医保普通门诊统筹年度支付限额提高至3000元。', '②异地就医更便捷。参保人员异地就医备案后可直接结算。'],
    ]);
  });
});
