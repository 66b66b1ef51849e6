// The site tests' validators: html-validate over built HTML files, and axe-core in a page in Chromium.
import axe from 'axe-core';
import type { Result as AxeResult, RunOptions as AxeRunOptions } from 'axe-core';
import { HtmlValidate, type ConfigData, type Report } from 'html-validate';
import type { Page } from 'playwright-core';

// ——— HTML validation ———

/**
 * html-validate's recommended rules, relaxed only where they disagree with how Astro writes HTML (or are matters of
 * style, not correctness). Duplicate ids, missing alt text, invalid nesting, unknown elements etc. stay errors.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<!DOCTYPE html>` as the source has it, `<meta … />` void tags, and `attr` or `attr=""` for booleans.
    'doctype-style': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Scoped styles and `define:vars` become inline style attributes.
    'no-inline-style': 'off',
    // Astro's output is not pretty-printed by us.
    'no-trailing-whitespace': 'off',
    // HTML5 allows any id without whitespace; the strict mode wants ids to start with a letter (HTML4), which heading
    // slugs of Chinese text (`-从学徒到传承人`) need not.
    'valid-id': ['error', { relaxed: true }],
    // An SEO hint, not an error: a headline is as long as the paper printed it.
    'long-title': 'off',
  },
};

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  selector: string | null;
}

export interface HtmlValidation {
  valid: boolean;
  errors: HtmlProblem[];
  warnings: HtmlProblem[];
  /** One line per problem, `file:line:column rule: message`, for assertion messages. */
  text: string;
  report: Report;
}

let validator: HtmlValidate | null = null;

/** Validates HTML files with html-validate (HTML_VALIDATE_CONFIG unless a config is given). */
export async function validateHtml(files: string[], config: ConfigData = HTML_VALIDATE_CONFIG): Promise<HtmlValidation> {
  const htmlvalidate = config === HTML_VALIDATE_CONFIG ? (validator ??= new HtmlValidate(config)) : new HtmlValidate(config);
  const report = await htmlvalidate.validateMultipleFiles(files);
  const errors: HtmlProblem[] = [];
  const warnings: HtmlProblem[] = [];
  for (const result of report.results) {
    for (const m of result.messages) {
      const problem = { file: result.filePath, line: m.line, column: m.column, rule: m.ruleId, message: m.message, selector: m.selector };
      (m.severity >= 2 ? errors : warnings).push(problem);
    }
  }
  const text = [...errors, ...warnings].map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`).join('\n');
  return { valid: errors.length === 0, errors, warnings, text, report };
}

// ——— accessibility ———

export type AxeViolation = AxeResult;

/**
 * Runs axe-core on the page as it is now and returns the violations of impact 'serious' or 'critical'.
 * `options` go to axe.run (e.g. `{ runOnly: ['wcag2a', 'wcag2aa'] }`).
 */
export async function axeViolations(page: Page, options: AxeRunOptions = {}): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(
    async (runOptions) => (window as unknown as { axe: typeof axe }).axe.run(document, runOptions),
    options as Record<string, unknown>,
  );
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A one-line-per-node summary of axe violations, for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')}`))
    .join('\n');
}
