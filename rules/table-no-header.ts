import type { Element } from 'hast';
import { defineRule } from '../src/engine/rule.js';
import { attr } from '../src/hast/util.js';

const LAYOUT_ROLES = new Set(['presentation', 'none']);
const HEADER_ROLES = new Set(['columnheader', 'rowheader']);

/** A data table without header cells (H51, F91): cells are read without saying what they are. */
export default defineRule({
  id: 'table-no-header',
  severity: 'error',
  wcag: ['1.3.1'],
  techniques: ['H51', 'F91'],
  tags: ['tables'],
  description: { en: 'Table has no header cells', pl: 'Tabela nie ma komórek nagłówka' },
  why: {
    en: 'Screen readers announce each cell with its column and row header; without header cells, a number in a table is just a number.',
    pl: 'Czytniki ekranu odczytują każdą komórkę razem z nagłówkiem jej kolumny i wiersza; bez komórek nagłówka liczba w tabeli to tylko liczba.',
  },
  fix: {
    en: 'Mark the first row (or column) as header cells: <th> in HTML, the header row in a Markdown table, "Header row" in the editor\'s table settings.',
    pl: 'Oznacz pierwszy wiersz (albo kolumnę) jako komórki nagłówka: <th> w HTML, wiersz nagłówka w tabeli Markdown, „Wiersz nagłówka” w ustawieniach tabeli w edytorze.',
  },
  messages: {
    noHeader: {
      en: 'The table ({rows} rows × {columns} columns) has no header cells.',
      pl: 'Tabela (wiersze: {rows}, kolumny: {columns}) nie ma komórek nagłówka.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Opening hours as td cells only',
        format: 'html',
        content:
          '<table>\n<tr><td>Filia</td><td>Sobota</td></tr>\n<tr><td>Centralna</td><td>10:00–16:00</td></tr>\n</table>',
        expected: [{ line: 1, messageId: 'noHeader' }],
      },
    ],
    correct: [
      {
        title: 'The first row is a header row',
        format: 'html',
        content:
          '<table>\n<tr><th>Filia</th><th>Sobota</th></tr>\n<tr><td>Centralna</td><td>10:00–16:00</td></tr>\n</table>',
      },
    ],
  },
  check({ index, report }) {
    for (const table of index.byTag('table')) {
      if (LAYOUT_ROLES.has(attr(table, 'role') ?? '')) continue;
      const rows = rowsOf(table);
      // A nested table, or one row or one column, is layout rather than data.
      if (rows.some((row) => row.some((cell) => hasTable(cell)))) continue;
      const columns = Math.max(0, ...rows.map((row) => row.length));
      if (rows.length < 2 || columns < 2) continue;
      const hasHeader = rows.some((row) =>
        row.some((cell) => cell.tagName === 'th' || HEADER_ROLES.has(attr(cell, 'role') ?? '')),
      );
      if (hasHeader) continue;
      report({
        node: table,
        messageId: 'noHeader',
        data: { rows: rows.length, columns },
        fingerprintKey: `table:${rows.length}x${columns}`,
      });
    }
  },
});

/** Rows of this table (not of tables nested in its cells), each as its cells. */
function rowsOf(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (el: Element) => {
    for (const child of el.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') {
        rows.push(
          child.children.filter(
            (c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'),
          ),
        );
      } else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) visit(child);
    }
  };
  visit(table);
  return rows;
}

function hasTable(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (c.tagName === 'table' || hasTable(c)));
}
