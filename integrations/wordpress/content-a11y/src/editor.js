// The block editor side of the content-a11y plugin: checks the post being edited as the WordPress
// REST record content-a11y reads, lists the findings in the editor's language in a document panel
// and in the pre-publish panel, and keeps the post from being published while it has blocking
// findings:
// - every WordPress from 6.1: `lockPostSaving` while the pre-publish panel is open (its Publish
//   button is then disabled), and always for posts that are already public (their Update button
//   publishes) or when the user turned pre-publish checks off. Drafts stay saveable.
// - WordPress 6.7+ also runs `editor.preSavePost`, which rejects a publishing save outright: the
//   editor shows the summary as the save error.
// Built by scripts/build-wordpress.mjs into build/editor.js (an IIFE that reads `window.wp`).
import { blockingFindings, checkSync, formatSummary } from 'content-a11y/browser';

const LOCK = 'content-a11y';
const PUBLIC = ['publish', 'future', 'private'];

/** Message language from a WordPress locale (`pl_PL` → `pl`); content-a11y speaks pl and en. */
export function messageLocale(wpLocale) {
  const tag = String(wpLocale || 'en')
    .toLowerCase()
    .split(/[-_]/)[0];
  return tag === 'pl' ? 'pl' : 'en';
}

/**
 * The post content exactly as the editor would save it, built block by block so every finding's
 * offset can be traced back to the block it is in. `serialize(blocks)` joins top-level blocks
 * with a blank line; inner blocks sit inside their parent's markup.
 */
export function serializeWithRanges(wp, blocks) {
  const ranges = [];
  const texts = blocks.map((block) => wp.blocks.serialize([block]));
  let offset = 0;
  blocks.forEach((block, i) => {
    collectRanges(wp, block, texts[i], offset, ranges, 0);
    offset += texts[i].length + 2;
  });
  return { content: texts.join('\n\n'), ranges };
}

function collectRanges(wp, block, text, start, ranges, depth) {
  ranges.push({ clientId: block.clientId, name: block.name, start, end: start + text.length, depth, block });
  let cursor = 0;
  for (const inner of block.innerBlocks ?? []) {
    const innerText = wp.blocks.serialize([inner]);
    const at = text.indexOf(innerText, cursor);
    if (at < 0) continue;
    collectRanges(wp, inner, innerText, start + at, ranges, depth + 1);
    cursor = at + innerText.length;
  }
}

/** 0-based offset of a 1-based line and column in `text`. */
export function offsetAt(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + Math.max(0, column - 1);
}

/** The innermost block whose markup contains `offset`. */
export function blockAt(ranges, offset) {
  let best;
  for (const r of ranges) {
    if (offset >= r.start && offset < r.end && (!best || r.depth > best.depth)) best = r;
  }
  return best;
}

/**
 * What a finding is about in the editor: a block (body findings), or a field of the post — the
 * title, the featured image (its alt lives on the attachment in the media library) or the date.
 */
export function targetOf(finding, context) {
  const path = finding.jsonPath ?? '';
  const atStart =
    finding.line === 1 && finding.column === 1 && finding.endLine === 1 && finding.endColumn === 1;
  if (!atStart || path.startsWith('$.content')) {
    const range = blockAt(context.ranges, offsetAt(context.content, finding.line, finding.column));
    if (range) return { kind: 'block', range };
  }
  const quotes = (value) => Boolean(finding.excerpt) && String(value ?? '').includes(finding.excerpt);
  if (path.startsWith('$.title') || quotes(context.record.title.raw)) return { kind: 'title' };
  if (
    path.startsWith('$.featured_media') ||
    path.startsWith('$._embedded') ||
    finding.ruleId.startsWith('img-cover')
  ) {
    return { kind: 'featured-image' };
  }
  if (path.startsWith('$.date')) return { kind: 'date' };
  return { kind: 'post' };
}

