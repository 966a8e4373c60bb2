// The detection part: franc-min's trigram models (82 languages) and script expressions, read by
// src/lang/trigram-scores.ts. ~54 KB gzip, most of it the models.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

export const detectPart = {
  models: data as Record<string, Record<string, string> | undefined>,
  expressions: expressions as Record<string, RegExp>,
};

export type DetectPart = typeof detectPart;
