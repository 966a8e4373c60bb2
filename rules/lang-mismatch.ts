import { fieldName } from '../src/engine/field-names.js';
import { defineRule } from '../src/engine/rule.js';
import { bodyText } from '../src/indexes/body-text.js';
import { CODE_MASK } from '../src/indexes/text-blocks.js';
import { compareLanguage } from '../src/lang/detect.js';

interface Options {
  maxScore: number;
}

/** The declared language differs from the language the body is written in (3.1.1). */
export default defineRule<Options>({
  id: 'lang-mismatch',
  severity: 'warning',
  wcag: ['3.1.1'],
  tags: ['language'],
  description: {
    en: 'Declared language differs from the text',
    pl: 'Zadeklarowany język różni się od języka tekstu',
  },
  why: {
    en: 'Screen readers pronounce the text by the declared language; an English post declared as Polish is read with Polish pronunciation and cannot be understood.',
    pl: 'Czytniki ekranu wymawiają tekst według zadeklarowanego języka; polski wpis oznaczony jako angielski jest czytany z angielską wymową i nie da się go zrozumieć.',
  },
  fix: {
    en: 'Correct the language declaration (front matter "lang", <html lang>, the CMS language field); mark passages in another language with lang on their element.',
    pl: 'Popraw deklarację języka (pole "lang" w nagłówku pliku, <html lang>, pole języka w CMS); fragmenty w innym języku oznacz atrybutem lang na ich elemencie.',
  },
  messages: {
    mismatch: {
      en: 'The post declares "{declared}" ({field}), but its text reads as "{detected}".',
      pl: 'Wpis deklaruje język „{declared}” ({field}), ale jego tekst wygląda na „{detected}”.',
    },
  },
  options: {
    maxScore: {
      type: 'number',
      default: 0.96,
      description: {
        en: "Report only when the declared language scores below this share of the best guess's score (0–1).",
        pl: 'Zgłaszaj tylko, gdy zadeklarowany język uzyskuje mniej niż ten ułamek wyniku najlepszego dopasowania (0–1).',
      },
    },
  },
  examples: {
    incorrect: [
      {
        title: 'A Polish post declared as English',
        format: 'markdown',
        content: `---\ntitle: Warsztaty\nlang: en\n---\n\n${'W dniach 28-29 kwietnia 2021 r. odbyło się kolejne spotkanie online Grupy Tematycznej do spraw diagnozy sektora ekonomii społecznej. Na spotkaniu podsumowaliśmy materiał wypracowany na poprzednich spotkaniach oraz zidentyfikowaliśmy problemy, z jakimi boryka się sektor ekonomii społecznej w województwie świętokrzyskim. Omówiliśmy również wyzwania, jakie czekają sektor w najbliższej przyszłości, i ustaliliśmy kolejne kroki.\n\n'.repeat(3)}`,
        expected: [{ line: 3, messageId: 'mismatch' }],
      },
    ],
    correct: [
      {
        title: 'A short post is not judged (under 1000 characters)',
        format: 'markdown',
        content: '---\ntitle: Warsztaty\nlang: en\n---\n\nZapraszamy na warsztaty.\n',
      },
    ],
  },
  check({ post, options, locale, report }) {
    if (post.langSource !== 'declared' || !post.meta.lang) return;
    const text = bodyText(post)
      .replaceAll(CODE_MASK, ' ')
      .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ');
    // On 1000-character samples of the corpus, a wrong language scores 0.84–0.955 (English on French
    // posts 0.90–0.92, on Polish 0.91–0.95), close relatives and lists of names 0.97–0.99. Only
    // samples that agree, with the declared language below maxScore in every one, make a finding.
    const guess = compareLanguage(text, post.lang);
    // franc's scores sit close together (English scores 0.80 on Polish text, French 0.82 on German)
    // while a language the text is really in, or a mix of two, scores above 0.95.
    if (!guess || guess.lang === post.lang || guess.declaredScore >= options.maxScore) return;
    const declared = post.meta.lang;
    report({
      messageId: 'mismatch',
      data: { declared: declared.value, field: fieldName(declared, locale), detected: guess.lang },
      field: declared,
      excerpt: declared.value,
      suggestion: guess.lang,
    });
  },
});
