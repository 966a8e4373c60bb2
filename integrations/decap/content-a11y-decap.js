// Decap CMS: an entry with accessibility errors is not published. Decap runs `prePublish` before
// publishing (in the simple publish mode, before every save, since Decap 3; in the editorial
// workflow, when the entry is published) and `preSave` before every save: a handler that throws
// stops the action and Decap shows the error's message in its notification. In the editorial
// workflow drafts stay saveable — only publishing is held back.
//   import CMS from 'decap-cms-app';
//   import { register } from './content-a11y-decap.js'; // this file, copied beside the CMS page
//   register(CMS, { editorialWorkflow: false });
//   CMS.init();
import { assertPublishable, check } from 'content-a11y/browser';

/**
 * Checks a Decap entry (an Immutable Map: `entry.get('data')` holds the front matter and body).
 * Async: the first entry that needs a part of the checker (the HTML reader, language detection)
 * loads it.
 */
export async function checkEntry(entry, options = {}) {
  const data = entry.get('data');
  return check({
    content: { data: typeof data?.toJS === 'function' ? data.toJS() : data },
    input: 'decap',
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
}

/**
 * A Decap event handler that rejects with PublishBlockedError while the entry has blocking
 * findings (Decap awaits its event handlers and shows the error's message).
 */
export function createGate(options = {}) {
  return async ({ entry }) => {
    assertPublishable(await checkEntry(entry, options), {
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.blockOn ? { blockOn: options.blockOn } : {}),
    });
    // Undefined: Decap keeps the entry's data as it is.
    return undefined;
  };
}

/**
 * Registers the gate. Options: `editorialWorkflow` (true when the site's config has
 * `publish_mode: editorial_workflow`: then drafts are saved and only publishing is checked),
 * `locale` (language of messages; default the entry's), `lang` (the posts' language when an entry
 * has none), `blockOn` (`error`, the default, or `warning`), `config` (a content-a11y config).
 */
export function register(CMS, options = {}) {
  const handler = createGate(options);
  CMS.registerEventListener({ name: 'prePublish', handler });
  if (!options.editorialWorkflow) CMS.registerEventListener({ name: 'preSave', handler });
}
