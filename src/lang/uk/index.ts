// Ukrainian. Messages stay English or Polish; the words are Ukrainian, in Cyrillic (matching folds
// stray Latin look-alike letters, see normalize.ts).
import type { LanguagePack } from '../pack.js';
import { EVERYDAY_EQUIVALENT, F30, F84, G94, G95, H37, PRESS_CREDIT, WAI_TUTORIAL } from '../sources.js';

const DIIA =
  'Мінцифри / Дія.Цифрова освіта, «Доступність вебсайтів»: альтернативний текст без «зображення», «фото»; посилання без «тут», «детальніше»';
const SUM = 'Словник української мови (СУМ-20, sum20ua.com): форми слів';
const SYNTAX_UK =
  'Ukrainian syntax: "зображено", "видно", "показує", "бачимо" take the accusative; "вид" the genitive (Український правопис 2019, граматика)';
const FREQ_UK =
  'Найчастотніші слова української мови (Генеральний регіонально анотований корпус української мови, ГРАК)';
const TEMPLATES_UK = 'Labels of Ukrainian CMS templates and government sites (Опубліковано, Дата оновлення)';
const SCREENSHOT_UK =
  'Default screenshot file names of Ukrainian Windows and macOS ("Знімок екрана 2024-05-20")';
const ALPHABET_UK = 'The Ukrainian alphabet: і ї є ґ, and none of Russian ы э ъ ё';

const PHOTO = 'фото|фотографія|фотографії|фотографію|світлина|світлини|світлину|знімок|знімку';
const IMAGE =
  'зображення|картинка|картинки|картинку|малюнок|малюнка|ілюстрація|ілюстрації|ілюстрацію|графіка';
const ON =
  'на фото|на фотографії|на фотографіях|на світлині|на світлинах|на зображенні|на зображеннях|на картинці|на знімку|на малюнку|на ілюстрації';

export const uk: LanguagePack = {
  tag: 'uk',
  script: 'Cyrl',
  words: {
    placeholders: [
      { text: `${PHOTO}|${IMAGE}`, source: F30 },
      {
        text: 'іконка|мініатюра|банер|без назви|альтернативний текст|опис зображення|опис фото',
        source: DIIA,
      },
    ],
    placeholderFillers: [
      {
        text: 'ілюстративне|ілюстративна|головне|головна|статті|до статті|новини|до новини|номер|№',
        source: DIIA,
      },
    ],
    redundantPrefixes: [
      { text: ON, source: DIIA },
      {
        text: 'на фото зображено|на фотографії зображено|на світлині зображено|на зображенні зображено|на фото видно|на світлині видно|на фото ми бачимо|на фото бачимо|фото показує|зображення показує|на фото показано|на світлині показано',
        source: SYNTAX_UK,
        leaves: 'accusative',
      },
      // "Вид на Дніпро" = "View of the Dnipro"; "вид з вікна" (the vantage point) is left alone.
      { text: 'вид на|краєвид на', source: SUM, leaves: 'accusative' },
      {
        text: 'вид',
        source: SUM,
        leaves: 'genitive',
        unlessNext: ['з', 'із', 'зі', 'від', 'згори', 'зверху', 'і', 'та'],
      },
      { text: 'фото|фотографія|світлина|зображення', source: H37, colon: true },
    ],
    creditMarkers: [
      {
        text: 'фото|світлина|автор фото|авторка фото|автор світлини|джерело|джерело фото|фотограф|фотографка',
        source: PRESS_CREDIT,
        colon: true,
        nameNext: true,
      },
      { text: 'фото|світлина|фотографував|фотографувала', source: PRESS_CREDIT, nameNext: true },
    ],
    complexImages: [
      { text: 'графік|графіка|графіку|діаграма|діаграми|діаграму|схема|схеми|схему', source: G95 },
      {
        text: 'інфографіка|інфографіки|інфографіку|мапа|мапи|мапу|карта|карти|карту|часова шкала',
        source: WAI_TUTORIAL,
      },
      {
        text: 'плакат|плаката|афіша|афіші|слайд|слайда|скриншот|знімок екрана|таблиця|таблиці|листівка',
        source: G95,
      },
    ],
    notComplex: [{ text: 'титульний слайд|титульна сторінка', source: G95 }],
    viewWords: [{ text: 'вид|краєвид|ракурс|кадр', source: G94 }],
    descriptionLabels: [
      {
        text: 'опис|опис зображення|опис фото|альтернативний текст|підпис',
        source: WAI_TUTORIAL,
        colon: true,
      },
    ],
    articles: [],
    vagueLinks: [
      { text: 'тут|детальніше', source: DIIA },
      { text: 'натисніть тут|клацніть тут|натисніть|посилання|це посилання|за посиланням', source: F84 },
      {
        text: 'докладніше|більше|читати далі|читати більше|дізнатися більше|дізнайтеся більше|більше інформації|детальніше тут|переглянути|подробиці',
        source: EVERYDAY_EQUIVALENT,
      },
    ],
    screenshotNames: [{ text: 'знімок екрана|знімок екрану', source: SCREENSHOT_UK }],
  },
  fieldLabels: {
    published: [
      { text: 'Опубліковано|Дата публікації|Дата оприлюднення|Оприлюднено|Додано', source: TEMPLATES_UK },
    ],
    modified: [{ text: 'Оновлено|Дата оновлення|Останнє оновлення|Змінено', source: TEMPLATES_UK }],
  },
  detection: {
    functionWords: [
      {
        text: 'і|й|в|у|на|що|з|із|зі|не|до|це|та|як|для|за|від|по|його|її|їх|ви|ми|він|вона|вони|але|або|чи|бо|якщо|коли|тому|також|вже|ще|є|був|була|було|були|буде|може|можна|який|яка|яке|які|цей|ця|ці|цього|цієї|свій|своє|при|про|під|над|між|після|через|так|лише|тільки|всі|усі|ваш|ваші|вам|вас|нам|нас|себе|щоб|ніж|саме|дуже',
        source: FREQ_UK,
      },
    ],
    letters: [{ text: 'іїєґ', source: ALPHABET_UK }],
    foreignLetters: [{ text: 'ыэъё', source: ALPHABET_UK }],
  },
};
