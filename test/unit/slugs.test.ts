import { describe, expect, it } from 'vitest';
import { byPinyin, indexLetter, slugsFor } from '../../src/lib/slugs.ts';

describe('slugs', () => {
  it('makes readable pinyin slugs', () => {
    expect(slugsFor(['杨丽丹', '欧阳晓川'], { person: true })).toEqual(new Map([['杨丽丹', 'yang-li-dan'], ['欧阳晓川', 'ou-yang-xiao-chuan']]));
  });
  it('keeps two people with the same pinyin apart, and each slug independent of the other names', () => {
    const both = slugsFor(['张伟', '章伟', '李明'], { person: true });
    expect(new Set(both.values()).size).toBe(3);
    expect(both.get('张伟')).toMatch(/^zhang-wei-[0-9a-f]{6}$/u);
    expect(slugsFor(['章伟', '张伟'], { person: true }).get('张伟')).toBe(both.get('张伟'));
    expect(both.get('李明')).toBe('li-ming');
  });
  it('sorts and files names by surname pinyin', () => {
    expect(['张伟', '曾庆云', '阿依古丽', '廖国颖'].sort(byPinyin)).toEqual(['阿依古丽', '廖国颖', '曾庆云', '张伟']);
    expect(indexLetter('曾庆云')).toBe('Z');
    expect(indexLetter('单雄')).toBe('S');
  });
});
