// trigramScores computes franc-min's scores with its own index (src/lang/trigram-scores.ts says
// why). Any difference from franc-min's francAll would silently change which language a post is
// checked in, so it is held to francAll on real text, score for score and in franc's order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { francAll } from 'franc-min';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { trigramScores } from '../../src/lang/trigram-scores.js';

const DETECTION = join(import.meta.dirname, 'detection');
const excerpts = readdirSync(DETECTION)
  .filter((f) => f.endsWith('.jsonl'))
  .map((f) => ({
    lang: f.replace('.jsonl', ''),
    texts: readFileSync(join(DETECTION, f), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  }));

const same = (text: string) => expect(trigramScores(text, 10)).toEqual(francAll(text, { minLength: 10 }));

describe('trigramScores gives francAll’s scores', () => {
  it.each(excerpts.map((e) => [e.lang, e.texts] as const))(
    'on every %s excerpt, alone and joined',
    (_, texts) => {
      for (const text of texts) same(text);
      // Joined excerpts reach the 1,000-character samples detection reads, and past franc's cut at
      // 2,048 characters.
      for (let i = 0; i + 12 <= texts.length; i += 12) same(texts.slice(i, i + 12).join(' '));
    },
  );

  it('on the text of every fixture post', () => {
    const files = globSync('**/*.{md,mdx,markdown,html,txt,json}', {
      cwd: join(import.meta.dirname, '../../fixtures'),
      absolute: true,
    });
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/\s+/g, ' ');
      for (let at = 0; at < Math.min(text.length, 6000); at += 1000) same(text.slice(at, at + 1000));
    }
  });

  it.each([
    ['empty', ''],
    ['shorter than the minimum', 'Tak.'],
    ['digits and punctuation only', '28.04.2021 – 29.04.2021, 10:00–14:00 (nr 12/2021)'],
    [
      'a script with one language (Greek)',
      'Η συνεδρίαση του δημοτικού συμβουλίου θα πραγματοποιηθεί την Τρίτη.',
    ],
    ['Han characters', '市政府今天发布了关于公共交通的新规定，所有市民都可以在网站上查看。'],
    ['mixed scripts, Cyrillic most', 'Засідання ради відбудеться у вівторок, meeting on Tuesday, 10:00.'],
    ['Latin with apostrophes and ligatures', 'L’hôtel de ville ouvre ses portes aux œuvres d’art le 3 mai.'],
    ['Devanagari', 'नगर परिषद की बैठक मंगलवार को होगी और सभी नागरिक आमंत्रित हैं।'],
    ['Arabic', 'سيعقد المجلس البلدي اجتماعه يوم الثلاثاء المقبل في قاعة المدينة.'],
    ['a word repeated (ties in counts and distances)', 'data data data data data data data data'],
  ])('on %s', (_, text) => same(text));

  it('returns the languages of the text’s script, best first, the best scoring 1', () => {
    const scores = trigramScores(
      'Urząd Miasta informuje, że w dniach 28–29 kwietnia 2021 r. biuro obsługi mieszkańców będzie nieczynne z powodu prac remontowych w budynku przy ulicy Głównej. Za utrudnienia przepraszamy i zapraszamy od poniedziałku.',
    );
    expect(scores[0]).toEqual(['pol', 1]);
    expect(scores.length).toBeGreaterThan(30);
    for (let i = 1; i < scores.length; i++) expect(scores[i]![1]).toBeLessThanOrEqual(scores[i - 1]![1]);
  });
});
