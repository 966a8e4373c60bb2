import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/find.js';
import { dateNames } from '../../src/dates/names.js';

const texts = (text: string, lang: string) => findDates(text, lang).map((d) => d.text);

describe('dateNames (from Intl)', () => {
  it('has Polish formatting and stand-alone month forms', () => {
    const pl = dateNames('pl');
    expect(pl.formatMonth[3]).toBe('kwietnia');
    expect(pl.standaloneMonth[3]).toBe('kwiecień');
    expect(pl.months.get('kwietnia')?.month).toBe(4);
    expect(pl.months.get('kwiecień')?.month).toBe(4);
    expect(pl.dottedDayFirst).toBe(true);
  });
  it('knows English is not dotted day-first', () => {
    expect(dateNames('en').dottedDayFirst).toBe(false);
    expect(dateNames('en').weekdayNames[4]).toBe('Thursday');
  });
  it('memoises per language', () => {
    expect(dateNames('de')).toBe(dateNames('de'));
  });
  it('works for a language without hand-typed data (Czech genitive)', () => {
    expect(texts('Schůze 28. dubna 2021.', 'cs')).toEqual(['28. dubna 2021']);
  });
  it('falls back to English for an unknown tag', () => {
    expect(dateNames('zz-invalid-tag!').months.size).toBeGreaterThan(0);
  });
});

describe('findDates', () => {
  it.each([
    ['pl', 'W dniach 28.04- 29.04.2021 r. odbyły się', ['28.04- 29.04.2021 r.']],
    ['pl', 'W dniach 28-29 kwietnia 2021 r. odbyło się', ['28-29 kwietnia 2021 r.']],
    [
      'pl',
      'Opublikowano: 5 listopada 2007 | Zaktualizowano: 11 grudnia 2007',
      ['5 listopada 2007', '11 grudnia 2007'],
    ],
    ['pl', 'Od 28 kwietnia – 3 maja 2021 roku', ['28 kwietnia – 3 maja 2021 roku']],
    ['pl', 'Spotkanie 15 marzec 2021', ['15 marzec 2021']],
    ['pl', 'Zapisy 28-29.04.2021', ['28-29.04.2021']],
    ['en', 'June 15, 2023 and 15th of June 2023', ['June 15, 2023', '15th of June 2023']],
    ['en', 'You may 2023 be right; may 5 people come', []],
    ['en', 'Upgrade to 1.2.3, v2.10.2021, version 2.10.2021 or 1.10.20', []],
    ['en', 'Score 3-2, at 10.30, call 555-12-34, KB 925568, MS07-042, $12.50', []],
    ['en', 'See https://example.com/2021/04/28/post and mail a.b@12.04.2021.pl', []],
    ['en', 'Server 192.168.10.12 and 10.1.2021.5', []],
    ['de', 'Am Freitag, dem 14. September 2024', ['14. September 2024']],
    ['fr', 'le vendredi 1er mars 2024', ['1er mars 2024']],
    ['es', 'el 3 de mayo de 2024', ['3 de mayo de 2024']],
    ['en', 'Released 2022-01-24T10:44:00Z', ['2022-01-24']],
    ['en', 'Jan. 5 and Sep 9', ['Jan. 5', 'Sep 9']],
  ])('%s: %s', (lang, text, expected) => {
    expect(texts(text, lang)).toEqual(expected);
  });

  it('keeps the range parts and the dash spacing', () => {
    const [d] = findDates('W dniach 28.04- 29.04.2021 r.', 'pl');
    expect(d?.date).toEqual({ day: 28, month: 4, year: 2021 });
    expect(d?.to).toEqual({ day: 29, month: 4, year: 2021 });
    expect(d?.dash).toMatchObject({ char: '-', spaceBefore: false, spaceAfter: true });
    expect(d?.yearSuffix).toBe(' r.');
  });

  it('attaches a weekday, Polish accusative included', () => {
    expect(findDates('w środę 27 kwietnia 2022', 'pl')[0]?.weekday).toMatchObject({
      index: 3,
      text: 'środę',
    });
    expect(findDates('Friday 15 June 2023', 'en')[0]?.weekday?.index).toBe(5);
  });

  it('marks impossible dates and reads American slashes month first', () => {
    expect(findDates('31.04.2021', 'pl')[0]?.invalid).toBe(true);
    expect(findDates('04/05/2021', 'en')[0]?.date).toEqual({ day: 5, month: 4, year: 2021 });
    expect(findDates('04/05/2021', 'pl')[0]?.date).toEqual({ day: 4, month: 5, year: 2021 });
    expect(findDates('28.04.21', 'pl')[0]).toMatchObject({ twoDigitYear: true, date: { year: 2021 } });
    expect(findDates('1.04.98', 'pl')).toEqual([]);
  });

  it('is linear on long adversarial input', () => {
    const evil = `${'1.'.repeat(20000)}x ${'12 '.repeat(20000)}${'-'.repeat(20000)}`;
    expect(findDates(evil, 'pl')).toEqual([]);
  });
});

describe('findDates skips file names and shortcodes', () => {
  it.each([
    ['en', '[How]({{< ref "2012-11-21-how-nasa.md" >}} "How")'],
    ['en', 'See posts/2013-06-11-mobile-first.md for details'],
    ['en', 'Image 2021-04-28_photo.jpg'],
  ])('%s: %s', (lang, text) => {
    expect(texts(text, lang)).toEqual([]);
  });
});

