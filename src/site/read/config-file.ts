// Reading a site's config files (Node only) with real parsers — TOML (smol-toml), YAML (yaml),
// JSON — and finding the line each key is on, so the `site` command can say where a value came from.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parseDocument } from 'yaml';

export interface ConfigFile {
  /** Path relative to the site root (posix). */
  file: string;
  data: Record<string, unknown>;
  text: string;
  /** The problem when the file could not be parsed (its values are then unknown, not an error). */
  error?: string;
}

/** A site file larger than this is not a config file (a 5 MB JSON data dump is skipped). */
const MAX_CONFIG_BYTES = 1024 * 1024;

export function fileExists(root: string, rel: string): boolean {
  try {
    return statSync(join(root, rel)).isFile();
  } catch {
    return false;
  }
}

export function dirExists(root: string, rel: string): boolean {
  try {
    return statSync(join(root, rel)).isDirectory();
  } catch {
    return false;
  }
}

export function readText(root: string, rel: string): string | undefined {
  try {
    const path = join(root, rel);
    if (statSync(path).size > MAX_CONFIG_BYTES) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Reads a TOML, YAML or JSON config file by its extension; undefined when it does not exist. */
export function readConfigFile(root: string, rel: string): ConfigFile | undefined {
  const text = readText(root, rel);
  if (text === undefined) return undefined;
  const ext = rel.slice(rel.lastIndexOf('.') + 1).toLowerCase();
  try {
    let data: unknown;
    if (ext === 'toml') data = parseToml(text);
    else if (ext === 'json') data = JSON.parse(text);
    else {
      // mkdocs.yml uses !!python/name tags: unknown tags are read as plain strings.
      const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, logLevel: 'silent' });
      if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message.split('\n')[0]);
      data = doc.toJS({ maxAliasCount: 100 });
    }
    return { file: rel, data: isRecord(data) ? data : {}, text };
  } catch (error) {
    return { file: rel, data: {}, text, error: (error as Error).message.split('\n')[0] };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A value by dotted path, keys compared case-insensitively (Hugo's keys are). */
export function get(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const part of path.split('.')) {
    if (!isRecord(current)) return undefined;
    const key = Object.keys(current).find((k) => k.toLowerCase() === part.toLowerCase());
    if (key === undefined) return undefined;
    current = current[key];
  }
  return current;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** 1-based line where `key` (its last segment) is set in a TOML/YAML/JSON text, if found. */
export function keyLine(text: string, key: string): number | undefined {
  const last = key.split('.').at(-1)!;
  const escaped = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // `key = …`, `key: …`, or a TOML table header `[key]` / `[parent.key]`.
  const re = new RegExp(`^\\s*(?:["']?${escaped}["']?\\s*[:=]|\\[+\\s*(?:[\\w.-]+\\.)?${escaped}\\b)`, 'im');
  const m = re.exec(text);
  if (!m) return undefined;
  return text.slice(0, m.index).split('\n').length;
}
