// An article file as a person corrected it, checked as the site reads it: each problem with its file and line.
import { describe, expect, it } from 'vitest';
import { articleFileProblems } from '../../src/lib/article-check.ts';
import { articleFile } from '../../src/lib/ingest/markdown.ts';
import { testArticle } from '../helpers.ts';

const file = articleFile(testArticle({ id: '2024-03-15-01-01', headline: '我区召开大会', paragraphs: ['正文。'] }));
const lineOf = (start: string) => file.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('articleFileProblems', () => {
  it('finds nothing wrong with what ingest writes', () => {
    expect(articleFileProblems(file, 'a.md')).toEqual([]);
  });

  it('names the line of a field that is wrong, of a key nobody knows, of broken YAML; and a field that is missing', () => {
    expect(articleFileProblems(file.replace(/^date: .*$/mu, 'date: "2024-3-15"'), 'a.md')).toEqual([`a.md:${lineOf('date:')}: date: date must be a calendar date written YYYY-MM-DD.`]);
    expect(articleFileProblems(file.replace(/^kicker: .*$/mu, 'kikcer: "引题"'), 'a.md')[0]).toMatch(new RegExp(`^a\\.md:${lineOf('kicker:')}: the article: has unknown keys kikcer \\(it knows id, paper, headline, `, 'u'));
    expect(articleFileProblems(file.replace(/^(headline: ".*)"$/mu, '$1'), 'a.md')).toEqual([`a.md:${lineOf('headline:')}: the front matter is not valid YAML: Missing closing "quote.`]);
    expect(articleFileProblems(file.replace(/^headline: .*\n/mu, ''), 'a.md')).toEqual(['a.md: headline: is missing.']);
    expect(articleFileProblems('正文。\n', 'a.md')).toEqual(['a.md:1: an article file must start with its front matter, between two lines of ---.']);
  });
});
