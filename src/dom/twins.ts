// The axe rules that have a native twin — both judge the same thing — and how one verdict is made
// from the two, element by element (./axe-check.ts applies it):
//   - both report an element: one finding, the one with the better message — the native one (our
//     words in the post's language, Markdown-aware, configurable) unless `better: 'axe'`;
//   - only axe reports it: axe's finding is kept;
//   - only the native rule reports it, and axe judged that element and found nothing: the native
//     finding is dropped — content-a11y never adds what axe alone would not say — unless the native
//     rule knows what axe cannot (`nativeKnowsBetter`), each case with a test that shows why;
//   - axe could not judge (the rule is off, threw, or said "needs review"; the element is not in
//     the DOM it saw): the native finding stays.
// A native rule switched off in the configuration drops its axe twins too, so turning a rule off
// never brings the same problem back under another id.
import type { Draft } from '../engine/finalize.js';
import type { Post } from '../types.js';

export type TwinUnit =
  /** The twins judge elements; findings are matched by where the element starts. */
  | 'element'
  /**
   * The twins judge the page (its language, its title). For a full HTML document that is the
   * `<html>` element; around a fragment the page is ours (the template's), so only the native
   * rule, which reads front matter, CMS fields and the site, decides.
   */
  | 'page'
  /** The native rules decide for the whole post; the axe rule does not run while one is registered. */
  | 'owned';

export interface AxeTwin {
  native: readonly string[];
  unit: TwinUnit;
  /** Which of the native rule's findings this twin judges (default: all of them). */
  covers?: (draft: Draft, post: Post) => boolean;
  /** Whose finding is shown when both report an element (default: the native rule's). */
  better?: 'axe';
  /** The native finding stands even where axe found nothing, because the native rule knows more. */
  nativeKnowsBetter?: (draft: Draft, post: Post) => boolean;
}

/** Where a draft points: its range, else the field it is about, else the file's start. */
export function draftStart(d: Draft): { line: number; column: number } {
  return d.range?.start ?? d.field?.position?.start ?? { line: 1, column: 1 };
}

const at = (d: Draft, p: { start: { line: number; column: number } } | undefined) => {
  const start = draftStart(d);
  return p !== undefined && start.line === p.start.line && start.column === p.start.column;
};

/** lang-invalid's finding on the page's own language (front matter, `<html lang>`, CMS field). */
const onPageLanguage = (d: Draft, post: Post) => {
  const lang = post.meta.lang;
  if (!lang) return false;
  if (d.field) return d.field === lang;
  return lang.position ? at(d, lang.position) : d.excerpt === lang.value;
};

/**
 * A Markdown image with an empty description renders as `alt=""`, which axe rightly reads as
 * "decorative". Markdown cannot mark an image decorative, so the author left it undescribed
 * (RULES.md img-alt-missing; markdownlint MD045 agrees). The same for HTML's `<img alt>`, an alt
 * written without its value (markdownlint MD045 and eslint-plugin-jsx-a11y alt-text flag it too).
 */
const altLeftOut = (d: Draft, post: Post) =>
  post.index.images.some((i) => (i.origin === 'markdown' || i.bareAlt) && at(d, i.position));

export const AXE_NATIVE_TWINS: Readonly<Record<string, AxeTwin>> = {
  'image-alt': { native: ['img-alt-missing'], unit: 'element', nativeKnowsBetter: altLeftOut },
  'input-image-alt': { native: ['img-alt-missing'], unit: 'element' },
  'role-img-alt': { native: ['img-alt-missing'], unit: 'element' },
  // img-alt-missing calls an <area> an image without a source; axe says what it is, a map link.
  'area-alt': { native: ['img-alt-missing'], unit: 'element', better: 'axe' },
  'empty-heading': { native: ['heading-empty'], unit: 'element' },
  'link-name': { native: ['link-empty', 'img-link-no-name'], unit: 'element' },
  'valid-lang': {
    native: ['lang-invalid'],
    unit: 'element',
    covers: (f, post) => !onPageLanguage(f, post),
  },
  'html-has-lang': { native: ['lang-missing'], unit: 'page' },
  'html-lang-valid': { native: ['lang-invalid'], unit: 'page', covers: onPageLanguage },
  'document-title': { native: ['title-missing'], unit: 'page' },
  // axe sees the title level our page wrapper guesses; the native rules know the site's template
  // (titleAsH1, startLevel), so a post whose first heading is h2 under a title is not "skipping".
  'heading-order': { native: ['heading-level-skip', 'heading-first-level'], unit: 'owned' },
};

/** The axe rules twinned with a native rule, by native rule id. */
export function twinsOfNative(ruleId: string): string[] {
  return Object.entries(AXE_NATIVE_TWINS)
    .filter(([, twin]) => twin.native.includes(ruleId))
    .map(([id]) => id);
}
