// The language packs content-a11y has: one line per language. A new language is its folder
// (src/lang/<tag>/, implementing LanguagePack from ./pack.ts), its tests and one line here.
export { cs } from './cs/index.js';
export { de } from './de/index.js';
export { en } from './en/index.js';
export { es } from './es/index.js';
export { fr } from './fr/index.js';
export { pl } from './pl/index.js';
export { uk } from './uk/index.js';
