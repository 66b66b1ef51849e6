import { describe, expect, it } from 'vitest';
import { newspaperCitation } from '../../src/utils/citation.ts';
import { pageName } from '../../src/utils/page-name.ts';
import { testArticle } from '../helpers.ts';

describe('newspaperCitation', () => {
  it('cites an article as GB/T 7714 cites a newspaper: writers, title[N], paper, date(page)', () => {
    const a = testArticle({ id: '2023-12-22-02-01', headline: '荣昌区召开民营经济发展大会', paper: '荣昌报', page: 2, reporters: ['杨丽丹'], correspondents: ['梁胜明'], photographers: ['张雪'] });
    expect(newspaperCitation(a)).toBe('杨丽丹, 梁胜明. 荣昌区召开民营经济发展大会[N]. 荣昌报, 2023-12-22(2).');
  });

  it('names three writers and then 等, and starts with the title when nobody is credited', () => {
    const many = testArticle({ id: '2024-03-15-01-01', headline: '标题', paper: '荣昌报', page: 1, reporters: ['甲一', '乙二', '丙三'], interns: ['丁四'] });
    expect(newspaperCitation(many)).toBe('甲一, 乙二, 丙三, 等. 标题[N]. 荣昌报, 2024-03-15(1).');
    expect(newspaperCitation(testArticle({ id: '2024-03-15-01-02', headline: '无名', paper: '荣昌报', page: 1 }))).toBe('无名[N]. 荣昌报, 2024-03-15(1).');
  });

  it('gives a lettered page as the paper prints it, and names pages so on the site', () => {
    expect(newspaperCitation(testArticle({ id: '2024-03-15-203-01', headline: '标题', paper: '都市报', page: 203 }))).toBe('标题[N]. 都市报, 2024-03-15(B3).');
    expect([3, 99, 103, 212].map(pageName)).toEqual(['第3版', '第99版', 'A3版', 'B12版']);
  });
});
