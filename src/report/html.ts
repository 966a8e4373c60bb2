// `--format html[=FILE]`: one self-contained, accessible page per run — a summary across posts,
// then per post its heading outline with problems marked, every image as a card beside its alt
// text and findings, and the findings with a frame of the source lines. No external resources:
// styles and the filter script are inline, thumbnails are data: URIs, a CSP forbids the rest.
import { createHash } from 'node:crypto';
import { localize } from '../engine/messages.js';
import { builtinRegistry } from '../engine/registry.js';
import type { FileResult, Finding, Severity, Summary } from '../types.js';
import { REPORT_CSS, REPORT_SCRIPT } from './html/assets.js';
import { codeFrame, codeFrameLines } from './html/code-frame.js';
import { type ReportLabels, reportLabels } from './html/labels.js';
import { html, type Markup, trusted } from './html/markup.js';
import type { Formatter, OverviewHeading, OverviewImage, PostOverview, ReportContext } from './types.js';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** A run of more posts than this shows each post collapsed to its heading and counts. */
const COLLAPSE_RUNS_OVER = 50;
/** A post with more findings than this is collapsed in any run. */
const COLLAPSE_POSTS_OVER = 20;
/** Posts per page: the script shows one page at a time (without scripts, all are shown). */
export const POSTS_PER_PAGE = 50;
/** The built-in rules, whose pages ship in the package and are embedded; a plugin's rule links to its own docs. */
const RULES = new Map(builtinRegistry().rules.map((r) => [r.id, r]));
const ICONS: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

const htmlReport: Formatter = (files, summary, context) => {
  const locale = context.locale ?? dominantLanguage(context.posts);
  const t = reportLabels(locale);
  const script = REPORT_SCRIPT;
  const csp = [
    "default-src 'none'",
    'img-src data:',
    "style-src 'unsafe-inline'",
    `script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`,
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const collapse = files.length > COLLAPSE_RUNS_OVER;
  const sections = files.map((file, i) => postSection(file, i, context.posts?.get(file.path), t, collapse));
  const pages = Math.ceil(files.length / POSTS_PER_PAGE);
  const page = html`<!DOCTYPE html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="content-a11y">
<title>${t.title} — content-a11y</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body>
<a class="skip" href="#report">${t.skip}</a>
<header class="page">
<h1>${t.title}</h1>
<p>${t.files}: ${summary.files} · ${t.errors}: ${summary.errors} · ${t.warnings}: ${summary.warnings} · ${t.infos}: ${summary.infos}</p>
</header>
${files.length > 1 ? postsNav(files, t) : ''}
<main id="report" tabindex="-1">
${summarySection(files, summary, t)}
${filterForm(files, t)}
${pages > 1 ? html`<nav class="pager" id="pager" aria-label="${t.pages}" hidden data-pages="${pages}" data-template="${t.pageOf}"></nav>` : ''}
${sections}
${rulesSection(files, t)}
</main>
<footer><p>${t.generatedBy}</p></footer>
<script>${trusted(script)}</script>
</body>
</html>
`;
  return page.value;
};

export default htmlReport;

/** Labels follow `--locale`, else the language most posts are written in. */
function dominantLanguage(posts: ReadonlyMap<string, PostOverview> | undefined): string {
  const counts = new Map<string, number>();
  for (const post of posts?.values() ?? []) counts.set(post.lang, (counts.get(post.lang) ?? 0) + 1);
  let best = 'en';
  let most = 0;
  for (const [lang, n] of counts) {
    if (n > most) [best, most] = [lang, n];
  }
  return best;
}

function postId(i: number): string {
  return `post-${i + 1}`;
}

function postsNav(files: FileResult[], t: ReportLabels): Markup {
  return html`<nav aria-label="${t.postsNav}"><ul>${files.map(
    (f, i) => html`<li><a href="#${postId(i)}">${f.path}</a> (${counts(f.messages, t)})</li>`,
  )}</ul></nav>`;
}

function counts(messages: Finding[], t: ReportLabels): string {
  const by = tally(messages);
  return `${t.errors}: ${by.error}, ${t.warnings}: ${by.warning}, ${t.infos}: ${by.info}`;
}

function tally(messages: Finding[]): Record<Severity, number> {
  const by: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const m of messages) by[m.severity]++;
  return by;
}

