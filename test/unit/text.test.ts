import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bigrams, charactersOf, comparisonKey, countHan, endsSentence, hasVisibleLength, sharedBigrams, sharedPairsIn, visibleLength } from '../../src/lib/ingest/text.ts';

// Ideographs common and rare (extension A, compatibility, astral), radicals, kana, full-width and ASCII letters,
// digits and punctuation, spaces of every width, lone surrogates.
const char = fc.constantFrom(...'荣昌报讯〇々㐀豈丽⺀⼀あア１ＡａAa0 \u3000\t\n·、。，,:：'.split(''), '𠀀', '𪜀', '\ud800', '\udc00');
const text = fc.string({ unit: char, maxLength: 12 });

describe('comparisonKey', () => {
  it('is NFKC without whitespace, lower-cased, whether or not the text takes the plain-text shortcut', () => {
    fc.assert(fc.property(text, (t) => {
      expect(comparisonKey(t)).toBe(t.normalize('NFKC').replace(/\s+/gu, '').toLowerCase());
    }), { numRuns: 3000 });
    expect(comparisonKey('重庆 · 荣昌')).toBe('重庆·荣昌');
    expect(comparisonKey('ＡＢＣ１２３')).toBe('abc123');
  });
});

describe('countHan', () => {
  it('counts what \\p{Script=Han} matches, astral characters once', () => {
    fc.assert(fc.property(text, (t) => {
      expect(countHan(t)).toBe(t.match(/\p{Script=Han}/gu)?.length ?? 0);
    }), { numRuns: 3000 });
    expect(countHan('荣昌𠀀报ab〇')).toBe(5);
  });
});

describe('hasVisibleLength', () => {
  it('says whether visibleLength reaches the bound, counting no further than the bound', () => {
    fc.assert(fc.property(text, fc.integer({ min: 0, max: 14 }), (t, min) => {
      expect(hasVisibleLength(t, min)).toBe(visibleLength(t) >= min);
      expect(visibleLength(t, min)).toBe(Math.min(visibleLength(t), min));
    }), { numRuns: 3000 });
    expect(visibleLength('荣 昌𠀀')).toBe(3);
    expect(hasVisibleLength('荣 昌𠀀', 3)).toBe(true);
    expect(hasVisibleLength('荣 昌𠀀', 4)).toBe(false);
  });
});

describe('endsSentence', () => {
  it('reads the end of a paragraph as the expression it replaced did: a stop, then closing quotes or brackets at most', () => {
    const OLD = /[。！？!?…]$|[。！？!?…][”’」』"')）》\]】]+$/u;
    const cases = ['好。', '他说：“好。”', '好。」』', '好！）', '下一步……', 'Is it?"', '好。 \u3000', '好', '', '  ', '好”', '好。”x', '（下转第4版）', '好;', '“好”。'];
    for (const text of cases) expect(endsSentence(text), JSON.stringify(text)).toBe(OLD.test(text.trimEnd()));
    expect(cases.filter(endsSentence)).toEqual(['好。', '他说：“好。”', '好。」』', '好！）', '下一步……', 'Is it?"', '好。 \u3000', '“好”。']);
  });
});

describe('bigrams', () => {
  // What a story's words are by definition: each letter or digit (any script) paired with the one before it.
  const definition = (t: string) => {
    const kept = [...t].filter((ch) => /[\p{L}\p{N}]/u.test(ch));
    return new Set(kept.slice(1).map((ch, i) => kept[i]! + ch));
  };

  it('are the pairs of letters and digits in order, whatever stands between, told apart as the pairs themselves are', () => {
    fc.assert(fc.property(text, text, (a, b) => {
      const pairs = bigrams(a);
      expect(new Set([...pairs].map(charactersOf))).toEqual(definition(a));
      expect(pairs.size).toBe(definition(a).size);
      const shared = [...definition(a)].filter((pair) => definition(b).has(pair)).length;
      expect(sharedBigrams(pairs, bigrams(b))).toBe(shared);
      expect(sharedPairsIn(pairs, b)).toBe(shared);
    }));
  });

  it('pair common ideographs, rare ones, digits and letters across spaces and punctuation', () => {
    expect([...bigrams('荣昌，2024 𠀀丽a')].map(charactersOf)).toEqual(['荣昌', '昌2', '20', '02', '24', '4𠀀', '𠀀丽', '丽a']);
  });
});
