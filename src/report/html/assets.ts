// The report's stylesheet and its one small script, inlined: the report is a single file that
// works offline. The script only filters; with scripts off everything is shown.

export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #505050; --bg: #fff; --line: #c8c8c8;
  --error: #a4001d; --warning: #7a4b00; --info: #0b4f8a; --hit: #fff2b3; --card: #f7f7f7; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--fg); background: var(--bg); }
a { color: #0645ad; }
a:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #0645ad; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; }
header.page, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header.page { padding-top: 1.25rem; }
h1 { font-size: 1.75rem; margin: .5rem 0; }
h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 0 0 .25rem; }
nav ul { padding-left: 1.25rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; max-width: 100%; }
th, td { border: 1px solid var(--line); padding: .25rem .6rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
h2, nav a, .meta, code { overflow-wrap: anywhere; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.totals { display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; list-style: none; }
.totals li { border: 1px solid var(--line); border-radius: .4rem; padding: .4rem .8rem; }
.totals strong { font-size: 1.3rem; margin-right: .3rem; }
.sev { display: inline-block; min-width: 7.5rem; font-weight: 600; }
details.post-body > summary { cursor: pointer; font-weight: 600; margin: .5rem 0; }
.pager { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 1rem 0; }
.pager button { font: inherit; padding: .3rem .8rem; }
.rules article { border-top: 1px solid var(--line); }
.rules dt { font-weight: 600; }
.rules dd { margin: 0 0 .5rem; }
/* A phone (390 px): one column, nothing wider than the screen. */
@media (max-width: 40rem) {
  header.page, main, footer { padding: 0 .75rem; }
  h1 { font-size: 1.4rem; }
  .sev { min-width: 0; }
  th, td { padding: .2rem .35rem; }
  .cards { grid-template-columns: 1fr; }
  form.filters { gap: .5rem 1rem; }
}
.sev-error { color: var(--error); }
.sev-warning { color: var(--warning); }
.sev-info { color: var(--info); }
form.filters { border: 1px solid var(--line); border-radius: .4rem; padding: .75rem 1rem; margin: 1rem 0;
  display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: end; }
form.filters fieldset { border: 0; margin: 0; padding: 0; }
form.filters legend { font-weight: 600; padding: 0; }
form.filters label { margin-right: 1rem; }
.status { margin: 0; flex-basis: 100%; }
.outline, .outline ul { list-style: none; padding-left: 1.4rem; margin: 0; }
.outline { padding-left: 0; }
.outline li { margin: .15rem 0; }
.level { display: inline-block; font: 600 .8rem/1.4 ui-monospace, monospace; border: 1px solid var(--line);
  border-radius: .25rem; padding: 0 .3rem; margin-right: .4rem; color: var(--muted); }
.has-problem > .heading { text-decoration: underline wavy var(--error); text-underline-offset: .25rem; }
.marks { list-style: none; padding-left: 1.2rem; margin: .1rem 0 .3rem; font-size: .92rem; }
.cards { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem; }
.thumb { display: block; width: 100%; height: 10rem; object-fit: contain; background: #fff; border: 1px solid var(--line); }
.placeholder { display: flex; align-items: center; justify-content: center; text-align: center; padding: .75rem;
  color: var(--muted); font-size: .9rem; background: repeating-linear-gradient(45deg, #fff, #fff 10px, #eee 10px, #eee 20px); }
.card dl { margin: .5rem 0; }
.card dt { font-weight: 600; font-size: .85rem; color: var(--muted); }
.card dd { margin: 0 0 .4rem; overflow-wrap: anywhere; }
.card ul, .findings { padding-left: 1.2rem; }
.findings > li { margin: 0 0 1rem; }
.finding .meta { color: var(--muted); font-size: .9rem; }
pre.frame { background: #f4f4f4; border: 1px solid var(--line); border-radius: .3rem; padding: .5rem .75rem;
  white-space: pre-wrap; overflow-wrap: anywhere; font: .85rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin: .4rem 0 0; }
pre.frame .ln { color: var(--muted); user-select: none; }
pre.frame .hit { background: var(--hit); display: inline-block; min-width: 100%; }
pre.frame mark { background: transparent; color: inherit; text-decoration: underline 2px var(--error); text-underline-offset: 3px; }
footer { margin: 3rem auto 2rem; color: var(--muted); font-size: .9rem; }
[hidden] { display: none !important; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print { form.filters, .skip { display: none; } }
`;

/**
 * Shows the filter form (hidden without scripts) and hides findings that do not match; shows one
 * page of posts at a time in big runs (links to a post on another page turn to its page).
 */
export const REPORT_SCRIPT = `
(function () {
  var pager = document.getElementById('pager');
  if (pager) {
    var pages = Number(pager.getAttribute('data-pages'));
    var current = 1;
    var label = document.createElement('span');
    label.setAttribute('role', 'status');
    var prev = document.createElement('button');
    var next = document.createElement('button');
    prev.type = next.type = 'button';
    prev.textContent = '‹';
    next.textContent = '›';
    prev.setAttribute('aria-label', pager.getAttribute('data-template').split('{page}')[0] || 'previous');
    pager.append(prev, label, next);
    var show = function (page) {
      current = Math.min(Math.max(1, page), pages);
      document.querySelectorAll('section.post[data-page]').forEach(function (s) { s.hidden = Number(s.getAttribute('data-page')) !== current; });
      label.textContent = pager.getAttribute('data-template').replace('{page}', current).replace('{pages}', pages);
      prev.disabled = current === 1;
      next.disabled = current === pages;
    };
    prev.addEventListener('click', function () { show(current - 1); });
    next.addEventListener('click', function () { show(current + 1); });
    var follow = function () {
      var target = location.hash && document.getElementById(location.hash.slice(1));
      var section = target && target.closest && target.closest('section.post');
      if (section) {
        show(Number(section.getAttribute('data-page')));
        var details = target.closest('details');
        if (details) details.open = true;
        target.scrollIntoView();
      }
    };
    window.addEventListener('hashchange', follow);
    pager.hidden = false;
    show(1);
    follow();
  }
})();
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  var status = document.getElementById('filter-status');
  form.hidden = false;
  function apply() {
    var severities = {};
    form.querySelectorAll('input[name="severity"]').forEach(function (box) { severities[box.value] = box.checked; });
    var rule = form.querySelector('select[name="rule"]').value;
    var shown = 0, total = 0;
    document.querySelectorAll('[data-severity][data-rule]').forEach(function (el) {
      var visible = severities[el.getAttribute('data-severity')] && (!rule || el.getAttribute('data-rule') === rule);
      el.hidden = !visible;
      if (el.classList.contains('finding')) { total++; if (visible) shown++; }
    });
    status.textContent = status.getAttribute('data-template').replace('{shown}', shown).replace('{total}', total);
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  apply();
})();
`;
