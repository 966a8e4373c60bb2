// Which axe-core rules run on a post, and which never do — the one list, with the reason for each.
// A post is content inside a site's template: rules about the template (landmarks, skip links,
// "page has one h1") or about what jsdom cannot compute (layout, colours, media) are left out.
// Findings are reported as `axe/<id>`; each enabled rule has a summary of ours in Polish and
// English (axe's own help text is English only and is kept after it).
import type { Localized } from '../engine/rule.js';

/** The axe rules run on every post, with our summary of what each one found. */
export const AXE_RULES: Readonly<Record<string, Localized>> = {
  // Images and other non-text content (1.1.1)
  'image-alt': {
    en: 'This image has no text alternative',
    pl: 'Obraz nie ma tekstu alternatywnego',
  },
  'role-img-alt': {
    en: 'This element with role="img" has no accessible name',
    pl: 'Element z role="img" nie ma dostępnej nazwy',
  },
  'svg-img-alt': {
    en: 'This SVG image has no accessible name (title, aria-label or aria-labelledby)',
    pl: 'Obraz SVG nie ma dostępnej nazwy (title, aria-label albo aria-labelledby)',
  },
  'area-alt': {
    en: 'This image map area has no text alternative',
    pl: 'Obszar mapy obrazu nie ma tekstu alternatywnego',
  },
  'object-alt': {
    en: 'This embedded object has no text alternative',
    pl: 'Osadzony obiekt nie ma tekstu alternatywnego',
  },
  'input-image-alt': {
    en: 'This image button has no text alternative',
    pl: 'Przycisk graficzny nie ma tekstu alternatywnego',
  },
  'server-side-image-map': {
    en: 'This image uses a server-side image map, which keyboards cannot use',
    pl: 'Obraz używa mapy po stronie serwera, której nie obsłuży klawiatura',
  },
  // Links, buttons and interactive content (2.4.4, 4.1.2)
  'link-name': {
    en: 'This link has no text a screen reader can announce',
    pl: 'Link nie ma tekstu, który czytnik ekranu mógłby odczytać',
  },
  'button-name': {
    en: 'This button has no text a screen reader can announce',
    pl: 'Przycisk nie ma tekstu, który czytnik ekranu mógłby odczytać',
  },
  'input-button-name': {
    en: 'This input button has no text a screen reader can announce',
    pl: 'Przycisk formularza nie ma tekstu, który czytnik ekranu mógłby odczytać',
  },
  'summary-name': {
    en: 'This <summary> element has no text',
    pl: 'Element <summary> nie ma tekstu',
  },
  'nested-interactive': {
    en: 'Interactive content is nested inside another control, so it cannot be reached',
    pl: 'Element interaktywny jest zagnieżdżony w innym, więc nie da się do niego dotrzeć',
  },
  label: {
    en: 'This form field has no label',
    pl: 'Pole formularza nie ma etykiety',
  },
  'select-name': {
    en: 'This select box has no label',
    pl: 'Lista wyboru nie ma etykiety',
  },
  'form-field-multiple-labels': {
    en: 'This form field has more than one label',
    pl: 'Pole formularza ma więcej niż jedną etykietę',
  },
  // Headings (1.3.1, 2.4.6 — best practice in axe)
  'empty-heading': {
    en: 'This heading has no text',
    pl: 'Nagłówek nie ma tekstu',
  },
  'heading-order': {
    en: 'This heading skips a level',
    pl: 'Nagłówek pomija poziom',
  },
  // Lists (1.3.1)
  list: {
    en: 'This list contains something other than list items',
    pl: 'Lista zawiera coś innego niż elementy listy',
  },
  listitem: {
    en: 'This list item is not inside a list',
    pl: 'Element listy nie jest wewnątrz listy',
  },
  'definition-list': {
    en: 'This definition list contains something other than terms and definitions',
    pl: 'Lista definicji zawiera coś innego niż terminy i definicje',
  },
  dlitem: {
    en: 'This term or definition is not inside a definition list',
    pl: 'Termin lub definicja nie jest wewnątrz listy definicji',
  },
  // Tables (1.3.1)
  'td-headers-attr': {
    en: 'The headers attribute of this cell points to cells outside its table',
    pl: 'Atrybut headers tej komórki wskazuje komórki spoza jej tabeli',
  },
  'th-has-data-cells': {
    en: 'This table header cell has no data cells it describes',
    pl: 'Komórka nagłówka tabeli nie opisuje żadnych komórek z danymi',
  },
  // Frames and embeds (4.1.2)
  'frame-title': {
    en: 'This embedded frame has no title',
    pl: 'Osadzona ramka nie ma tytułu',
  },
  'frame-title-unique': {
    en: 'Two embedded frames have the same title',
    pl: 'Dwie osadzone ramki mają ten sam tytuł',
  },
  'frame-focusable-content': {
    en: 'This frame with focusable content has tabindex="-1", so keyboards cannot reach it',
    pl: 'Ramka z elementami aktywnymi ma tabindex="-1", więc klawiatura do niej nie dotrze',
  },
  // ARIA (4.1.2, 1.3.1)
  'aria-allowed-attr': {
    en: 'This element uses an ARIA attribute its role does not allow',
    pl: 'Element używa atrybutu ARIA niedozwolonego dla jego roli',
  },
  'aria-braille-equivalent': {
    en: 'This braille ARIA attribute has no non-braille equivalent',
    pl: 'Brajlowski atrybut ARIA nie ma odpowiednika bez brajla',
  },
  'aria-command-name': {
    en: 'This ARIA button, link or menu item has no accessible name',
    pl: 'Przycisk, link lub pozycja menu ARIA nie ma dostępnej nazwy',
  },
  'aria-conditional-attr': {
    en: 'This ARIA attribute is used where its role does not allow it',
    pl: 'Atrybut ARIA użyty w miejscu, w którym rola na niego nie pozwala',
  },
  'aria-deprecated-role': {
    en: 'This element uses a deprecated ARIA role',
    pl: 'Element używa wycofanej roli ARIA',
  },
  'aria-hidden-body': {
    en: 'The whole page body is hidden from screen readers (aria-hidden="true")',
    pl: 'Cała treść strony jest ukryta przed czytnikami ekranu (aria-hidden="true")',
  },
  'aria-hidden-focus': {
    en: 'This content is hidden from screen readers but can still receive keyboard focus',
    pl: 'Treść jest ukryta przed czytnikami ekranu, ale nadal można na nią przejść klawiaturą',
  },
  'aria-input-field-name': {
    en: 'This ARIA input field has no accessible name',
    pl: 'Pole ARIA nie ma dostępnej nazwy',
  },
  'aria-meter-name': {
    en: 'This meter has no accessible name',
    pl: 'Wskaźnik (meter) nie ma dostępnej nazwy',
  },
  'aria-progressbar-name': {
    en: 'This progress bar has no accessible name',
    pl: 'Pasek postępu nie ma dostępnej nazwy',
  },
  'aria-prohibited-attr': {
    en: 'This element uses an ARIA attribute that is prohibited for its role',
    pl: 'Element używa atrybutu ARIA zakazanego dla jego roli',
  },
  'aria-required-attr': {
    en: 'This element is missing an ARIA attribute its role requires',
    pl: 'Elementowi brakuje atrybutu ARIA wymaganego przez jego rolę',
  },
  'aria-required-children': {
    en: 'This element lacks the child roles its role requires',
    pl: 'Element nie zawiera elementów podrzędnych wymaganych przez jego rolę',
  },
  'aria-required-parent': {
    en: 'This element is not inside the parent role it requires',
    pl: 'Element nie jest wewnątrz elementu nadrzędnego wymaganego przez jego rolę',
  },
  'aria-roles': {
    en: 'This element has a role that does not exist',
    pl: 'Element ma rolę, która nie istnieje',
  },
  'aria-tab-name': {
    en: 'This tab has no accessible name',
    pl: 'Karta (tab) nie ma dostępnej nazwy',
  },
  'aria-toggle-field-name': {
    en: 'This ARIA toggle field has no accessible name',
    pl: 'Przełącznik ARIA nie ma dostępnej nazwy',
  },
  'aria-tooltip-name': {
    en: 'This tooltip has no accessible name',
    pl: 'Podpowiedź (tooltip) nie ma dostępnej nazwy',
  },
  'aria-valid-attr': {
    en: 'This element has an ARIA attribute that does not exist',
    pl: 'Element ma atrybut ARIA, który nie istnieje',
  },
  'aria-valid-attr-value': {
    en: 'This ARIA attribute has an invalid value',
    pl: 'Atrybut ARIA ma nieprawidłową wartość',
  },
  'duplicate-id-aria': {
    en: 'An id referenced by ARIA or a label is used more than once',
    pl: 'Identyfikator, do którego odwołuje się ARIA lub etykieta, występuje więcej niż raz',
  },
  'presentation-role-conflict': {
    en: 'This element is marked decorative but is still exposed (focusable or with global ARIA)',
    pl: 'Element oznaczony jako dekoracyjny jest nadal widoczny dla czytników (można na niego przejść lub ma globalne ARIA)',
  },
  // Language and page (3.1.1, 3.1.2, 2.4.2) — judged on the page we wrap the post in
  'valid-lang': {
    en: 'The lang attribute of this element is not a valid language',
    pl: 'Atrybut lang tego elementu nie jest prawidłowym językiem',
  },
  'html-has-lang': {
    en: 'The page has no language',
    pl: 'Strona nie ma określonego języka',
  },
  'html-lang-valid': {
    en: 'The page language is not a valid language tag',
    pl: 'Język strony nie jest prawidłowym znacznikiem języka',
  },
  'html-xml-lang-mismatch': {
    en: 'The lang and xml:lang attributes of the page name different languages',
    pl: 'Atrybuty lang i xml:lang strony wskazują różne języki',
  },
  'document-title': {
    en: 'The page has no title',
    pl: 'Strona nie ma tytułu',
  },
  // Moving and timed content (2.2.1, 2.2.2)
  blink: {
    en: 'This <blink> element makes text blink',
    pl: 'Element <blink> sprawia, że tekst miga',
  },
  marquee: {
    en: 'This <marquee> element scrolls text that cannot be stopped',
    pl: 'Element <marquee> przewija tekst, którego nie da się zatrzymać',
  },
  'meta-refresh': {
    en: 'The page refreshes or redirects itself on a timer',
    pl: 'Strona sama się odświeża lub przekierowuje po czasie',
  },
  'meta-viewport': {
    en: 'The page forbids zooming',
    pl: 'Strona blokuje powiększanie',
  },
};

