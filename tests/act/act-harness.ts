// Loads the W3C ACT test cases (../shared/act-cases) and runs the whole engine on one, wrapped the
// way ACT's own tooling does ("Evaluating a case the way ACT does" in their README).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/check.js';

export const ACT_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'act-cases');

export interface ActCase {
  ruleId: string;
  ruleName: string;
  outcome: 'passed' | 'failed' | 'inapplicable';
  file: string;
  example: string;
  language: string;
  fullDocument: boolean;
  needsReview: boolean;
  usesScript: boolean;
  usesCss: boolean;
}

export function loadActCases(): ActCase[] {
  const manifest = join(ACT_DIR, 'manifest.json');
  if (!existsSync(manifest)) return [];
  return JSON.parse(readFileSync(manifest, 'utf8')) as ActCase[];
}

export function wrapCase(c: ActCase, snippet: string): string {
  if (/<!doctype/i.test(snippet)) return snippet;
  if (/<html/i.test(snippet)) return `<!DOCTYPE html>\n${snippet}`;
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n\t<title>${c.example}</title>\n</head>\n<body>\n\t${snippet}\n</body>\n</html>`;
}

/** Rule ids the engine reported on the case. */
export async function runCase(c: ActCase): Promise<string[]> {
  const snippet = readFileSync(join(ACT_DIR, c.file), 'utf8');
  const { messages } = await check({
    content: wrapCase(c, snippet),
    path: `${c.file.replace(/\.\w+$/, '')}.html`,
    now: new Date('2026-01-01T00:00:00Z'),
  });
  return messages.map((m) => m.ruleId);
}