/**
 * An edit the editor can make for a finding, or undefined. An image block's alt is set as its
 * attribute. Otherwise findings carry engine-checked edits on
 * exact source offsets (`fix`, `suggestions[].fix`): applied inside the block they fall in. A field
 * finding that quotes its field and suggests a replacement (a date in the title, an image's alt)
 * is applied to that field.
 */
export function editFor(finding, context) {
  const target = targetOf(finding, context);
  // An image block's alt is its attribute: set it there, which the markup and the store both follow.
  const whole = typeof finding.suggestion === 'string' && !finding.suggestion.includes('\n');
  if (whole && target.kind === 'block' && target.range.block.attributes?.alt === finding.excerpt) {
    return { target, kind: 'alt', to: finding.suggestion };
  }
  const fix = finding.fix ?? finding.suggestions?.[0]?.fix;
  if (fix && target.kind === 'block') {
    const { range } = target;
    const [start, end] = fix.range;
    if (start >= range.start && end <= range.end) {
      return { target, kind: 'markup', start: start - range.start, end: end - range.start, text: fix.text };
    }
  }
  if (typeof finding.suggestion !== 'string' || !finding.excerpt || finding.suggestion.includes('\n'))
    return undefined;
  if (target.kind === 'title' && context.record.title.raw.includes(finding.excerpt)) {
    return { target, kind: 'title', from: finding.excerpt, to: finding.suggestion };
  }
  if (target.kind === 'featured-image' && context.media?.alt_text === finding.excerpt) {
    return { target, kind: 'media-alt', id: context.media.id, to: finding.suggestion };
  }
  return undefined;
}

function applyEdit(wp, edit) {
  const blockEditor = wp.data.dispatch('core/block-editor');
  if (edit.kind === 'title') {
    const title = wp.data.select('core/editor').getEditedPostAttribute('title') ?? '';
    wp.data.dispatch('core/editor').editPost({ title: title.replace(edit.from, edit.to) });
  } else if (edit.kind === 'alt') {
    blockEditor.updateBlockAttributes(edit.target.range.clientId, { alt: edit.to });
  } else if (edit.kind === 'markup') {
    const { range } = edit.target;
    const markup = wp.blocks.serialize([range.block]);
    const next = markup.slice(0, edit.start) + edit.text + markup.slice(edit.end);
    blockEditor.replaceBlocks(range.clientId, wp.blocks.parse(next));
  } else if (edit.kind === 'media-alt') {
    // The featured image's alt is the attachment's: saved to the media library, as the Media
    // screen would, then read back into the editor's store.
    return wp.data.dispatch('core').saveEntityRecord('root', 'media', { id: edit.id, alt_text: edit.to });
  }
  return Promise.resolve();
}

function reveal(wp, target) {
  if (target.kind === 'block') {
    wp.data.dispatch('core/block-editor').selectBlock(target.range.clientId);
    return;
  }
  if (target.kind === 'title') {
    const title = document.querySelector('.editor-post-title__input, .wp-block-post-title[contenteditable]');
    if (title) title.focus();
    return;
  }
  const panel = target.kind === 'featured-image' ? 'featured-image' : 'post-status';
  const editPost = wp.data.dispatch('core/edit-post');
  editPost?.openGeneralSidebar?.('edit-post/document');
  if (!wp.data.select('core/edit-post')?.isEditorPanelOpened?.(panel))
    editPost?.toggleEditorPanelOpened?.(panel);
}

/**
 * Checks the post being edited. `status` is what the post would become: findings are reported as
 * they would be on the published post. Memoized on what the check reads, so the editor's many
 * store changes cost one comparison each.
 */
