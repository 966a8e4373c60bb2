// A language's name for people, in the message locale ("Polish", "polski"), from Intl (CLDR).
const cache = new Map<string, Intl.DisplayNames | undefined>();

export function languageName(code: string, locale: string): string {
  let names = cache.get(locale);
  if (!cache.has(locale)) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'language' });
    } catch {
      names = undefined;
    }
    cache.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
