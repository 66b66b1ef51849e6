// The fixture archive (test/fixtures/archive/raw) is read as it was written: every article's headline, people,
// section and paragraphs as recorded in test/fixtures/archive/expected.json. Site tests rely on that reading, so a
// parser change that alters it shows up here first, by article, not as a puzzling site-test failure.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONFIG, FIXTURE_RAW, ROOT } from './harness.ts';

interface ExpectedArticle {
  id: string;
  headline: string;
  headlineInferred: boolean;
  [field: string]: unknown;
}
interface Expected {
  paper: string;
  articles: ExpectedArticle[];
}
interface Parsed {
  articles: (ExpectedArticle & { paper: string; source: { file: string } })[];
  report: { errors: unknown[]; warnings: { file: string; line: number | null; code: string; message: string }[] };
}

const expected = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/archive/expected.json'), 'utf8')) as Expected;

function ingestFixture(): Parsed {
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', '--json', '--config', FIXTURE_CONFIG, FIXTURE_RAW], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Parsed;
}

describe('the fixture archive', () => {
  const parsed = ingestFixture();
  const byId = new Map(parsed.articles.map((a) => [a.id, a]));

  it('gives exactly the articles it was written with, of the fixture paper', () => {
    expect(parsed.report.errors).toEqual([]);
    expect(parsed.articles.map((a) => a.id)).toEqual(expected.articles.map((a) => a.id));
    expect(new Set(parsed.articles.map((a) => a.paper))).toEqual(new Set([expected.paper]));
  });

  it.each(expected.articles.map((a) => [a.id, a] as const))('reads %s as intended', (id, article) => {
    const actual = byId.get(id);
    expect(actual, `${id} is missing`).toBeDefined();
    expect(actual).toMatchObject(article);
  });

  it('warns about nothing', () => {
    expect(parsed.report.warnings.map((w) => w.message)).toEqual([]);
  });
});