export function createChecker(wp, settings = {}) {
  let last;
  return function checkEditedPost(status = 'publish', select = wp.data.select) {
    const editor = select('core/editor');
    const core = select('core');
    const blocks = select('core/block-editor').getBlocks();
    const featured = editor.getEditedPostAttribute('featured_media') ?? 0;
    const media = featured ? core.getMedia(featured) : undefined;
    const title = editor.getEditedPostAttribute('title') ?? '';
    const date = editor.getEditedPostAttribute('date') ?? null;
    // Polylang and WPML add a `lang` to posts.
    const lang = editor.getEditedPostAttribute('lang');
    const inputs = { blocks, title, date, lang, media, status };
    if (last && Object.keys(inputs).every((key) => last.inputs[key] === inputs[key])) return last.context;
    const { content, ranges } = serializeWithRanges(wp, blocks);
    const record = {
      title: { raw: title },
      content: { raw: content },
      date,
      status,
      featured_media: featured,
    };
    if (lang) record.lang = lang;
    const result = checkSync({
      content: record,
      input: 'wordpress',
      // Otherwise the post is in the site's language (the theme declares it as <html lang>).
      ...(settings.postLang ? { lang: String(settings.postLang).replace('_', '-') } : {}),
      locale: messageLocale(settings.locale),
      // The featured image's alt text lives on the attachment, in the media library
      // (`/wp/v2/media/ID`, loaded into the editor's store by getMedia).
      resolveAsset: (ref) =>
        ref.kind === 'wordpress-media' && media
          ? { alt: media.alt_text ?? '', src: media.source_url }
          : undefined,
    });
    const context = { result, record, content, ranges, media };
    last = { inputs, context };
    return context;
  };
}

function isBlocking(result, settings) {
  if (settings.blockOn === 'never') return false;
  return blockingFindings(result, settings.blockOn ?? 'error').length > 0;
}

