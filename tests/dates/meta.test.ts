import { describe, expect, it } from 'vitest';
import { formatDate, formatRange, formatRangeInWords } from '../../src/dates/format.js';
import { isBefore, overlaps, parseMetaDate } from '../../src/dates/meta.js';

const ok = (value: string, utc = false, lang = 'en') => {
  const r = parseMetaDate(value, lang, { utc });
  if (!r.ok) throw new Error(`not parsed: ${value}`);
  return r.value;
};

describe('parseMetaDate', () => {
  it('reads ISO dates and times with offsets as instants', () => {
    const d = ok('2022-01-24 10:44:00 -0500');
    expect(d.exact).toBe(true);
    expect(d.earliest).toBe(Date.UTC(2022, 0, 24, 15, 44));
    expect(ok('2021-04-28T10:00:00Z').earliest).toBe(Date.UTC(2021, 3, 28, 10));
    expect(ok('2021-04-28T10:00:00.000+02:00').earliest).toBe(Date.UTC(2021, 3, 28, 8));
  });
  it('reads one-digit hours', () => {
    expect(ok('2013-10-30 8:45:15 -0400').date).toEqual({ year: 2013, month: 10, day: 30 });
  });
  it('treats a value without offset as floating local time, and _gmt sources as UTC', () => {
    const local = ok('2021-04-28 10:00:00');
    expect(local.exact).toBe(false);
    expect(local.earliest).toBeLessThan(Date.UTC(2021, 3, 28, 10));
    const gmt = ok('2021-04-28 08:00:00', true);
    expect(gmt.exact).toBe(true);
    expect(gmt.earliest).toBe(Date.UTC(2021, 3, 28, 8));
    expect(overlaps(local, gmt)).toBe(true);
  });
  it('reads RSS dates and dates in words', () => {
    expect(ok('Mon, 02 Jan 2006 15:04:05 -0700').earliest).toBe(Date.UTC(2006, 0, 2, 22, 4, 5));
    expect(ok('5 listopada 2007', false, 'pl').date).toEqual({
      year: 2007,
      month: 11,
      day: 5,
    });
  });
  it('says which part is invalid', () => {
    expect(parseMetaDate('2021-02-30', 'en')).toEqual({
      ok: false,
      reason: 'invalid',
      detail: 'day 30',
    });
    expect(parseMetaDate('2021-13-01', 'en')).toMatchObject({ reason: 'invalid', detail: 'month 13' });
    expect(parseMetaDate('31 kwietnia 2021', 'pl')).toMatchObject({ reason: 'invalid' });
  });
  it('does not guess at unknown values', () => {
    expect(parseMetaDate('spring 2021', 'en')).toEqual({ ok: false, reason: 'unknown' });
    expect(parseMetaDate('', 'en')).toEqual({ ok: false, reason: 'unknown' });
  });
  it('compares days without zones by their written day', () => {
    expect(isBefore(ok('2024-05-02'), ok('2024-05-03'))).toBe(true);
    expect(isBefore(ok('2024-05-03'), ok('2024-05-03T10:00:00Z'))).toBe(false);
  });
});

describe('format', () => {
  it('writes dates in words per language', () => {
    expect(formatDate({ day: 28, month: 4, year: 2021 }, 'pl', ' r.')).toBe('28 kwietnia 2021 r.');
    expect(formatDate({ day: 14, month: 9, year: 2024 }, 'de')).toBe('14. September 2024');
    expect(formatDate({ day: 3, month: 5 }, 'es')).toBe('3 de mayo');
    expect(formatRange({ day: 28, month: 4 }, { day: 29, month: 4, year: 2021 }, 'pl', ' r.')).toBe(
      '28–29 kwietnia 2021 r.',
    );
    expect(formatRange({ day: 28, month: 4 }, { day: 29, month: 4, year: 2021 }, 'en')).toBe(
      '28 to 29 April 2021',
    );
    expect(formatRangeInWords({ day: 28, month: 4 }, { day: 29, month: 4, year: 2021 }, 'pl', ' r.')).toBe(
      'od 28 do 29 kwietnia 2021 r.',
    );
    expect(formatRangeInWords({ day: 28, month: 4 }, { day: 29, month: 4 }, 'en')).toBe('28 to 29 April');
    expect(formatRange({ day: 15, month: 6 }, { day: 16, month: 6, year: 2023 }, 'en', undefined, true)).toBe(
      'June 15 to 16, 2023',
    );
    expect(formatRangeInWords({ day: 14, month: 9 }, { day: 15, month: 9, year: 2024 }, 'de')).toBe(
      'vom 14. bis 15. September 2024',
    );
    expect(formatRangeInWords({ day: 28, month: 4 }, { day: 29, month: 4, year: 2024 }, 'fr')).toBe(
      'du 28 au 29 avril 2024',
    );
    expect(formatRangeInWords({ day: 28, month: 4 }, { day: 29, month: 4, year: 2024 }, 'es')).toBe(
      'del 28 al 29 de abril de 2024',
    );
    expect(formatRangeInWords({ day: 28, month: 4 }, { day: 3, month: 5 }, 'pl')).toBeUndefined();
    expect(formatDate({ day: 20, month: 1, year: 2021 }, 'de-AT')).toBe('20. Jänner 2021');
    expect(formatDate({ day: 15, month: 9, year: 2021 }, 'es-PE')).toBe('15 de setiembre de 2021');
  });
});
