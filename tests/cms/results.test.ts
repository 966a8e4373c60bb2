// What a CMS does with a result: block a save with a readable error, mark fields Sanity-style,
// and keep a person's dismissals across edits by fingerprint.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import {
  assertPublishable,
  findingLocation,
  formatSummary,
  jsonPathToSegments,
  PublishBlockedError,
  toValidationMarkers,
  withoutDismissed,
} from '../../src/host/publish-gate.js';

const dir = join(import.meta.dirname, '../../fixtures/cms');
const seed = (kind: string) => JSON.parse(readFileSync(join(dir, `seed.${kind}.json`), 'utf8'));
const post = (body: string) => ({
  title: 'Warsztaty',
  date: '2021-04-29',
  lang: 'en',
  format: 'markdown',
  body,
});

describe('results a CMS can act on', () => {
  it('throws a readable error in the post language when errors block publishing', () => {
    const result = checkSync({ content: seed('wordpress') });
    let thrown: unknown;
    try {
      assertPublishable(result);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PublishBlockedError);
    const error = thrown as PublishBlockedError;
    expect(error.message.split('\n')[0]).toMatch(
      /^Publikacja wstrzymana z powodu problemów z dostępnością: 1 błąd i \d+ ostrze/,
    );
    expect(error.message).toContain(
      '• date: Pole daty publikacji („date”, WordPress) jest puste. [date-missing]',
    );
    expect(error.findings.map((f) => f.ruleId)).toContain('date-missing');
    expect(error.counts).toEqual(result.counts);
    expect(formatSummary(result, { locale: 'en' }).split('\n')[0]).toMatch(
      /^Publishing blocked by accessibility problems: 1 error and \d+ warnings?\.$/,
    );
  });

  it('lets a clean post through, and can block on warnings too', () => {
    const clean = checkSync({ content: post('Some text about the workshop.\n\n![](a.png)\n') });
    expect(clean.ok).toBe(false);
    expect(() => assertPublishable(checkSync({ content: post('Plain text only.\n') }))).not.toThrow();
    const warned = {
      ...clean,
      ok: true,
      messages: clean.messages.map((m) => ({ ...m, severity: 'warning' as const })),
    };
    warned.counts = { errors: 0, warnings: warned.messages.length, infos: 0 };
    expect(() => assertPublishable(warned)).not.toThrow();
    expect(() => assertPublishable(warned, { blockOn: 'warning' })).toThrow(/1 warning/);
    expect(formatSummary(warned, { locale: 'en' })).toMatch(
      /^No accessibility problems block publishing: 0 errors and 1 warning\.\n• line 3:/,
    );
    expect(formatSummary({ ...warned, messages: Array(12).fill(warned.messages[0]) }, { max: 2 })).toMatch(
      /… 10 more$/,
    );
  });

  it('uses Polish plural forms', () => {
    const base = checkSync({ content: seed('generic') });
    const f = base.messages[0]!;
    const many = { ...base, messages: Array(5).fill(f), counts: { errors: 5, warnings: 2, infos: 1 } };
    expect(formatSummary(many, { locale: 'pl' }).split('\n')[0]).toMatch(
      /5 błędów, 2 ostrzeżenia i 1 uwaga\.$/,
    );
    expect(findingLocation({ ...f, line: 7, column: 2 }, 'pl')).toBe('wiersz 7');
  });

  it('turns JSON paths into Sanity paths and findings into markers', () => {
    expect(jsonPathToSegments('$.body[?(@._key=="a1b2")].alt')).toEqual(['body', { _key: 'a1b2' }, 'alt']);
    expect(jsonPathToSegments('$.posts[0].html')).toEqual(['posts', 0, 'html']);
    expect(jsonPathToSegments('$._embedded["wp:featuredmedia"][0]')).toEqual([
      '_embedded',
      'wp:featuredmedia',
      0,
    ]);
    const doc = seed('portable-text');
    doc.body.push({ _type: 'image', _key: 'zz99', asset: { _ref: 'image-x-1x1-png' } });
    const markers = toValidationMarkers(checkSync({ content: doc }));
    expect(markers).toContainEqual(
      expect.objectContaining({ level: 'error', ruleId: 'date-missing', paths: [['publishedAt']] }),
    );
    expect(markers).toContainEqual(
      expect.objectContaining({ ruleId: 'img-alt-missing', paths: [['body', { _key: 'zz99' }]] }),
    );
    expect(toValidationMarkers(checkSync({ content: 'Tekst.', path: 'a.md' }))[0]?.paths ?? []).toEqual([]);
  });

  it('keeps fingerprints when edits move lines, so a dismissal survives', () => {
    const before = checkSync({ content: post('Intro.\n\n![](a.png)\n') });
    const after = checkSync({
      content: post('A new first paragraph.\n\nIntro, rewritten.\n\nMore.\n\n![](a.png)\n'),
    });
    const [b] = before.messages.filter((m) => m.ruleId === 'img-alt-missing');
    const [a] = after.messages.filter((m) => m.ruleId === 'img-alt-missing');
    expect(a!.line).not.toBe(b!.line);
    expect(a!.fingerprint).toBe(b!.fingerprint);
    const dismissed = withoutDismissed(after, [b!.fingerprint]);
    expect(dismissed.messages.some((m) => m.fingerprint === b!.fingerprint)).toBe(false);
    expect(dismissed.ok).toBe(true);
    expect(dismissed.counts.errors).toBe(0);
    expect(dismissed.summary.errors).toBe(0);
  });
});
