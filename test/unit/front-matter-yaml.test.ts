import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import { frontMatterYaml, YAML_OPTIONS } from '../../src/lib/ingest/front-matter-yaml.ts';

describe('frontMatterYaml', () => {
  it('writes what js-yaml writes for an article', () => {
    const meta = {
      id: '2023-12-22-02-07', headline: '擦亮德育底色 培养时代新人', kicker: null, dateEstimated: true, page: 2,
      credits: ['融媒体中心记者 郑光慧'], interns: [], source: { file: 'content/raw/rongchang/000.txt', lines: [71, 121] }, alsoFrom: [],
    };
    expect(frontMatterYaml(meta)).toBe(dump(meta, YAML_OPTIONS));
    expect(frontMatterYaml(meta)).toContain('source:\n  file: "content/raw/rongchang/000.txt"\n  lines:\n    - 71\n    - 121\n');
  });

  it('writes what js-yaml writes, byte for byte, for any record of the front matter’s shapes', () => {
    // Characters js-yaml writes as they are, characters it escapes (quotes, backslashes, controls, NEL, no-break
    // space, line separators, BOM, lone surrogates) and astral ones; keys that YAML would read as other things.
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'荣昌报记者 ab:#-\'"\\\n\t\r\x00\x7f\x85\xa0\u2028\u2029\ufeff\ufffe\ud800\udc00𠀀') }),
      fc.string({ unit: 'binary' }),
    );
    const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.constant(-0), fc.boolean(), fc.constant(null));
    const key = fc.oneof(fc.constantFrom('id', 'headline', 'true', 'null', 'yes', 'on', '1', 'a b', ''), fc.string({ maxLength: 6 }));
    const list = fc.oneof(fc.array(scalar, { maxLength: 3 }), fc.array(fc.dictionary(key, scalar, { maxKeys: 2 }), { maxLength: 2 }));
    const nested = fc.dictionary(key, fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxKeys: 3 });
    const record = fc.dictionary(key, fc.oneof(scalar, scalar, list, nested), { maxKeys: 6 });
    fc.assert(
      fc.property(record, (meta) => {
        expect(frontMatterYaml(meta)).toBe(dump(meta, YAML_OPTIONS));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves an object met twice to js-yaml, which writes it as an anchor and an alias', () => {
    const people = ['杨丽丹'];
    const meta = { reporters: people, credits: people };
    expect(frontMatterYaml(meta)).toBe(dump(meta, YAML_OPTIONS));
    expect(load(frontMatterYaml(meta))).toEqual(meta);
  });

  it('leaves a key too long to stand plain to js-yaml, which writes it as an explicit pair', () => {
    const key = '长'.repeat(1030);
    for (const meta of [{ [key]: 'v' }, { outer: { [key]: 'v' } }, { [key]: [1, 2] }]) expect(frontMatterYaml(meta)).toBe(dump(meta, YAML_OPTIONS));
  });
});