/** axe rules deliberately not run, and why (documentation; kept in step with README). */
export const AXE_RULES_LEFT_OUT: Readonly<Record<string, string>> = {
  'color-contrast': 'needs computed colours and layout; jsdom has neither',
  'color-contrast-enhanced': 'needs computed colours and layout',
  'link-in-text-block': 'needs computed colours and layout',
  'scrollable-region-focusable': 'needs layout (overflow sizes)',
  'target-size': 'needs layout (element sizes)',
  'avoid-inline-spacing': 'style-level, not post content',
  'css-orientation-lock': 'needs stylesheets, which are never loaded',
  'meta-refresh-no-exceptions': 'AAA; meta-refresh already covers the A criterion',
  'meta-viewport-large': 'best practice about the template',
  'video-caption': 'needs the media file, which is never loaded',
  'audio-caption': 'deprecated, needs the media file',
  'no-autoplay-audio': 'needs the media file',
  'identical-links-same-purpose': 'needs the linked pages (always "needs review")',
  'label-content-name-mismatch': 'needs rendered text (experimental with jsdom)',
  'p-as-heading': 'experimental, needs computed font sizes',
  'td-has-header': 'experimental',
  'table-fake-caption': 'experimental',
  'hidden-content': 'experimental',
  'focus-order-semantics': 'experimental',
  bypass: 'about the site template, not the post',
  region: 'about the site template, not the post',
  'skip-link': 'about the site template',
  'page-has-heading-one': 'about the template; heading-first-level judges the post',
  'landmark-banner-is-top-level': 'about the template',
  'landmark-complementary-is-top-level': 'about the template (deprecated)',
  'landmark-contentinfo-is-top-level': 'about the template',
  'landmark-main-is-top-level': 'about the template',
  'landmark-no-duplicate-banner': 'about the template',
  'landmark-no-duplicate-contentinfo': 'about the template',
  'landmark-no-duplicate-main': 'about the template',
  'landmark-one-main': 'about the template',
  'landmark-unique': 'about the template',
  'frame-tested': 'we never load frames (iframes: false)',
  'duplicate-id': 'deprecated in axe-core (WCAG 4.1.1 is obsolete)',
  'duplicate-id-active': 'deprecated in axe-core (WCAG 4.1.1 is obsolete)',
  'aria-roledescription': 'deprecated in axe-core',
  'aria-allowed-role': 'best practice with many false positives on real posts',
  'aria-text': 'best practice',
  'aria-dialog-name': 'best practice; dialogs belong to the template',
  'aria-treeitem-name': 'best practice',
  'image-redundant-alt': 'best practice; img-alt-duplicates-caption judges this with word lists',
  'empty-table-header': 'best practice; empty corner cells of Markdown tables are common and harmless',
  'table-duplicate-name': 'best practice',
  'scope-attr-valid': 'best practice',
  'label-title-only': 'best practice',
  accesskeys: 'best practice',
  tabindex: 'best practice',
  'autocomplete-valid': 'forms belong to the template',
};

/** Rule ids in a stable order, as passed to `axe.run`. */
export const AXE_RULE_IDS: readonly string[] = Object.keys(AXE_RULES).sort();
