// Building HTML where every interpolated value is escaped unless it is already markup, so a post's
// `</script><img onerror=…>` alt text can only ever be text in the report.

export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Content = Markup | string | number | boolean | null | undefined | readonly Content[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what is shown:
 * `invoice\u202Egnp.md` reads as `invoicedm.png` (Trojan Source). A report shows them as visible
 * `\u{202e}` escapes, as the terminal reporter does, so a name reads as it is stored.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

export function escapeHtml(text: string): string {
  return showBidiControls(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: Content): string {
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results pass through. */
export function html(strings: TemplateStringsArray, ...values: Content[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Markup(out);
}

/** Markup we wrote ourselves (styles, the filter script) — never post content. */
export function trusted(text: string): Markup {
  return new Markup(text);
}
