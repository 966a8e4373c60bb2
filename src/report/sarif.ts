// `--format sarif`: SARIF 2.1.0, what GitHub code scanning and many editors read. Every rule is in
// tool.driver.rules (with helpUri and WCAG tags); results point at repository-relative URIs with
// a region, and carry the finding's line-independent fingerprint so alerts survive edits.

import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { builtinRegistry, type RuleRegistry } from '../engine/registry.js';
import { helpUrl } from '../engine/run.js';
import { toolVersion } from '../files/version.js';
import type { Finding, Severity } from '../types.js';
import { repoPath, uniqueFingerprints } from './ci-paths.js';
import type { Formatter } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'contentA11y/v1';
const INFORMATION_URI = 'https://github.com/content-a11y/content-a11y';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** Percent-encodes each path segment, so spaces, `?`, `#` and `:` cannot change the URI's meaning. */
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function ruleDescriptor(registry: RuleRegistry, id: string, sample?: Finding): ReportingDescriptor {
  const rule = registry.get(id);
  if (!rule) {
    return {
      id,
      helpUri: sample?.helpUrl ?? helpUrl(id),
      ...(sample ? { shortDescription: { text: id } } : {}),
      properties: { tags: ['accessibility', ...(sample?.wcag ?? []).map((c) => `WCAG ${c}`)] },
    };
  }
  const tags = [
    'accessibility',
    ...rule.tags,
    ...rule.wcag.map((c) => `WCAG ${c}`),
    ...(rule.techniques ?? []).map((t) => `WCAG technique ${t}`),
  ];
  return {
    id: rule.id,
    name: rule.id
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: rule.description.en },
    fullDescription: { text: rule.why.en },
    help: { text: rule.fix.en },
    helpUri: rule.docsUrl ?? helpUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags, ...(rule.wcag.length > 0 ? { wcag: rule.wcag } : {}) },
  };
}

export function toSarif(
  files: Parameters<Formatter>[0],
  context: Parameters<Formatter>[2],
  version: string,
): Log {
  const registry = context.registry ?? builtinRegistry();
  const rules: ReportingDescriptor[] = registry.rules.map((r) => ruleDescriptor(registry, r.id));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const fingerprints = uniqueFingerprints(files);
  const results: Result[] = [];
  for (const file of files) {
    const uri = pathToUri(repoPath(file.path, context));
    for (const m of file.messages) {
      if (!index.has(m.ruleId)) {
        index.set(m.ruleId, rules.length);
        rules.push(ruleDescriptor(registry, m.ruleId, m));
      }
      results.push({
        ruleId: m.ruleId,
        ruleIndex: index.get(m.ruleId)!,
        level: LEVEL[m.severity],
        message: { text: m.suggestion ? `${m.message} ${m.suggestion}` : m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: {
                startLine: Math.max(1, m.line),
                startColumn: Math.max(1, m.column),
                endLine: Math.max(m.line, m.endLine, 1),
                endColumn: Math.max(1, m.endLine > m.line ? m.endColumn : Math.max(m.endColumn, m.column)),
                ...(m.excerpt ? { snippet: { text: m.excerpt } } : {}),
              },
            },
            ...(m.jsonPath ? { logicalLocations: [{ fullyQualifiedName: m.jsonPath, kind: 'member' }] } : {}),
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprints.get(m)! },
        properties: { wcag: m.wcag, severity: m.severity },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'content-a11y', version, informationUri: INFORMATION_URI, rules } },
        ...(context.root
          ? {
              originalUriBaseIds: {
                '%SRCROOT%': { uri: `${pathToFileURL(context.root).href.replace(/\/?$/, '/')}` },
              },
            }
          : {}),
        // Columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

const sarif: Formatter = (files, _summary, context) =>
  `${JSON.stringify(toSarif(files, context, toolVersion()), null, 2)}\n`;
export default sarif;