/** Registers the panels, the publish lock and the `editor.preSavePost` filter. */
export function register(wp, settings = {}) {
  const h = wp.element.createElement;
  const { __, sprintf } = wp.i18n;
  const { Button } = wp.components;
  const checkEditedPost = createChecker(wp, settings);
  const locale = messageLocale(settings.locale);
  const slot = (name) => wp.editor?.[name] ?? wp.editPost?.[name];

  // WordPress 6.7+: a rejected promise stops the save and the editor shows its message.
  wp.hooks.addFilter('editor.preSavePost', 'content-a11y/block-publish', async (edits, options) => {
    if (options?.isAutosave || options?.isPreview) return edits;
    const editor = wp.data.select('core/editor');
    const status = edits.status ?? editor.getEditedPostAttribute('status');
    if (!PUBLIC.includes(status)) return edits;
    const featured = editor.getEditedPostAttribute('featured_media');
    if (featured) await wp.data.resolveSelect?.('core').getMedia(featured);
    const { result } = checkEditedPost(status);
    if (isBlocking(result, settings)) {
      throw new Error(formatSummary(result, { locale, blockOn: settings.blockOn ?? 'error' }));
    }
    return edits;
  });

  // Every version from 6.1: lock saving while publishing would publish blocking findings.
  let locked = false;
  wp.data.subscribe(() => {
    const editor = wp.data.select('core/editor');
    if (!editor.getCurrentPostId?.()) return;
    const current = editor.getCurrentPostAttribute('status');
    // The pre-publish panel's state is in core/edit-post up to WordPress 6.5, in core/editor since.
    const sidebarOpen = (
      editor.isPublishSidebarOpened ?? wp.data.select('core/edit-post')?.isPublishSidebarOpened
    )?.();
    const publishing =
      PUBLIC.includes(current) || sidebarOpen || editor.isPublishSidebarEnabled?.() === false;
    const shouldLock = publishing && isBlocking(checkEditedPost('publish').result, settings);
    if (shouldLock === locked) return;
    locked = shouldLock;
    const dispatch = wp.data.dispatch('core/editor');
    if (locked) dispatch.lockPostSaving(LOCK);
    else dispatch.unlockPostSaving(LOCK);
  });

  const place = (target) => {
    if (target.kind === 'block') {
      const type = wp.blocks.getBlockType(target.range.name);
      return sprintf(__('Block: %s', 'content-a11y'), type?.title ?? target.range.name);
    }
    if (target.kind === 'title') return __('Title', 'content-a11y');
    if (target.kind === 'featured-image') return __('Featured image', 'content-a11y');
    if (target.kind === 'date') return __('Publish date', 'content-a11y');
    return __('Post', 'content-a11y');
  };

  function FindingItem({ finding, context }) {
    const target = targetOf(finding, context);
    const edit = editFor(finding, context);
    const [busy, setBusy] = wp.element.useState(false);
    const proposal = edit?.kind === 'markup' ? edit.text : (edit?.to ?? finding.suggestion);
    return h(
      'li',
      { className: `content-a11y-finding content-a11y-${finding.severity}`, 'data-rule': finding.ruleId },
      h(
        Button,
        {
          variant: 'link',
          className: 'content-a11y-finding__show',
          onClick: () => reveal(wp, target),
          label: sprintf(__('Show where: %s', 'content-a11y'), place(target)),
          showTooltip: false,
        },
        place(target),
      ),
      h('p', { className: 'content-a11y-finding__message' }, finding.message),
      proposal && !proposal.includes('\n')
        ? h('p', { className: 'content-a11y-finding__fix' }, sprintf(__('Fix: %s', 'content-a11y'), proposal))
        : null,
      edit
        ? h(
            Button,
            {
              variant: 'secondary',
              isSmall: true,
              isBusy: busy,
              disabled: busy,
              className: 'content-a11y-finding__apply',
              onClick: () => {
                setBusy(true);
                applyEdit(wp, edit).finally(() => setBusy(false));
              },
            },
            __('Apply fix', 'content-a11y'),
          )
        : null,
      h(
        'a',
        {
          className: 'content-a11y-finding__rule',
          href: finding.helpUrl,
          target: '_blank',
          rel: 'noreferrer',
        },
        finding.wcag.length ? `${finding.ruleId} · WCAG ${finding.wcag.join(', ')}` : finding.ruleId,
      ),
    );
  }

  function Findings({ context }) {
    const { result } = context;
    const blocking = isBlocking(result, settings);
    const order = { error: 0, warning: 1, info: 2 };
    const sorted = [...result.messages].sort((a, b) => order[a.severity] - order[b.severity]);
    return h(
      'div',
      { className: 'content-a11y-panel', lang: locale },
      h(
        'p',
        { className: blocking ? 'content-a11y-panel__blocked' : 'content-a11y-panel__summary' },
        // The counts line only: the list below shows every finding. When nothing blocks
        // ("never"), the line says so — it reads the counts, not the findings.
        formatSummary(blocking ? result : { ...result, messages: [] }, {
          locale,
          blockOn: settings.blockOn === 'never' ? 'error' : settings.blockOn,
        }).split('\n')[0],
      ),
      result.messages.length === 0
        ? null
        : h(
            'ul',
            { className: 'content-a11y-findings' },
            ...sorted.map((f) => h(FindingItem, { key: f.fingerprint, finding: f, context })),
          ),
    );
  }

  function useChecked() {
    return wp.data.useSelect((select) => checkEditedPost('publish', select), []);
  }

  const DocumentPanel = slot('PluginDocumentSettingPanel');
  const PrePublishPanel = slot('PluginPrePublishPanel');

  function AccessibilityPanels() {
    const context = useChecked();
    const blocking = isBlocking(context.result, settings);
    const title = __('Accessibility', 'content-a11y');
    return h(
      wp.element.Fragment,
      null,
      DocumentPanel
        ? h(
            DocumentPanel,
            { name: 'content-a11y', title, className: 'content-a11y-document-panel' },
            h(Findings, { context }),
          )
        : null,
      PrePublishPanel
        ? h(
            PrePublishPanel,
            { title, initialOpen: true, className: 'content-a11y-prepublish-panel' },
            blocking
              ? h(
                  'p',
                  { className: 'content-a11y-panel__hint' },
                  __('Fix the errors below to publish this post.', 'content-a11y'),
                )
              : null,
            h(Findings, { context }),
          )
        : null,
    );
  }

  wp.plugins.registerPlugin('content-a11y', { render: AccessibilityPanels });
}
