// Ukrainian: the pack's words through the rules that use them, as a Ukrainian news or community
// post would have them, Cyrillic with stray Latin letters, and short Ukrainian posts detected.
import { describe, expect, it } from 'vitest';
import { checkSync } from '../../src/check-sync.js';
import { detectTextLanguage } from '../../src/lang/detect.js';
import { parse } from '../../src/parse/index.js';
import { md, ruleTester } from '../helpers/rule-tester.js';

const img = (alt: string) => md(`![${alt}](foto.jpg)\n`, { lang: 'uk', title: 'День відкритих дверей' });
const link = (text: string) => md(`Програму заходу можна знайти [${text}](/programa).\n`, { lang: 'uk' });

ruleTester('img-alt-placeholder', {
  valid: [{ name: 'uk: опис, а не слово', content: img('Голова громади вручає нагороди рятувальникам') }],
  invalid: [
    { name: 'uk: зображення', content: img('Зображення'), errors: [{ line: 7 }] },
    { name: 'uk: фото', content: img('фото'), errors: [{ line: 7 }] },
    { name: 'uk: латинська o у слові', content: img('Фотo'), errors: [{ line: 7 }] },
    { name: 'uk: ілюстративне фото', content: img('Ілюстративне фото'), errors: [{ line: 7 }] },
  ],
});

ruleTester('img-alt-redundant-prefix', {
  valid: [
    { name: 'uk: фотограф — людина', content: img('Фотограф біля штатива на площі') },
    { name: 'uk: вид з вікна (точка огляду)', content: img('Вид з вікна ратуші на площу') },
  ],
  invalid: [
    {
      name: 'uk: на фото + називний',
      content: img('На фото голова громади з рятувальниками'),
      errors: [{ line: 7, suggestion: 'Голова громади з рятувальниками' }],
      output: img('Голова громади з рятувальниками'),
    },
    {
      name: 'uk: на фото зображено + знахідний: без пропозиції',
      content: img('На фото зображено групу дітей у парку'),
      errors: [{ line: 7, message: /accusative/ }],
      output: null,
    },
    {
      name: 'uk: вид + родовий: без пропозиції',
      content: img('Вид центральної площі міста'),
      errors: [{ line: 7, message: /genitive/ }],
      output: null,
    },
  ],
});

ruleTester('img-alt-credit', {
  valid: [{ name: 'uk: фото як предмет', content: img('Діти розглядають старе фото') }],
  invalid: [
    {
      name: 'uk: Фото: агенція',
      content: img('Площа у Львові, фото: Укрінформ'),
      errors: [{ line: 7, suggestion: 'Площа у Львові' }],
    },
  ],
});

ruleTester('link-vague', {
  valid: [{ name: 'uk: мета в тексті посилання', content: link('на сторінці програми заходу') }],
  invalid: [
    { name: 'uk: тут', content: link('тут'), errors: [{ line: 7, message: /"тут"/ }] },
    { name: 'uk: детальніше', content: link('Детальніше →'), errors: [{ line: 7 }] },
    { name: 'uk: читати далі', content: link('читати далі'), errors: [{ line: 7 }] },
  ],
});

ruleTester('img-complex-needs-description', {
  valid: [{ name: 'uk: titulní strana', content: img('Титульна сторінка звіту громади') }],
  invalid: [{ name: 'uk: афіша без тексту', content: img('Афіша заходу'), errors: [{ line: 7 }] }],
});

ruleTester('img-alt-filename', {
  valid: [{ name: 'uk: bez data to není soubor', content: img('Знімок екрана застосунку з розкладом') }],
  invalid: [
    {
      name: 'uk: знімок екрана з датою',
      content: img('Знімок екрана 2024-05-20 101503'),
      errors: [{ line: 7, message: /Знімок екрана 2024-05-20/ }],
    },
  ],
});

describe('Ukrainian detection and labels', () => {
  it('reads a short Ukrainian post as Ukrainian', () => {
    expect(detectTextLanguage('Запрошуємо на день відкритих дверей у дитячому садку.')?.lang).toBe('uk');
    expect(detectTextLanguage('У п’ятницю міська рада не працюватиме. Дякуємо за розуміння.')?.lang).toBe(
      'uk',
    );
  });
  it('does not read Russian as Ukrainian', () => {
    expect(
      detectTextLanguage('Приглашаем вас на день открытых дверей в детском саду. Будет интересно.')?.lang,
    ).not.toBe('uk');
  });
  it('knows the Ukrainian publication label', () => {
    const post = parse({
      content: 'Опубліковано: 20.05.2024\n\nСільська рада в пʼятницю не працює.\n',
      path: 'novyna.md',
    });
    expect(post.meta.labelledFields.map((f) => [f.role, f.label, f.value])).toEqual([
      ['published', 'Опубліковано', '20.05.2024'],
    ]);
  });
  it('an undeclared Ukrainian post gets its Ukrainian checks', () => {
    const result = checkSync({
      content:
        '---\ntitle: День відкритих дверей\ndate: 2024-05-20\n---\n\nПрограму заходу можна знайти [тут](/programa).\n',
      path: 'den.md',
    });
    expect(result.messages.some((m) => m.ruleId === 'link-vague')).toBe(true);
  });
});
