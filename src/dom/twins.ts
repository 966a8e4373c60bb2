// The one table of axe rules that have a native twin: both would report the same problem, and only
// one finding is shown. The native rule always wins — it has our message in the post's language,
// knows Markdown and the post's metadata (front-matter title and language, `titleAsH1`), and can be
// configured. A native rule switched off in the configuration drops its axe twin too, so turning a
// rule off never brings the same problem back under another id.
//
// scope `element`: the axe finding is dropped when a twin reported the same element (same source
//   position); elsewhere axe may still catch what the native rule does not look at.
// scope `owned`: the native rule decides for the whole post; the axe rule does not run while a twin
//   is registered. Used where axe judges the page we wrap the post in (language, title), or where
//   the native rule knows the post's context better (heading levels below a title rendered as h1).

export interface AxeTwin {
  native: readonly string[];
  scope: 'element' | 'owned';
}

export const AXE_NATIVE_TWINS: Readonly<Record<string, AxeTwin>> = {
  'image-alt': { native: ['img-alt-missing'], scope: 'element' },
  'empty-heading': { native: ['heading-empty'], scope: 'element' },
  'link-name': { native: ['link-empty', 'img-link-no-name'], scope: 'element' },
  'heading-order': { native: ['heading-level-skip', 'heading-first-level'], scope: 'owned' },
  'html-has-lang': { native: ['lang-missing'], scope: 'owned' },
  'html-lang-valid': { native: ['lang-invalid'], scope: 'owned' },
  'valid-lang': { native: ['lang-invalid'], scope: 'owned' },
  'document-title': { native: ['title-missing'], scope: 'owned' },
};
