// `content-a11y merge`: combine the reports of `--shard` jobs into one. JSON reports merge into
// one JSON report (or any other format, since they hold every finding); SARIF reports into one
// SARIF log with one run, the rules de-duplicated and results re-pointed at them.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Log, ReportingDescriptor, Result, Run } from 'sarif';
import { summarize } from '../files/check-files.js';
import { findUp } from '../files/files.js';
import { loadFormatter } from '../report/index.js';
import { reportProblem } from '../report/report-schema.js';
import { terminalSafe } from '../report/stylish.js';
import type { FileResult, Summary } from '../types.js';
import { type CliIo, writeAtomically } from './io.js';
import { type CommandSpec, option } from './program.js';
import { UsageError } from './usage-error.js';

interface JsonReport {
  files: FileResult[];
  summary: Summary;
}

export const mergeCommand: CommandSpec = {
  name: 'merge',
  define(command, { io, help, exit }) {
    command
      .argument('<reports...>', help.arguments.reports)
      .addOption(option('-f, --format <name>', help.options.mergeFormat))
      .addOption(option('-o, --output <file>', help.options.output))
      .addHelpText('after', help.mergeAfter)
      .action(async (reports: string[], values: { format?: string; output?: string }) => {
        exit(await runMerge(reports, values, io));
      });
  },
};

export async function runMerge(
  positionals: string[],
  values: { format?: string; output?: string },
  io: CliIo,
): Promise<number> {
  const reports = await Promise.all(positionals.map((file) => readReport(resolve(io.cwd, file), file)));
  const kinds = new Set(reports.map((r) => r.kind));
  if (kinds.size > 1) throw new UsageError('merge combines reports of one kind: all JSON or all SARIF.');
  let text: string;
  let errors: number;
  if (reports[0]!.kind === 'sarif') {
    if (values.format && values.format !== 'sarif') {
      throw new UsageError('SARIF reports merge into SARIF only; merge JSON reports for other formats.');
    }
    const log = mergeSarif(reports.map((r) => r.data as Log));
    errors = log.runs[0]!.results!.filter((r) => (r.level ?? 'warning') === 'error').length;
    text = `${JSON.stringify(log, null, 2)}\n`;
  } else {
    const name = values.format ?? 'json';
    const formatter = await loadFormatter(name);
    if (!formatter) throw new UsageError(`Unknown format "${name}".`);
    const files = mergeJson(reports.map((r) => r.data as JsonReport));
    const summary = summarize(files);
    errors = summary.errors;
    const root = findUp(io.cwd, '.git') ?? io.cwd;
    text = formatter(files, summary, { cwd: io.cwd, color: false, root, env: io.env });
  }
  if (values.output) await writeAtomically(resolve(io.cwd, values.output), text);
  else io.stdout.write(text);
  return errors > 0 ? 1 : 0;
}

async function readReport(path: string, name: string): Promise<{ kind: 'json' | 'sarif'; data: unknown }> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ? 'cannot be read' : 'is not JSON';
    throw new UsageError(`The report ${name} ${reason}.`);
  }
  // A report is a file from another job: its values are checked before they reach XML, HTML,
  // Markdown or the terminal, and a malformed one is named, never an internal error.
  const record = data as Record<string, unknown> | null;
  const kind = Array.isArray(record?.runs) ? 'sarif' : Array.isArray(record?.files) ? 'json' : undefined;
  if (!kind) throw new UsageError(`${name} is neither a content-a11y JSON report nor a SARIF log.`);
  const problem = reportProblem(kind, data);
  if (problem) {
    const what = kind === 'sarif' ? 'SARIF 2.1.0 log' : 'content-a11y JSON report';
    throw new UsageError(`${name} is not a valid ${what}: ${terminalSafe(problem)}.`);
  }
  return { kind, data };
}

/** Files of all reports, each path once (shards are disjoint; a repeated path keeps its first report), sorted. */
export function mergeJson(reports: JsonReport[]): FileResult[] {
  const byPath = new Map<string, FileResult>();
  for (const report of reports) {
    for (const file of report.files) if (!byPath.has(file.path)) byPath.set(file.path, file);
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function mergeSarif(logs: Log[]): Log {
  const runs = logs.flatMap((log) => log.runs);
  const first = runs[0];
  if (!first) return { version: '2.1.0', runs: [] };
  const rules: ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  const results: Result[] = [];
  for (const run of runs) {
    const runRules = run.tool.driver.rules ?? [];
    for (const rule of runRules) {
      if (!index.has(rule.id)) {
        index.set(rule.id, rules.length);
        rules.push(rule);
      }
    }
    for (const result of run.results ?? []) {
      const id =
        result.ruleId ?? (result.ruleIndex !== undefined ? runRules[result.ruleIndex]?.id : undefined);
      results.push(id !== undefined && index.has(id) ? { ...result, ruleIndex: index.get(id)! } : result);
    }
  }
  const merged: Run = { ...first, tool: { ...first.tool, driver: { ...first.tool.driver, rules } }, results };
  return { ...(logs[0]!.$schema ? { $schema: logs[0]!.$schema } : {}), version: '2.1.0', runs: [merged] };
}
