// The playground's page script: check the post on every edit (debounced), list the findings and
// highlight their lines behind the textarea. Bundled from src/browser.ts — the same core a CMS uses.

import seed from '../fixtures/seed/seed.md';
import { check } from '../src/browser.ts';
import { countSeverity, SEVERITY_WORDS } from '../src/i18n/strings.ts';

const $ = (id) => document.getElementById(id);
const source = $('source');
const backdrop = $('backdrop');
const list = $('findings');
const summary = $('summary');
const format = $('format');
const locale = $('locale');

// The page's own words; severity names and counts come from the one catalogue the CLI, the HTML
// report and the CMS helpers use.
const severityNames = (locale) =>
  Object.fromEntries(Object.entries(SEVERITY_WORDS[locale]).map(([k, v]) => [k, v.name]));
const counts = (locale) => (e, w, i) =>
  [
    countSeverity(e, 'error', locale),
    countSeverity(w, 'warning', locale),
    countSeverity(i, 'info', locale),
  ].join(', ');
const LABELS = {
  en: {
    none: 'No problems found.',
    line: 'line',
    severity: severityNames('en'),
    counts: counts('en'),
    page: {
      title: 'content-a11y playground',
      intro: 'Paste or type a post (Markdown or HTML); problems are listed and their lines highlighted.',
      format: 'Format',
      detect: 'detect',
      text: 'plain text',
      messages: 'Messages',
      postLanguage: 'the post’s language',
      post: 'Post',
      findings: 'Findings',
    },
  },
  pl: {
    none: 'Nie znaleziono problemów.',
    line: 'wiersz',
    severity: severityNames('pl'),
    counts: counts('pl'),
    page: {
      title: 'content-a11y: plac zabaw',
      intro:
        'Wklej albo wpisz wpis (Markdown lub HTML); problemy pojawią się na liście, a ich wiersze zostaną podświetlone.',
      format: 'Format',
      detect: 'rozpoznaj',
      text: 'zwykły tekst',
      messages: 'Komunikaty',
      postLanguage: 'w języku wpisu',
      post: 'Wpis',
      findings: 'Wyniki',
    },
  },
};

/** The interface speaks the chosen message language, else the browser's (Polish or English). */
function interfaceLanguage() {
  const chosen = locale.value || navigator.language || 'en';
  return chosen.toLowerCase().startsWith('pl') ? 'pl' : 'en';
}

function translatePage() {
  const lang = interfaceLanguage();
  const t = LABELS[lang];
  document.documentElement.lang = lang;
  document.title = t.page.title;
  for (const el of document.querySelectorAll('[data-t]'))
    el.textContent = t.page[el.dataset.t] ?? el.textContent;
}

// check() loads the parts of the checker a post needs the first time it needs them; a result that
// arrives after a newer edit started its own check is dropped.
let renders = 0;
async function render() {
  const run = ++renders;
  const text = source.value;
  const options = { content: text, path: 'post' };
  if (format.value) options.format = format.value;
  if (locale.value) options.locale = locale.value;
  const result = await check(options);
  if (run !== renders) return;
  translatePage();
  const t = LABELS[interfaceLanguage()];

  const severityOf = new Map();
  const rank = { error: 0, warning: 1, info: 2 };
  for (const m of result.messages) {
    for (let line = m.line; line <= Math.max(m.line, m.endLine); line++) {
      const known = severityOf.get(line);
      if (!known || rank[m.severity] < rank[known]) severityOf.set(line, m.severity);
    }
  }
  backdrop.replaceChildren(
    ...text.split('\n').map((content, i) => {
      const span = document.createElement('span');
      span.className = `line ${severityOf.get(i + 1) ?? ''}`.trim();
      span.dataset.n = String(i + 1);
      span.textContent = `${content}\n`;
      return span;
    }),
  );

  const { errors, warnings, infos } = result.counts;
  summary.textContent = result.messages.length ? t.counts(errors, warnings, infos) : t.none;
  list.replaceChildren(
    ...result.messages.map((m) => {
      const li = document.createElement('li');
      li.className = m.severity;
      li.dataset.rule = m.ruleId;
      li.dataset.line = String(m.line);
      const button = document.createElement('button');
      button.type = 'button';
      const wcag = m.wcag.length ? ` · WCAG ${m.wcag.join(', ')}` : '';
      button.innerHTML = `<span class="where">${t.line} ${m.line}:${m.column}</span> <span class="sev"></span><br><span class="msg"></span> <span class="rule"></span>`;
      button.querySelector('.sev').textContent = t.severity[m.severity];
      button.querySelector('.msg').textContent = m.message;
      button.querySelector('.rule').textContent = `${m.ruleId}${wcag}`;
      if (m.suggestion) {
        const s = document.createElement('span');
        s.className = 'suggestion';
        s.textContent = `→ ${m.suggestion}`;
        button.append(s);
      }
      button.addEventListener('click', () => goToLine(m.line));
      li.append(button);
      return li;
    }),
  );
  syncScroll();
}

function goToLine(line) {
  const lines = source.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  source.focus();
  source.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  for (const el of backdrop.querySelectorAll('.current')) el.classList.remove('current');
  backdrop.children[line - 1]?.classList.add('current');
}

function syncScroll() {
  backdrop.scrollTop = source.scrollTop;
}

let timer;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(render, 120);
}

source.value = seed;
source.addEventListener('input', schedule);
source.addEventListener('scroll', syncScroll);
format.addEventListener('change', render);
locale.addEventListener('change', render);
render();
document.body.dataset.ready = 'true';
