// `content-a11y rules`: the catalogue, from rule metadata.
import { builtinRegistry } from '../engine/registry.js';
import type { CliIo } from './check-command.js';

export async function runRulesCommand(_argv: string[], io: CliIo): Promise<number> {
  const rows = [...builtinRegistry().rules].sort((a, b) => a.id.localeCompare(b.id));
  const width = Math.max(...rows.map((r) => r.id.length));
  for (const rule of rows) {
    const wcag = rule.wcag.length ? rule.wcag.join(', ') : '—';
    io.stdout.write(
      `${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${wcag.padEnd(12)}  ${rule.description.en}\n`,
    );
  }
  return 0;
}
