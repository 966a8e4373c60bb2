// The one table from W3C ACT rules to our rule ids: a finding of any of these ids on a case counts
// as "failed" for that ACT rule. Native ids are from RULES.md, axe ids are `axe/<axe-rule-id>`
// (axe-core's own `actIds` metadata names the same pairs). An ACT rule mapped to nothing has no
// check of ours yet (it needs judgement: "descriptive", "images of text").
export const ACT_TO_RULES: Readonly<Record<string, readonly string[]>> = {
  '23a2a8': ['img-alt-missing', 'axe/image-alt', 'axe/role-img-alt'], // image has non-empty accessible name
  '9eb3f6': ['img-alt-filename'], // image filename is accessible name
  qt1vmo: ['img-alt-placeholder', 'img-alt-filename'], // image accessible name is descriptive
  ffd0e9: ['heading-empty', 'axe/empty-heading'], // heading has non-empty accessible name
  b49b2e: [], // heading is descriptive
  b5c3f8: ['lang-missing', 'axe/html-has-lang'], // HTML page has lang attribute
  bf051a: ['lang-invalid', 'axe/html-lang-valid'], // HTML page lang is valid
  '2779a5': ['title-missing', 'axe/document-title'], // HTML page has non-empty title
  c487ae: ['link-empty', 'img-link-no-name', 'axe/link-name', 'axe/area-alt'], // link has non-empty accessible name
  '5effbb': ['link-vague'], // link in context is descriptive
  '46ca7f': ['axe/presentation-role-conflict'], // element marked as decorative is not exposed
  de46e4: ['lang-invalid', 'axe/valid-lang'], // element with lang has valid language tag
  '7d6734': ['axe/svg-img-alt'], // SVG element with explicit role has non-empty accessible name
  e88epe: ['img-alt-empty'], // image not in the accessibility tree is decorative
  '0va7u6': [], // HTML images contain no text
  aizyf1: ['link-vague'], // link is descriptive
  off6ek: ['lang-mismatch'], // element language subtag matches language
  ucwvc8: ['lang-mismatch'], // page language subtag matches default language
  c4a8a4: [], // page title is descriptive
  cae760: ['axe/frame-title'], // iframe has non-empty accessible name
  d0f69e: ['axe/th-has-data-cells'], // table header cell has assigned cells
  a25f45: ['axe/td-headers-attr'], // headers attribute refers to cells in the same table
  bc4a75: ['axe/aria-required-children', 'axe/list'], // ARIA required owned elements
  ff89c9: ['axe/aria-required-parent', 'axe/aria-required-children', 'axe/listitem'], // ARIA required context role
};
