// Czech: the pack's words through the rules that use them, as a Czech municipal or blog post
// would have them, and short Czech posts detected as Czech.
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { detectTextLanguage } from '../../src/lang/detect.js';
import { parse } from '../../src/parse/index.js';
import { md, ruleTester } from '../helpers/rule-tester.js';

const img = (alt: string) => md(`![${alt}](foto.jpg)\n`, { lang: 'cs', title: 'Den otevřených dveří' });
const link = (text: string) => md(`Program akce najdete [${text}](/program).\n`, { lang: 'cs' });

ruleTester('img-alt-placeholder', {
  valid: [{ name: 'cs: popis, ne slovo', content: img('Starosta obce předává ocenění hasičům') }],
  invalid: [
    { name: 'cs: obrázek', content: img('Obrázek'), errors: [{ line: 7 }] },
    { name: 'cs: fotografie', content: img('fotografie'), errors: [{ line: 7 }] },
    { name: 'cs: ilustrační foto', content: img('Ilustrační foto'), errors: [{ line: 7 }] },
    { name: 'cs: bez diakritiky', content: img('obrazek 3'), errors: [{ line: 7 }] },
  ],
});

ruleTester('img-alt-redundant-prefix', {
  valid: [
    { name: 'cs: fotograf je osoba', content: img('Fotograf u stativu na náměstí') },
    { name: 'cs: pohled z věže (stanoviště)', content: img('Pohled z věže radnice na náměstí') },
  ],
  invalid: [
    {
      name: 'cs: na fotografii + 1. pád',
      content: img('Na fotografii starosta obce s hasiči'),
      errors: [{ line: 7, suggestion: 'Starosta obce s hasiči' }],
      output: img('Starosta obce s hasiči'),
    },
    {
      name: 'cs: obrázek zobrazuje + 4. pád: bez návrhu',
      content: img('Obrázek zobrazuje mapu obce'),
      errors: [{ line: 7, message: /accusative/ }],
      output: null,
    },
    {
      name: 'cs: pohled na + 4. pád',
      content: img('Pohled na náměstí Míru'),
      errors: [{ line: 7, message: /accusative/ }],
      output: null,
    },
    {
      name: 'cs: foto:',
      content: img('Foto: děti na hřišti'),
      errors: [{ line: 7, suggestion: 'Děti na hřišti' }],
    },
  ],
});

ruleTester('img-alt-credit', {
  valid: [{ name: 'cs: foto jako předmět', content: img('Děti si prohlížejí staré foto') }],
  invalid: [
    {
      name: 'cs: Foto: agentura',
      content: img('Náměstí v Brně, foto: ČTK'),
      errors: [{ line: 7, suggestion: 'Náměstí v Brně' }],
    },
    { name: 'cs: jen autor', content: img('Autor fotografie: Jan Novák'), errors: [{ line: 7 }] },
  ],
});

ruleTester('link-vague', {
  valid: [{ name: 'cs: cíl v textu odkazu', content: link('na stránce programu akce') }],
  invalid: [
    { name: 'cs: zde', content: link('zde'), errors: [{ line: 7, message: /"zde"/ }] },
    { name: 'cs: více', content: link('Více »'), errors: [{ line: 7 }] },
    { name: 'cs: klikněte sem', content: link('klikněte sem'), errors: [{ line: 7 }] },
    { name: 'cs: bez diakritiky', content: link('vice informaci'), errors: [{ line: 7 }] },
  ],
});

ruleTester('img-complex-needs-description', {
  valid: [{ name: 'cs: titulní strana', content: img('Titulní strana výroční zprávy obce') }],
  invalid: [{ name: 'cs: plakát bez textu', content: img('Plakát akce'), errors: [{ line: 7 }] }],
});

ruleTester('img-alt-filename', {
  valid: [
    { name: 'cs: bez data to není soubor', content: img('Snímek obrazovky aplikace s přehledem plateb') },
  ],
  invalid: [
    {
      name: 'cs: snímek obrazovky s datem',
      content: img('Snímek obrazovky 2024-05-20 v 10.15.03'),
      errors: [{ line: 7, message: /Snímek obrazovky 2024-05-20/ }],
    },
  ],
});

describe('Czech detection and labels', () => {
  it('reads a short Czech post as Czech', () => {
    expect(detectTextLanguage('Zveme vás na den otevřených dveří v mateřské škole.')?.lang).toBe('cs');
    expect(detectTextLanguage('Obecní úřad bude v pátek zavřený. Děkujeme za pochopení.')?.lang).toBe('cs');
  });
  it('is not sure a short Slovak text is Czech', () => {
    const slovak = detectTextLanguage(
      'Pozývame vás na deň otvorených dverí v materskej škôlke, ktorá je v centre.',
    );
    expect(slovak?.lang === 'cs' && slovak.sure).toBe(false);
  });
  it('knows the Czech publication label', () => {
    const post = parse({
      content: 'Zveřejněno: 20. 5. 2024\n\nObecní úřad bude v pátek zavřený.\n',
      path: 'zprava.md',
    });
    expect(post.meta.labelledFields.map((f) => [f.role, f.label, f.value])).toEqual([
      ['published', 'Zveřejněno', '20. 5. 2024'],
    ]);
  });
  it('an undeclared Czech post gets its Czech checks', () => {
    const result = checkSync({
      content:
        '---\ntitle: Den otevřených dveří\ndate: 2024-05-20\n---\n\nProgram akce najdete [zde](/program).\n',
      path: 'den.md',
    });
    expect(result.messages.some((m) => m.ruleId === 'link-vague')).toBe(true);
  });
});
