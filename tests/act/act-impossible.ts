// ACT cases the engine does not (yet) decide the way ACT does, each with the reason. Never silently
// skipped: every entry is listed here, named with its reason in the test run, and checked to be
// still decided otherwise, so an entry must be deleted when the reason goes away. Keys: `<ruleId>/<file>` for one case, `<ruleId>/<outcome>`
// for every case of that outcome.
//
// The kinds of reason:
// - judgement: the expectation needs a person (is it descriptive, is it text in an image); an
//   automated tool can only say "needs review", which we never report.
// - script: the outcome is decided by a script the case runs (shadow DOM); we never run scripts.
// - axe-incomplete: axe-core itself answers "needs review" (incomplete), and we report violations only.
// - native: a native rule decides differently, by design (RULES.md) or as a known gap for its owner.

export const ACT_IMPOSSIBLE: Readonly<Record<string, string>> = {
  '9eb3f6/failed-1.html':
    'judgement: alt "Paris" equals the file name "paris", but whether the image shows more than "Paris" needs someone who sees it',
  '9eb3f6/failed-5.html':
    'judgement: an alt equal to the picture sources file name may or may not describe the image; needs a person',
  'qt1vmo/failed':
    'judgement: a well-formed description of the wrong thing ("ERCIM logo" on the W3C logo, "W3C" on an HTML5 logo) can only be caught by someone who sees the image',
  'e88epe/failed-2.html':
    'judgement: an image hidden with aria-hidden that carries content (a logo) needs a person to say it is not decorative',
  'e88epe/failed-3.html':
    'judgement: an image marked role="none" that carries content (a logo) needs a person to say it is not decorative',
  'e88epe/failed-4.html':
    'judgement: an unnamed <svg> drawing a logo needs a person to say it is not decorative',
  'e88epe/failed-5.html':
    'script: the <canvas> is drawn by a script the post carries (text "ACT Rules!"); post scripts never run, and a blank canvas says nothing',
  'e88epe/passed-1.html':
    'native (by design, RULES.md img-alt-empty): alt="" on the only image of a post is a warning for a person to confirm; ACT accepts the decorative marking as is',
  'e88epe/inapplicable-2.html':
    'native (by design, RULES.md img-alt-empty): the image is hidden by CSS (display:none), which the native rules do not evaluate; alt="" on the only image is a warning',
  'e88epe/inapplicable-3.html':
    'native (by design, RULES.md img-alt-empty): the image is moved off-screen by a stylesheet, which the native rules do not evaluate',
  'e88epe/inapplicable-10.html':
    'native (by design, RULES.md img-alt-empty): the image file does not exist, which is never fetched to find out; alt="" on the only image is a warning',
  '5effbb/failed-2.html':
    'native: the vague "More" is on a <div role="link"> with a script handler; link-vague reads <a href> links, and a scripted pseudo-link is axe/ARIA territory',
  '5effbb/failed-3.html':
    'judgement: "Go" inside an SVG <a> is not a generic phrase on its own; whether it describes its target needs a reader',
  '5effbb/failed-4.html':
    'judgement: "Workshop" is an ordinary word; that it does not say which report it links to needs a reader',
  '5effbb/failed-5.html':
    'judgement: "HTML"/"EPUB" describe the format but not the book; only a reader can tell the context is missing',
  '5effbb/failed-6.html':
    'judgement: "Download" in a table cell is described by the table row only for some readers; needs a person',
  'aizyf1/failed-2.html':
    'native: the vague "More" is on a <div role="link"> with a script handler; link-vague reads <a href> links only',
  'aizyf1/failed-3.html': 'judgement: "Go" inside an SVG <a> needs a reader to say it is not descriptive',
  'aizyf1/failed-4.html':
    'judgement: whether the link text alone describes the target (2.4.9, AAA) needs a reader',
  'aizyf1/failed-5.html':
    'judgement: whether the link text alone describes the target (2.4.9, AAA) needs a reader',
  'off6ek/failed':
    'too little text: the parts are a phrase or a hidden caption; lang-mismatch only judges text long enough for detection to be sure (1,000 characters), since a wrong guess would be a false positive',
  'ucwvc8/failed':
    'too little text: each page is one short paragraph (149–646 bytes of HTML); lang-mismatch only judges posts with 1,000+ characters of text, where trigram detection is reliable',
  'b49b2e/failed':
    'judgement: whether a heading describes its section needs a reader; heading-too-long/heading-all-caps are not this',
  '0va7u6/failed': 'judgement: whether an image contains text needs OCR or a person; we never load images',
  'c4a8a4/failed': 'judgement: whether a page title describes the page needs a reader',
  'ff89c9/failed-4.html':
    'script: the failing structure is built by a script into a shadow root; post scripts never run',
  'd0f69e/failed-1.html':
    'axe-incomplete: axe-core returns th-has-data-cells as "needs review" for a header with an empty column',
  'd0f69e/failed-2.html':
    'axe-incomplete: axe-core returns th-has-data-cells as "needs review" when headers= skips a column header',
  'd0f69e/failed-3.html': 'axe-incomplete: axe-core returns th-has-data-cells as "needs review" here',
};

export function impossibleReason(ruleId: string, file: string, outcome: string): string | undefined {
  const name = file.slice(file.indexOf('/') + 1);
  return ACT_IMPOSSIBLE[`${ruleId}/${name}`] ?? ACT_IMPOSSIBLE[`${ruleId}/${outcome}`];
}
