// Pages of a county paper's older years, 1995–2012, when it was 荣昌县报 (the review of 2026-12-02): the era's
// bylines and credits, a party paper's kickers, documents printed whole. Each a few lines of a plausible page.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../helpers.ts';

const page = (...blocks: string[]) => blocks.join('\n\n');

describe('a kicker that says who spoke or decided', () => {
  it('is the kicker over what they said or decided, the headline', () => {
    const { articles } = ingestText({
      '01.txt': page('县长在全县农村工作会议上强调\n抓好“三农”工作 推动新农村建设', '本报记者 陈小平', '2月18日,全县农村工作会议召开。',
        '县委作出决定\n开展向罗德明同志学习活动', '本报讯 县委日前作出决定,在全县开展向罗德明同志学习活动。'),
    }, { folder: '2006-02-20' });
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      ['县长在全县农村工作会议上强调', '抓好“三农”工作 推动新农村建设', null],
      ['县委作出决定', '开展向罗德明同志学习活动', null],
    ]);
  });
});
