import { defineRule } from '../src/engine/rule.js';
import type { TextBlock } from '../src/types.js';

/** A line that starts like a list item: a bullet character, a dash, an asterisk or "1." / "1)". */
const ITEM = /^[ \t\u00a0]*(?:([•·▪◦‣∙●■►–—*-])|(\d{1,2})[.)])[ \t\u00a0]+(?=\S)/u;
const DASHES = new Set(['–', '—', '-']);

interface Item {
  /** Offset of the line in the block's text, and its end. */
  start: number;
  end: number;
  marker: string;
  number?: number;
  text: string;
}

/** Lines or paragraphs typed to look like a list (H48): screen readers hear no list and no count. */
export default defineRule({
  id: 'list-fake',
  severity: 'warning',
  wcag: ['1.3.1'],
  techniques: ['H48'],
  tags: ['lists'],
  description: { en: 'List typed as plain lines', pl: 'Lista wpisana jako zwykłe linie' },
  why: {
    en: 'A real list tells screen-reader users how many items there are and lets them skip it; lines starting with "•" or "-" are read as one run of text.',
    pl: 'Prawdziwa lista mówi użytkownikom czytników ekranu, ile ma punktów, i pozwala ją pominąć; linie zaczynające się od „•” albo „-” są czytane jak jeden ciąg tekstu.',
  },
  fix: {
    en: 'Use the editor\'s list button, or in Markdown start each item with "- " (or "1. ") after a blank line.',
    pl: 'Użyj przycisku listy w edytorze, a w Markdown zacznij każdy punkt od „- ” (albo „1. ”) po pustej linii.',
  },
  messages: {
    lines: {
      en: '{count} lines start with "{marker}" but are not a list.',
      pl: 'Kolejne linie (liczba: {count}) zaczynają się od „{marker}”, ale nie są listą.',
    },
  },
  examples: {
    incorrect: [
      {
        title: 'Bullet characters typed into one Markdown paragraph',
        format: 'markdown',
        content: 'Na spotkaniu omówiliśmy:\n• mocne strony sektora\n• słabe strony sektora\n• zagrożenia\n',
        expected: [{ line: 2, messageId: 'lines' }],
      },
    ],
    correct: [
      {
        title: 'A Markdown list',
        format: 'markdown',
        content: 'Na spotkaniu omówiliśmy:\n\n- mocne strony sektora\n- słabe strony sektora\n',
      },
    ],
  },
  check({ post, index, report }) {
    // A plain-text export cannot carry list markup; its parser already turns "•" lines into a list.
    if (post.format === 'text') return;
    const blocks = index.textBlocks.filter((b) => !/^h[1-6]$/.test(b.kind));
    const reported = new Set<TextBlock>();
    // Several lines of one block (Markdown folds "• item" lines into one paragraph; <br> lines in HTML).
    for (const block of blocks) {
      const run = itemRunInBlock(block);
      if (!run) continue;
      reported.add(block);
      emit(block, run, block);
    }
    // Consecutive paragraphs each starting with a marker.
    let group: Array<{ block: TextBlock; item: Item }> = [];
    const flush = () => {
      const items = group.map((g) => g.item);
      // Paragraphs opening with a dash are also dialogue and interviews: ask for three of them.
      const enough = DASHES.has(items[0]?.marker ?? '') ? 3 : 2;
      // Numbered paragraphs of several sentences are numbered sections, not a list.
      const short = items.every((i) => [...i.text].length <= 160);
      if (group.length >= enough && short && isList(items, true))
        emit(group[0]!.block, items, group.at(-1)!.block);
      group = [];
    };
    for (const block of blocks) {
      const item = block.kind === 'p' && !reported.has(block) ? firstLineItem(block) : undefined;
      const last = group.at(-1);
      const sameParent = last && index.parent(last.block.element) === index.parent(block.element);
      if (!item || (last && (!sameParent || last.item.marker !== item.marker))) flush();
      if (item) group.push({ block, item });
    }
    flush();

    function emit(first: TextBlock, items: Item[], lastBlock: TextBlock) {
      const start = first.range(items[0]!.start, items[0]!.end);
      const end = lastBlock.range(items.at(-1)!.start, items.at(-1)!.end);
      report({
        position: start && end ? { start: start.start, end: end.end } : start,
        node: first.element,
        messageId: 'lines',
        data: { count: items.length, marker: items[0]!.marker },
        excerpt: items[0]!.text,
        suggestion: items
          .map((i) => (i.number !== undefined ? `${i.number}. ${i.text}` : `- ${i.text}`))
          .join('\n'),
      });
    }
  },
});

function parseItem(line: string, start: number): Item | undefined {
  const m = ITEM.exec(line);
  if (!m) return undefined;
  return {
    start,
    end: start + line.trimEnd().length,
    marker: m[1] ?? '1.',
    number: m[2] !== undefined ? Number(m[2]) : undefined,
    text: line.slice(m[0].length).trim(),
  };
}

function lines(block: TextBlock): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let offset = 0;
  for (const text of block.text.split('\n')) {
    out.push({ text, start: offset });
    offset += text.length + 1;
  }
  return out;
}

function firstLineItem(block: TextBlock): Item | undefined {
  const [first, ...rest] = lines(block);
  // A paragraph of one item (rest of its text on the same line).
  if (!first || rest.some((l) => l.text.trim())) return undefined;
  return parseItem(first.text, first.start);
}

/** The longest run of consecutive item lines in a block, if it looks like a list. */
function itemRunInBlock(block: TextBlock): Item[] | undefined {
  const all = lines(block);
  let best: Item[] = [];
  let run: Item[] = [];
  let leadIn = true; // the run starts the block or follows a line ending with ":"
  let runLeadIn = true;
  for (const line of all) {
    // `<br>` followed by a newline in the HTML source makes an empty line: not a break in the run.
    if (!line.text.trim()) continue;
    const item = parseItem(line.text, line.start);
    if (item && (run.length === 0 || run[0]!.marker === item.marker)) {
      if (run.length === 0) runLeadIn = leadIn;
      run.push(item);
    } else {
      if (run.length > best.length && isList(run, runLeadIn)) best = run;
      run = item ? [item] : [];
      runLeadIn = false;
      leadIn = !item && /:\s*$/.test(line.text);
    }
  }
  if (run.length > best.length && isList(run, runLeadIn)) best = run;
  return best.length >= 2 ? best : undefined;
}

/** Two or more items; numbers count up by one; dashes only as a real list, not dialogue or prose. */
function isList(items: Item[], leadIn: boolean): boolean {
  if (items.length < 2) return false;
  const first = items[0]!;
  if (first.number !== undefined) {
    return items.every((item, i) => item.number === first.number! + i);
  }
  if (DASHES.has(first.marker)) {
    // A line-initial dash is also punctuation (a wrapped sentence) or dialogue ("– Tak – mówi…").
    if (!leadIn) return false;
    return items.every((item) => !/[?]$/.test(item.text) && !/\s[–—]\s/.test(item.text));
  }
  return true;
}