function summarySection(files: FileResult[], summary: Summary, t: ReportLabels): Markup {
  const rules = new Map<string, { n: number; severity: Severity; helpUrl: string }>();
  for (const file of files) {
    for (const m of file.messages) {
      const row = rules.get(m.ruleId) ?? { n: 0, severity: m.severity, helpUrl: m.helpUrl };
      row.n++;
      rules.set(m.ruleId, row);
    }
  }
  const ruleRows = [...rules].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  return html`<section aria-labelledby="summary-title">
<h2 id="summary-title">${t.summary}</h2>
<ul class="totals">
<li><strong>${summary.files}</strong>${t.files}</li>
<li><strong>${summary.errors}</strong><span class="sev-error">${ICONS.error}</span> ${t.errors}</li>
<li><strong>${summary.warnings}</strong><span class="sev-warning">${ICONS.warning}</span> ${t.warnings}</li>
<li><strong>${summary.infos}</strong><span class="sev-info">${ICONS.info}</span> ${t.infos}</li>
</ul>
<table>
<caption class="visually-hidden">${t.summary}</caption>
<thead><tr><th scope="col">${t.post}</th><th scope="col" class="num">${t.errors}</th><th scope="col" class="num">${t.warnings}</th><th scope="col" class="num">${t.infos}</th></tr></thead>
<tbody>${files.map((f, i) => {
    const by = tally(f.messages);
    return html`<tr><th scope="row"><a href="#${postId(i)}">${f.path}</a></th><td class="num">${by.error}</td><td class="num">${by.warning}</td><td class="num">${by.info}</td></tr>`;
  })}</tbody>
</table>
${
  ruleRows.length === 0
    ? html`<p>${t.noProblems}</p>`
    : html`<h3>${t.byRule}</h3>
<table>
<thead><tr><th scope="col">${t.rule}</th><th scope="col">${t.severity}</th><th scope="col" class="num">${t.count}</th></tr></thead>
<tbody>${ruleRows.map(
        ([id, row]) =>
          html`<tr><th scope="row"><a href="${RULES.has(id) ? `#rule-${id}` : row.helpUrl}">${id}</a></th><td>${severityBadge(row.severity, t)}</td><td class="num">${row.n}</td></tr>`,
      )}</tbody>
</table>`
}
</section>`;
}

function filterForm(files: FileResult[], t: ReportLabels): Markup {
  const ruleIds = [...new Set(files.flatMap((f) => f.messages.map((m) => m.ruleId)))].sort();
  return html`<form id="filters" class="filters" aria-labelledby="filters-title" hidden>
<h2 id="filters-title" class="visually-hidden">${t.filters}</h2>
<fieldset><legend>${t.severity}</legend>${SEVERITIES.map(
    (s) =>
      html`<label><input type="checkbox" name="severity" value="${s}" checked> ${ICONS[s]} ${t.severities[s]}</label>`,
  )}</fieldset>
<div><label for="rule-filter">${t.rule}</label>
<select id="rule-filter" name="rule"><option value="">${t.allRules}</option>${ruleIds.map(
    (id) => html`<option value="${id}">${id}</option>`,
  )}</select></div>
<p id="filter-status" class="status" role="status" data-template="${t.shown}"></p>
</form>`;
}

function postSection(
  file: FileResult,
  i: number,
  post: PostOverview | undefined,
  t: ReportLabels,
  collapseRun: boolean,
): Markup {
  const id = postId(i);
  const by = tally(file.messages);
  const open = !collapseRun && file.messages.length <= COLLAPSE_POSTS_OVER;
  const anchors = new Map(file.messages.map((m, n) => [m, `${id}-f${n + 1}`]));
  return html`<section class="post" id="${id}" aria-labelledby="${id}-title" data-page="${Math.floor(i / POSTS_PER_PAGE) + 1}">
<h2 id="${id}-title">${file.path}</h2>
<p>${
    post
      ? html`${t.postTitle}: <span lang="${post.lang}">${post.title ?? t.noTitle}</span> · ${t.language}: ${post.lang} · `
      : ''
  }${t.errors}: ${by.error} · ${t.warnings}: ${by.warning} · ${t.infos}: ${by.info}</p>
<details class="post-body"${open ? html` open` : ''}>
<summary>${t.showPost}</summary>
${post ? outlineSection(id, post, file.messages, t, anchors) : ''}
${post ? imagesSection(id, post, file.messages, t, anchors) : ''}
<h3 id="${id}-findings">${t.findings} (${file.messages.length})</h3>
${
  file.messages.length === 0
    ? html`<p>${t.noProblems}</p>`
    : html`<ol class="findings" aria-labelledby="${id}-findings">${file.messages.map((m) => findingItem(m, post, t, anchors.get(m)!))}</ol>`
}
</details>
</section>`;
}

