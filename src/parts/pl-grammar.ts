// The Polish grammar part: the nominative of what follows an alt prefix ("Widok sali obrad" →
// "Sala obrad"), which img-alt-redundant-prefix needs to word its suggestion. ~5 KB gzip.
import { nominative } from '../lang/pl/nominative.js';

export const plGrammarPart = { nominative };

export type PlGrammarPart = typeof plGrammarPart;
