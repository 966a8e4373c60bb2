// Decap (Netlify) CMS: refuse to save an entry with accessibility errors. A `preSave` handler that
// throws stops the save and Decap shows the error's message. Register it after CMS.init():
//   import { register } from './pre-save.js'; register(window.CMS);
import { assertPublishable, checkSync } from 'content-a11y/browser';

/** Checks a Decap entry (an Immutable Map: `entry.get('data')` holds the front matter and body). */
export function checkEntry(entry) {
  return checkSync({ content: { data: entry.get('data').toJS() }, input: 'decap' });
}

export function preSave({ entry }) {
  assertPublishable(checkEntry(entry));
  return entry.get('data');
}

export function register(CMS) {
  CMS.registerEventListener({ name: 'preSave', handler: preSave });
}
