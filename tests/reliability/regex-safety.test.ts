// Every regular expression in src/ and rules/ is checked for catastrophic backtracking (ReDoS) with
// recheck, so future rules are covered without anyone listing them: regex literals are collected
// from the sources with the TypeScript parser, and patterns built at run time (`new RegExp`, word
// lists) are captured by wrapping the RegExp constructor while real posts are checked.
//
// Policy: exponential backtracking fails. Polynomial backtracking fails too, unless the regex is
// listed in BOUNDED below with the reason its input is short (limits.maxLineLength caps a line).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync as recheck } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

interface Found {
  source: string;
  flags: string;
  where: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function regexLiterals(): Found[] {
  const found: Found[] = [];
  for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'rules'))]) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const end = literal.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({
          source: literal.slice(1, end),
          flags: literal.slice(end + 1),
          where: `${relative(root, file)}:${line}`,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Patterns built at run time while modules load and real posts are checked. */
async function runtimeRegexes(): Promise<Found[]> {
  const found: Found[] = [];
  const Original = RegExp;
  const captured = new Proxy(Original, {
    construct(target, args) {
      const re = new target(...(args as [string, string?]));
      const stack = new Error().stack ?? '';
      const ours = /\/(src|rules)\/[^\s:)]+:\d+/.exec(
        stack
          .split('\n')
          .slice(2)
          .find((l) => /\/(src|rules)\//.test(l) && !l.includes('node_modules')) ?? '',
      );
      if (ours) found.push({ source: re.source, flags: re.flags, where: `runtime ${ours[0].slice(1)}` });
      return re;
    },
  });
  globalThis.RegExp = captured;
  try {
    const { checkSync } = await import('../../src/check-sync.js');
    const now = new Date('2025-01-01');
    const dir = join(root, 'fixtures');
    const posts = sourceFilesAny(dir);
    for (const path of posts) checkSync({ content: readFileSync(path), path: relative(root, path), now });
    for (const lang of ['en', 'pl', 'de', 'fr', 'es']) {
      checkSync({
        content: `---\ntitle: T\nlang: ${lang}\n---\n\n![Zdjęcie](a.png) [więcej](x) 28.04.2021\n`,
        path: 'a.md',
        now,
      });
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

function sourceFilesAny(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFilesAny(path);
    return /\.(md|html|txt|json)$/.test(entry.name) ? [path] : [];
  });
}

/** Polynomial at worst, and only ever run on short text; each entry says why. */
const BOUNDED: Record<string, string> = {
  // Language from a file path (`/pl/…`, `post.pl.md`): runs on the path only, which the OS caps
  // at a few thousand characters, never on post text.
  [String.raw`(?:^|[/\\])([a-z]{2}(?:-[A-Za-z]{2})?)(?=[/\\])|\.([a-z]{2}(?:-[A-Za-z]{2})?)\.[a-z]+$`]:
    'file paths only',
  // JSON files that are never posts, when a directory expands: runs on file paths only.
  [String.raw`(^|[/\\])(package(-lock)?\.json|npm-shrinkwrap\.json|composer(\.lock)?\.json|(ts|js)config(\..+)?\.json|[^/\\]*\.config\.json|\.[^/\\]*rc\.json|biome\.jsonc?|deno\.json|manifest\.json|[^/\\]*\.schema\.json|[^/\\]*\.lock\.json)$`]:
    'file paths only',
};

describe('regular expressions on user text', () => {
  it('none backtracks catastrophically (recheck), literals and run-time patterns alike', async () => {
    const all = [...regexLiterals(), ...(await runtimeRegexes())];
    expect(all.length).toBeGreaterThan(20);
    const unique = new Map<string, Found>();
    for (const r of all) if (!unique.has(`${r.source}/${r.flags}`)) unique.set(`${r.source}/${r.flags}`, r);
    const problems: string[] = [];
    for (const r of unique.values()) {
      const result = recheck(r.source, r.flags.replace(/[^gimsuyd]/g, ''), {
        timeout: 10_000,
        randomSeed: 20261127,
      });
      if (result.status === 'safe') continue;
      // recheck gives up ("unknown") only when its time runs out on a loaded machine: say so, do
      // not fail the build on it.
      if (result.status === 'unknown') {
        console.warn(`recheck could not decide ${r.where} /${r.source}/ in time`);
        continue;
      }
      if (result.status === 'vulnerable' && result.complexity.type === 'polynomial' && BOUNDED[r.source])
        continue;
      const kind = result.status === 'vulnerable' ? result.complexity.type : 'error';
      problems.push(`${r.where} /${r.source}/${r.flags}: ${kind}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  }, 600_000);
});
