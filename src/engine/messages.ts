// Choosing the language of a message and filling its placeholders.
import type { Localized } from './rule.js';

export const MESSAGE_LOCALES = ['en', 'pl'] as const;

/** The text in `locale` when the rule has it, else English. */
export function localize(text: Localized, locale: string): string {
  return (text as unknown as Record<string, string | undefined>)[locale] ?? text.en;
}

export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

/** Messages speak the post's language when we have it, else the requested locale, else English. */
export function pickLocale(requested: string | undefined, postLang: string): string {
  if (requested) return requested;
  return postLang;
}
