// The TOML part: Hugo's and Zola's `+++` front matter.
import { parse } from 'smol-toml';

export const tomlPart = { parse };

export type TomlPart = typeof tomlPart;