function severityBadge(severity: Severity, t: ReportLabels): Markup {
  return html`<span class="sev sev-${severity}"><span aria-hidden="true">${ICONS[severity]}</span> ${t.severities[severity]}</span>`;
}

function ruleLink(m: Finding): string {
  return RULES.has(m.ruleId) ? `#rule-${m.ruleId}` : m.helpUrl;
}

function findingItem(m: Finding, post: PostOverview | undefined, t: ReportLabels, anchor: string): Markup {
  const frame = post ? codeFrame(post.source, m, post.lang) : undefined;
  const lines = post ? codeFrameLines(post.source, m) : undefined;
  return html`<li class="finding" id="${anchor}" data-severity="${m.severity}" data-rule="${m.ruleId}">
${severityBadge(m.severity, t)} <span>${m.message}</span>
<div class="meta">${t.line} ${m.line}:${m.column} · <a href="${ruleLink(m)}">${m.ruleId}</a>${
    m.wcag.length ? html` · ${t.wcag} ${m.wcag.join(', ')}` : ''
  } · <a href="${ruleLink(m)}">${t.docs}</a></div>
${m.suggestion ? html`<div>${t.suggestion}: <q${post ? html` lang="${post.lang}"` : ''}>${m.suggestion}</q></div>` : ''}
${frame && lines ? html`<div role="group" aria-label="${t.codeFrame.replace('{from}', String(lines.from)).replace('{to}', String(lines.to))}">${frame}</div>` : ''}
</li>`;
}

function overlapping(
  messages: Finding[],
  line: number,
  endLine: number,
  test?: (m: Finding) => boolean,
): Finding[] {
  return messages.filter(
    (m) => m.line <= endLine && Math.max(m.endLine, m.line) >= line && (!test || test(m)),
  );
}

/** Problems beside a heading or an image: a link to the finding (its message is shown once, there). */
function markList(found: Finding[], t: ReportLabels, anchors: Map<Finding, string>): Markup | string {
  if (found.length === 0) return '';
  return html`<ul class="marks">${found.map(
    (m) =>
      html`<li data-severity="${m.severity}" data-rule="${m.ruleId}">${severityBadge(m.severity, t)} <a href="#${anchors.get(m) ?? ''}">${t.problemMark} ${t.line} ${m.line}: ${m.ruleId}</a></li>`,
  )}</ul>`;
}

interface OutlineNode {
  heading: OverviewHeading;
  title?: boolean;
  children: OutlineNode[];
}

function outlineSection(
  id: string,
  post: PostOverview,
  messages: Finding[],
  t: ReportLabels,
  anchors: Map<Finding, string>,
): Markup {
  const entries: Array<{ heading: OverviewHeading; title?: boolean }> = [];
  if (post.titleAsH1 && post.title && post.titleLine !== undefined) {
    entries.push({
      heading: { level: 1, text: post.title, line: post.titleLine, endLine: post.titleLine },
      title: true,
    });
  }
  for (const heading of post.headings) entries.push({ heading });
  // A heading nests under the nearest earlier heading of a lower level; skipped levels show as
  // a deeper indent and carry their finding.
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const entry of entries) {
    const node: OutlineNode = { ...entry, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.heading.level >= node.heading.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  }
  const item = (node: OutlineNode): Markup => {
    const found = overlapping(messages, node.heading.line, node.heading.endLine);
    return html`<li${found.length ? html` class="has-problem"` : ''}><span class="level">h${node.heading.level}</span><span class="heading" lang="${post.lang}">${node.heading.text || '∅'}</span>${node.title ? html` <span class="meta">(${t.titleAsH1})</span>` : ''} <span class="meta">${t.line} ${node.heading.line}</span>${markList(found, t, anchors)}${
      node.children.length ? html`<ul>${node.children.map(item)}</ul>` : ''
    }</li>`;
  };
  return html`<h3 id="${id}-outline">${t.outline}</h3>
${roots.length === 0 ? html`<p>${t.noHeadings}</p>` : html`<ul class="outline" aria-labelledby="${id}-outline">${roots.map(item)}</ul>`}`;
}

