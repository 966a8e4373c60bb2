// Every peer case (./peer-cases.ts) that content-a11y decides differently from the peer, with the
// reason. Keyed `<peer> / <case name>`. A case we flag and the peer passes is allowed only with
// `backedBy`: another source whose own cases flag the same thing; without one it is a false alarm.

export interface PeerDifference {
  reason: string;
  /** For cases we flag and the peer passes: who else flags this shape (a peer suite, WCAG, ACT). */
  backedBy?: string;
}

const HTML_BARE_ALT =
  'in HTML an alt attribute with no value is alt="", and with role="presentation" the image is marked decorative twice over; axe-core passes it';
const PRESENTATION =
  'role="presentation"/"none" marks the image decorative, as alt="" does; axe-core’s image-alt fixture passes both (its pass6 and pass7), and jsx-a11y only prefers alt="" as the way to say it';

export const PEER_DIFFERENCES: Readonly<Record<string, PeerDifference>> = {
  'markdownlint MD025 single-h1 / text before two h1 headings (no title heading on the first line)': {
    reason:
      'a post with two h1 headings has two top-level titles whatever comes before them; MD025 only counts h1 headings once the first line is one',
    backedBy: 'markdownlint’s own heading_multiple_toplevel.md flags the same two h1 headings',
  },
  'markdownlint MD036 no-emphasis-as-heading / bold line after an HTML comment': {
    reason:
      'CommonMark makes a line that starts with "<!--" an HTML block, so the underscores are shown as typed: the page has no bold line',
  },
  'markdownlint MD059 descriptive-link-text / "Learn more" before the words that name it': {
    reason: '"learn more" names no destination; MD059’s default list is only click here, here, link and more',
    backedBy: 'markdownlint-github GH002 flags "learn more" (its no-generic-link-text cases); WCAG F84',
  },
  'markdownlint MD059 descriptive-link-text / "Read more"': {
    reason: '"read more" is WCAG F84’s own example of link text that names no destination',
    backedBy: 'WCAG F84; markdownlint-github GH002 flags "read more"',
  },
  'markdownlint-github GH003 no-empty-alt-text / two images side by side with alt=""': {
    reason:
      'alt="" is how HTML marks a decorative image; img-alt-empty questions it only where the image looks like content (a captioned figure, a gallery whose other pictures are described, the only image of the post)',
  },
  'jsx-a11y img-redundant-alt / "photo doing things"': {
    reason:
      'only an opening "photo of"/"image of" repeats what a screen reader already says; jsx-a11y flags the word anywhere, and its own cases pass "Photography"',
  },
  'jsx-a11y alt-text / img with alt=" "': {
    reason: 'an alt of spaces is no text alternative: the image has no name',
    backedBy: 'axe-core’s image-alt fixture (violation6: alt=" ")',
  },
  'jsx-a11y alt-text / image button with alt=""': {
    reason: 'an image button is a control, never decoration: with alt="" it has no name',
    backedBy: 'axe-core input-image-alt; WCAG H36',
  },
  'jsx-a11y alt-text / bare alt with role presentation': { reason: HTML_BARE_ALT },
  'jsx-a11y alt-text / role presentation and no alt': { reason: PRESENTATION },
  'jsx-a11y alt-text / role none and no alt': { reason: PRESENTATION },
};
