// The starting point every generator reader fills in: the generator's documented defaults.
import { GENERATOR_FLAVOURS, NEVER_POSTS } from '../facts.js';
import type { Generator, SiteProfile, ValueOrigin } from '../types.js';
import { type ConfigFile, keyLine } from './config-file.js';

export function baseProfile(generator: Generator, configFile: string): SiteProfile {
  return {
    generator,
    root: '',
    flavour: { ...GENERATOR_FLAVOURS[generator], templates: [...GENERATOR_FLAVOURS[generator].templates] },
    notPosts: [...NEVER_POSTS],
    files: [configFile],
    origins: { generator: { kind: 'file', file: configFile } },
  };
}

/** Where a config key was read: the file and the line of the key. */
export function originAt(file: ConfigFile | undefined, key: string): ValueOrigin {
  if (!file) return { kind: 'default', key };
  const line = keyLine(file.text, key);
  return line ? { kind: 'file', file: file.file, line, key } : { kind: 'file', file: file.file, key };
}
