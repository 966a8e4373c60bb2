// `content-a11y rules`: the catalogue, from rule metadata, in the message locale.
import { localize } from '../engine/messages.js';
import { builtinRegistry } from '../engine/registry.js';
import { severityName } from '../i18n/strings.js';
import type { CommandSpec } from './program.js';

export const rulesCommand: CommandSpec = {
  name: 'rules',
  define(command, { io, locale, exit }) {
    command.action(() => {
      const rows = [...builtinRegistry().rules].sort((a, b) => a.id.localeCompare(b.id));
      const width = Math.max(...rows.map((r) => r.id.length));
      const sevWidth = Math.max(...rows.map((r) => severityName(r.severity, locale).length));
      for (const rule of rows) {
        const wcag = rule.wcag.length ? rule.wcag.join(', ') : '—';
        io.stdout.write(
          `${rule.id.padEnd(width)}  ${severityName(rule.severity, locale).padEnd(sevWidth)}  ${wcag.padEnd(12)}  ${localize(rule.description, locale)}\n`,
        );
      }
      exit(0);
    });
  },
};
