// Cuts short excerpts (50–250 characters) of running text from real posts, for measuring how well
// language detection does on short posts. Reproducible: the same folders give the same excerpts.
//
//   node scripts/cut-lang-excerpts.mjs LANG OUT.jsonl DIR[=LABEL] [DIR[=LABEL]…]
//
// Each line of OUT is {"lang","text","source"}; `source` is LABEL (or DIR) plus the file's path.
// A file counts only when it is written in LANG: a page of a translated site that was left in
// English (or a Slovak post on a Czech blog) is skipped, and so is a paragraph left untranslated.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const [lang, out, ...dirs] = process.argv.slice(2);
if (!lang || !out || dirs.length === 0) {
  console.error('usage: node scripts/cut-lang-excerpts.mjs LANG OUT.jsonl DIR[=LABEL]…');
  process.exit(2);
}
const WANT = 250;
const TARGETS = [60, 85, 110, 140, 170, 200, 235];

// Words that mark English text; a paragraph with two of them in a non-English set is untranslated.
const ENGLISH = new Set(['the', 'and', 'is', 'of', 'to', 'you', 'that', 'with', 'for', 'are', 'this', 'we']);
// Slovak letters Czech does not have: the Czech blog carries a few Slovak posts.
const SLOVAK = /[äôľĺŕ]/giu;
const CZECH = /[řůě]/giu;

function files(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...files(path));
    else if (/\.(md|markdown)$/i.test(name)) found.push(path);
  }
  return found;
}

/** The paragraphs of running text: no front matter, code, tags, tables, link targets or markup. */
function paragraphs(source) {
  let text = source.replace(/^\uFEFF?(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)\n/, '');
  // Pelican's header (the Czech blog): "Title: …" lines up to the first blank line.
  text = text.replace(/^(?:[A-Z][A-Za-z]*: [^\n]*\n)+\n/, '');
  text = text.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&nbsp;/g, ' ');
  text = text.replace(/&amp;/g, '&');
  text = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?\n\1[^\n]*$/gm, '\n');
  text = text.replace(/<!--[\s\S]*?-->/g, '\n').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  text = text.replace(/\{\{[<%][\s\S]*?[%>]\}\}/g, ' ');
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !/^(?:\||<|import |export |[-=]{3,}|\[[^\]]+\]:)/.test(block))
    .map((block) =>
      block
        .replace(/^#{1,6}\s+/gm, '')
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
        .replace(/^>\s?/gm, '')
        .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
        .replace(/`[^`]*`/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/[*_]{1,3}([^*_]+)[*_]{1,3}/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length >= 50 && (p.match(/\p{L}/gu)?.length ?? 0) / p.length > 0.7);
}

function englishWords(text) {
  return new Set(
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.filter((w) => ENGLISH.has(w)) ?? [],
  ).size;
}

function writtenIn(paras) {
  if (lang === 'en') return true;
  const translated = paras.filter((p) => englishWords(p) < 2).length;
  if (translated < paras.length * 0.7) return false;
  if (lang === 'cs') {
    const all = paras.join(' ');
    return (all.match(CZECH)?.length ?? 0) > 5 * (all.match(SLOVAK)?.length ?? 0);
  }
  return true;
}

/** Running text in the set's language: in its script (a Ukrainian page's English line is not
 * Ukrainian), and not a list of names (most words capitalised: "Berlin Cologne Munich"). */
function prose(text) {
  const words = text.match(/\p{L}+/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalised > words.length * 0.6) return false;
  if (lang === 'uk') return (text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) > text.length / 3;
  return true;
}

/** A paragraph as consecutive pieces of whole sentences, each up to about its target length (the
 * targets cycle over the 50–250 range); a sentence over 250 characters is cut at a word. */
let cycle = 0;
function pieces(paragraph) {
  const sentences = paragraph.match(/[^.!?…]+[.!?…]+["»”)]*\s*|[^.!?…]+$/gu) ?? [paragraph];
  const out = [];
  let text = '';
  let target = TARGETS[cycle++ % TARGETS.length];
  const flush = () => {
    let t = text.trim();
    if (t.length > 250) t = t.slice(0, t.lastIndexOf(' ', 250)).trim();
    if (t.length >= 50) out.push(t);
    text = '';
    target = TARGETS[cycle++ % TARGETS.length];
  };
  for (const s of sentences) {
    if (text && (text + s).trim().length > target) flush();
    text += s;
  }
  flush();
  return out;
}

const perFile = [];
for (const arg of dirs) {
  const [dir, label = dir] = arg.split('=');
  for (const path of files(dir)) {
    const paras = paragraphs(readFileSync(path, 'utf8'));
    if (paras.length === 0 || !writtenIn(paras)) continue;
    const usable = lang === 'en' ? paras : paras.filter((p) => englishWords(p) < 2);
    perFile.push({ source: `${label}/${relative(dir, path)}`, paras: usable.flatMap(pieces) });
  }
}

// Round-robin over the files, so one long page does not make up the set.
const excerpts = [];
const seen = new Set();
for (let round = 0; excerpts.length < WANT && round < 1000; round++) {
  let added = false;
  for (const file of perFile) {
    const p = file.paras[round];
    if (!p || excerpts.length >= WANT) continue;
    const text = p;
    if (!text || seen.has(text) || !prose(text)) continue;
    seen.add(text);
    excerpts.push({ lang, text, source: file.source });
    added = true;
  }
  if (!added && perFile.every((f) => round >= f.paras.length)) break;
}
writeFileSync(out, `${excerpts.map((e) => JSON.stringify(e)).join('\n')}\n`);
console.log(`${lang}: ${excerpts.length} excerpts from ${new Set(excerpts.map((e) => e.source)).size} files`);