describe('findDates keeps the form, the language and the parts as written', () => {
  it('a Polish range with r. after each date', () => {
    const [d] = findDates('Wystawa 28 kwietnia 2021 r. - 3 maja 2021 r. w holu', 'pl');
    expect(d).toMatchObject({
      text: '28 kwietnia 2021 r. - 3 maja 2021 r.',
      lang: 'pl',
      date: { day: 28, month: 4, year: 2021 },
      to: { day: 3, month: 5, year: 2021 },
      dash: { char: '-', spaceBefore: true, spaceAfter: true },
      yearSuffix: ' r.',
    });
    expect(d?.parts.map((p) => `${p.of}:${p.role}:${p.text}`)).toEqual([
      'from:day:28',
      'from:month:kwietnia',
      'from:year:2021',
      'from:suffix:r.',
      'to:day:3',
      'to:month:maja',
      'to:year:2021',
      'to:suffix:r.',
    ]);
  });

  it.each([
    ['en', 'Filed 10-August-2012.', '10-August-2012', 'd-MMMM y'],
    ['en', 'The deadline is 2012/Aug/10.', '2012/Aug/10', 'y/MMM/d'],
    ['en', 'We met Sunday, March, 6th 2016.', 'March, 6th 2016', 'MMMM dth, y'],
    ['en', 'Ordered 07-27-2022.', '07-27-2022', 'MM-dd-y'],
    ['en', 'Filed 4/28/21 with the clerk.', '4/28/21', 'M/dd/yy'],
    ['de', 'Mittwoch, 31.März 2016: Sitzung', '31.März 2016', 'd. MMMM y'],
    ['pl', 'Uchwała z 13 VII 2006 r.', '13 VII 2006 r.', 'd M(roman) y'],
    ['pl', 'Akt z 16/III/1971.', '16/III/1971', 'd/M(roman)/y'],
    ['es', 'Firmado el 12 de junio del 2012.', '12 de junio del 2012', 'd MMMM y'],
    ['fr', 'Le vendredi 1er juin 2018.', '1er juin 2018', 'dth MMMM y'],
  ])('%s: %s', (lang, text, found, form) => {
    const [d] = findDates(text, lang);
    expect(d?.text).toBe(found);
    expect(d?.form).toBe(form);
  });

  it('reads regional names for the full tag and the language', () => {
    expect(findDates('am 20. Jänner 2021', 'de-AT')[0]?.date).toEqual({ day: 20, month: 1, year: 2021 });
    expect(findDates('am 20. Jänner 2021', 'de')[0]?.date).toEqual({ day: 20, month: 1, year: 2021 });
    expect(findDates('el 15 de setiembre de 2021', 'es-PE')[0]?.date).toEqual({
      day: 15,
      month: 9,
      year: 2021,
    });
  });

  it('reads Polish without diacritics and abbreviated weekdays', () => {
    const [d] = findDates('w srode 28 wrzesnia 2021', 'pl');
    expect(d).toMatchObject({
      date: { day: 28, month: 9, year: 2021 },
      weekday: { index: 3, text: 'srode' },
    });
    expect(findDates('śr. 28 kwietnia 2021', 'pl')[0]?.weekday?.index).toBe(3);
    expect(findDates('Tues 27 April 2021', 'en')[0]?.weekday?.index).toBe(2);
    expect(findDates('mié 28 de abril de 2021', 'es')[0]?.weekday?.index).toBe(3);
  });

  it('does not tie a weekday ending the sentence before to the date', () => {
    expect(findDates('Open Monday to Friday. 28 April 2021: closed.', 'en')[0]?.weekday).toBeUndefined();
    expect(findDates('Closed Fri. 30 April 2021.', 'en')[0]?.weekday?.index).toBe(5);
  });

  it('keeps both ends of a weekday range', () => {
    const [d] = findDates('Open Wednesday to Friday, 28–30 April 2021.', 'en');
    expect(d?.weekdayFrom?.text).toBe('Wednesday');
    expect(d?.weekday?.text).toBe('Friday');
    expect(d?.to).toEqual({ day: 30, month: 4, year: 2021 });
  });

  it('reads a date broken across a line', () => {
    expect(findDates('on Friday, April 8,\n2021 in the park', 'en')[0]?.text).toBe('April 8,\n2021');
    expect(findDates('31 kwietnia\n2021 r.', 'pl')[0]).toMatchObject({ invalid: true, yearSuffix: ' r.' });
  });

  it('does not join a number and a date, or a month-first range and a day-first date (corpus)', () => {
    expect(texts('Intercept in Montreal Day 1 - Dec/02/2019', 'en')).toEqual(['Dec/02/2019']);
    expect(texts('Feedback period: September 19 - 29 September 22 - October 2', 'en')).toEqual([
      'September 19 - 29',
      'September 22 - October 2',
    ]);
  });

  it('leaves numbers that only look like dates', () => {
    expect(
      texts('Zgodnie z art. 12.3 i § 4.2.1, nr 12/IV/2021, tel. 42 663-30-00, 90-051 Łódź', 'pl'),
    ).toEqual([]);
    expect(texts('ISBN 978-0-306-40615-7, 1.10.20, 10.30 - 12.00, 3-2, 192.168.10.12', 'en')).toEqual([]);
  });

  it('reads long runs of the new shapes date by date, and nothing in runs that only look like dates', () => {
    const ranges = findDates('12 April - '.repeat(5000), 'en');
    expect(ranges.length).toBe(2500);
    expect(ranges.every((d) => d.to?.day === 12)).toBe(true);
    expect(findDates(`${'Mon. '.repeat(5000)}${'1/'.repeat(20000)} ${'28 -'.repeat(5000)}`, 'en')).toEqual(
      [],
    );
    expect(findDates(`${'28 kwietnia r. '.repeat(5000)}${' '.repeat(20000)}5`, 'pl')).toHaveLength(5000);
  });
});
