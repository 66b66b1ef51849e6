import { describe, expect, it } from 'vitest';
import { listPageUrl, pageNumbersAround } from '../../src/utils/pagination.ts';

describe('pageNumbersAround', () => {
  it('links the first and last pages and two either side of the current one, with … for the pages between', () => {
    expect(pageNumbersAround(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbersAround(1, 200)).toEqual([1, 2, 3, null, 200]);
    expect(pageNumbersAround(100, 200)).toEqual([1, null, 98, 99, 100, 101, 102, null, 200]);
    expect(pageNumbersAround(200, 200)).toEqual([1, null, 198, 199, 200]);
  });
  it('shows a single page left out as itself, not as …', () => {
    expect(pageNumbersAround(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageNumbersAround(4, 12)).toEqual([1, 2, 3, 4, 5, 6, null, 12]);
  });
});

describe('listPageUrl', () => {
  it('puts a page number after the first page’s URL, as Astro numbers them', () => {
    expect(listPageUrl('/baoku/reporters/zhang-san/', 1)).toBe('/baoku/reporters/zhang-san/');
    expect(listPageUrl('/baoku/reporters/zhang-san/', 3)).toBe('/baoku/reporters/zhang-san/3/');
    expect(listPageUrl('/baoku/reporters/zhang-san', 3)).toBe('/baoku/reporters/zhang-san/3/');
  });
});
