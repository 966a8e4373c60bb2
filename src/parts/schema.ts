// The schema part: the JSON Schema validator of configurations (src/config/validate.ts). ~6 KB gzip.
import { Validator } from '@cfworker/json-schema';

export const schemaPart = { Validator };

export type SchemaPart = typeof schemaPart;
