// WordPress block editor: findings in the pre-publish panel, and publishing blocked while the post
// has errors (the `editor.preSavePost` filter, WordPress 6.7+; a rejected promise stops the save
// and the editor shows the error's message). Bundle this file (esbuild/wp-scripts) and enqueue it
// with the dependencies wp-data, wp-editor, wp-element, wp-hooks and wp-plugins:
//   import { register } from './content-a11y-editor.js'; register(window.wp);
import { assertPublishable, checkSync, formatSummary } from 'content-a11y/browser';

/** The post being edited, as the WordPress REST record content-a11y reads. */
export function checkEditedPost(wp, status) {
  const editor = wp.data.select('core/editor');
  const core = wp.data.select('core');
  const record = {
    title: { raw: editor.getEditedPostAttribute('title') ?? '' },
    content: { raw: editor.getEditedPostContent() },
    date: editor.getEditedPostAttribute('date') ?? null,
    status: status ?? editor.getEditedPostAttribute('status'),
    featured_media: editor.getEditedPostAttribute('featured_media') ?? 0,
    // Polylang/WPML add a `lang` to posts; otherwise the site's language.
    lang: editor.getEditedPostAttribute('lang') ?? core.getSite?.()?.language ?? '',
  };
  return checkSync({
    content: record,
    input: 'wordpress',
    // The featured image's alt text lives on the attachment, already in the editor's store.
    resolveAsset: (ref) => {
      const media = core.getMedia(ref.id);
      return media ? { alt: media.alt_text ?? '', src: media.source_url } : undefined;
    },
  });
}

export function register(wp) {
  const h = wp.element.createElement;
  const PrePublishPanel = wp.editor.PluginPrePublishPanel ?? wp.editPost?.PluginPrePublishPanel;

  wp.hooks.addFilter('editor.preSavePost', 'content-a11y/block-publish', async (edits, options) => {
    if (options?.isAutosave || options?.isPreview) return edits;
    const status = edits.status ?? wp.data.select('core/editor').getEditedPostAttribute('status');
    if (status !== 'publish' && status !== 'future') return edits;
    assertPublishable(checkEditedPost(wp, status));
    return edits;
  });

  function AccessibilityPanel() {
    const result = wp.data.useSelect(() => checkEditedPost(wp, 'publish'), []);
    const items = result.messages.map((m) =>
      h('li', { key: m.fingerprint, className: `content-a11y-${m.severity}` }, `${m.message} (${m.ruleId})`),
    );
    return h(
      PrePublishPanel,
      { title: 'Accessibility', initialOpen: !result.ok },
      h('p', null, formatSummary(result, { max: 0 })),
      h('ul', null, ...items),
    );
  }

  wp.plugins.registerPlugin('content-a11y', { render: AccessibilityPanel });
}
