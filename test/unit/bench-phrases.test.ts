// The benchmark's judgement of a phrase search's first answer (scripts/lib/bench-phrases.ts).
import { describe, expect, it } from 'vitest';
import { judgeAnswer } from '../../scripts/lib/bench-phrases.ts';

const texts: Record<string, string> = {
  '2019-01-29-04-04': '成都平原位于四川盆地西部。',
  '2027-06-04-05-03': '四川盆地的冬天多雾。',
  '2027-07-28-08-03': '考察队走遍四川盆地。',
  '2027-09-20-01-01': '盆地里的四川人。',
  '2016-03-02-01-01': '四川盆地物产丰富。',
};
const textOf = (id: string) => texts[id] ?? null;
const sampled = { phrase: '四川盆地', id: '2019-01-29-04-04' };

describe('judgeAnswer', () => {
  it('finds the article when the answer lists it, wherever it stands', () => {
    expect(judgeAnswer(sampled, ['2027-06-04-05-03', '2019-01-29-04-04'], textOf)).toBe('article');
  });

  it('takes newer articles that all hold the phrase as a right answer', () => {
    expect(judgeAnswer(sampled, ['2027-07-28-08-03', '2027-06-04-05-03'], textOf)).toBe('newer');
  });

  it('misses when an article listed lacks the phrase, is older, or is unknown, or nothing is listed', () => {
    expect(judgeAnswer(sampled, ['2027-06-04-05-03', '2027-09-20-01-01'], textOf)).toBe('missed');
    expect(judgeAnswer(sampled, ['2016-03-02-01-01'], textOf)).toBe('missed');
    expect(judgeAnswer(sampled, ['2027-12-31-01-01'], textOf)).toBe('missed');
    expect(judgeAnswer(sampled, [], textOf)).toBe('missed');
  });
});
