// Where an alt text is written in the source, so a fix edits the alt and nothing else: the label
// of a Markdown `![alt](src)`, the value of an HTML `alt="…"` (or `aria-label`), the value of a
// front-matter alt field. Only when the source there reads exactly as the alt (no `*emphasis*` in
// a Markdown label, no `&amp;` in an attribute): a fix must never rewrite text it did not read.

import type { PostIndex } from '../types.js';
import type { AltText } from './images.js';

export interface SourceSpan {
  start: number;
  end: number;
}

/** Offsets of the alt's text (trimmed as rules read it) in `index.sourceText`, or undefined. */
export function altSourceSpan(alt: AltText, index: PostIndex): SourceSpan | undefined {
  const source = index.sourceText;
  const start = alt.position?.start.offset;
  const end = alt.position?.end.offset;
  if (start === undefined || end === undefined || end <= start) return undefined;
  const written = source.slice(start, end);
  let value: SourceSpan | undefined;
  if (alt.cover) value = fieldValue(written, start);
  else if (alt.image?.origin === 'markdown' && written.startsWith('!['))
    value = markdownLabel(written, start);
  else if (written.startsWith('<')) value = attributeValue(written, start, attributeOf(alt));
  if (!value || source.slice(value.start, value.end) !== alt.text) return undefined;
  const lead = alt.text.length - alt.text.trimStart().length;
  const trail = alt.text.length - alt.text.trimEnd().length;
  return { start: value.start + lead, end: value.end - trail };
}

function attributeOf(alt: AltText): string | undefined {
  const el = alt.image?.element;
  if (!el) return undefined;
  const props = el.properties ?? {};
  if (props.ariaLabelledBy !== undefined) return undefined;
  if (props.ariaLabel !== undefined) return 'aria-label';
  return 'alt';
}

/** `![label](…)` or `![label][ref]`: the label, up to the bracket that closes it. */
function markdownLabel(written: string, offset: number): SourceSpan | undefined {
  let depth = 0;
  for (let i = 2; i < written.length; i++) {
    const c = written[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']') {
      if (depth === 0) return { start: offset + 2, end: offset + i };
      depth--;
    }
  }
  return undefined;
}

/** The value of `name=` in the start tag (`alt="…"`, `alt='…'` or unquoted). */
function attributeValue(written: string, offset: number, name: string | undefined): SourceSpan | undefined {
  if (!name) return undefined;
  const tagEnd = startTagEnd(written);
  const tag = written.slice(0, tagEnd);
  const pattern = new RegExp(`[\\s/]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'giu');
  const m = pattern.exec(tag);
  // Two alt attributes: the browser takes the first, but the source is not one to edit blindly.
  if (!m || pattern.exec(tag)) return undefined;
  const value = m[1] ?? m[2] ?? m[3] ?? '';
  const quoted = m[1] !== undefined || m[2] !== undefined;
  const valueEnd = m.index + m[0].length - (quoted ? 1 : 0);
  return { start: offset + valueEnd - value.length, end: offset + valueEnd };
}

/** The `>` that ends the start tag, outside quoted attribute values. */
function startTagEnd(written: string): number {
  let quote: string | undefined;
  for (let i = 1; i < written.length; i++) {
    const c = written[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return written.length;
}

/** A front-matter value as written: bare, or inside one pair of quotes. */
function fieldValue(written: string, offset: number): SourceSpan | undefined {
  const quote = written[0];
  if ((quote === '"' || quote === "'") && written.endsWith(quote) && written.length >= 2) {
    return { start: offset + 1, end: offset + written.length - 1 };
  }
  return { start: offset, end: offset + written.length };
}