function isImageFinding(m: Finding): boolean {
  return (
    m.ruleId.startsWith('img-') ||
    m.ruleId.startsWith('axe/') ||
    (RULES.get(m.ruleId)?.tags.includes('images') ?? false)
  );
}

function imagesSection(
  id: string,
  post: PostOverview,
  messages: Finding[],
  t: ReportLabels,
  anchors: Map<Finding, string>,
): Markup {
  return html`<h3 id="${id}-images">${t.images} (${post.images.length})</h3>
${
  post.images.length === 0
    ? html`<p>${t.noImages}</p>`
    : html`<ul class="cards" aria-labelledby="${id}-images">${post.images.map((image, n) => imageCard(image, n, post, messages, t, anchors))}</ul>`
}`;
}

function imageCard(
  image: OverviewImage,
  n: number,
  post: PostOverview,
  messages: Finding[],
  t: ReportLabels,
  anchors: Map<Finding, string>,
): Markup {
  const found = overlapping(messages, image.line, image.endLine, isImageFinding);
  const name = image.src?.split(/[/\\]/).pop() || `#${n + 1}`;
  return html`<li class="card">
<h4>${image.cover ? `${t.cover}: ` : ''}${name}</h4>
${
  image.thumbnail
    ? html`<img class="thumb" src="${image.thumbnail}" alt="">`
    : html`<div class="thumb placeholder">${t.noThumbnail[image.noThumbnail ?? 'missing']}</div>`
}
<dl>
<dt>${t.alt}</dt>
<dd>${
    image.decorative
      ? t.decorative
      : image.alt === undefined
        ? html`<em>${t.noAlt}</em>`
        : image.alt.trim() === ''
          ? html`<em>${t.noAlt}</em> (alt="")`
          : html`<q lang="${post.lang}">${image.alt}</q>`
  }</dd>
${image.caption ? html`<dt>${t.caption}</dt><dd lang="${post.lang}">${image.caption}</dd>` : ''}
<dt>${t.source}</dt><dd><code>${image.src ?? ''}</code> · ${t.line} ${image.line}</dd>
</dl>
${markList(found, t, anchors)}
</li>`;
}

/**
 * What each rule found in this run is about, why it matters and how to fix it — the rule pages the
 * package ships (docs/rules/), in the report's language, so the report explains itself offline.
 */
function rulesSection(files: FileResult[], t: ReportLabels): Markup | string {
  const ids = [...new Set(files.flatMap((f) => f.messages.map((m) => m.ruleId)))]
    .filter((id) => RULES.has(id))
    .sort();
  if (ids.length === 0) return '';
  return html`<section aria-labelledby="rules-title" class="rules">
<h2 id="rules-title">${t.rulesTitle}</h2>
${ids.map((id) => {
  const rule = RULES.get(id)!;
  return html`<article id="rule-${id}" aria-labelledby="rule-${id}-title">
<h3 id="rule-${id}-title">${id}</h3>
<p>${localize(rule.description, t.lang)}${rule.wcag.length ? html` · ${t.wcag} ${rule.wcag.join(', ')}` : ''}</p>
<dl><dt>${t.why}</dt><dd>${localize(rule.why, t.lang)}</dd><dt>${t.howToFix}</dt><dd>${localize(rule.fix, t.lang)}</dd></dl>
<p class="meta">${t.fullPage} <code>node_modules/content-a11y/docs/rules/${id}.md</code> · <a href="${helpUrlOf(id, files)}">${t.online}</a></p>
</article>`;
})}
</section>`;
}

function helpUrlOf(id: string, files: FileResult[]): string {
  for (const f of files) for (const m of f.messages) if (m.ruleId === id) return m.helpUrl;
  return '';
}

export type { ReportContext };
