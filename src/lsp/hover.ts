// Hover: what content-a11y made of the image or the date under the cursor, from the post's shared
// indexes (the same images and dates the rules judged), with the findings about it.
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { postDates } from '../dates/post-dates.js';
import type { Finding, ImageInfo, Post, SourceRange } from '../types.js';
import { label } from './labels.js';

export interface HoverInput {
  post: Post;
  findings: Finding[];
  /** Offset in the post's source. */
  offset: number;
  locale: string;
}

export function hoverAt(input: HoverInput): Hover | undefined {
  // An image first: a date in its alt text is located at the whole image, which the image's hover covers.
  const text = imageHover(input) ?? dateHover(input);
  if (!text) return undefined;
  const contents: MarkupContent = { kind: 'markdown', value: text };
  return { contents };
}

function contains(range: SourceRange | undefined, offset: number): boolean {
  const start = range?.start.offset;
  const end = range?.end.offset;
  return start !== undefined && end !== undefined && start <= offset && offset <= end;
}

function overlapping(findings: Finding[], post: Post, range: SourceRange, prefix: string): Finding[] {
  const start = range.start.offset ?? 0;
  const end = range.end.offset ?? start;
  return findings.filter((f) => {
    if (!f.ruleId.startsWith(prefix)) return false;
    const from = post.lines.offset(f.line, f.column);
    const to = post.lines.offset(f.endLine, f.endColumn);
    return from <= end && to >= start;
  });
}

function problemList(findings: Finding[], locale: string): string[] {
  if (findings.length === 0) return [];
  return [
    '',
    label('problems', locale),
    ...findings.map((f) => `- ${escapeMarkdown(f.message)} ([${f.ruleId}](${f.helpUrl}))`),
  ];
}

function imageHover({ post, findings, offset, locale }: HoverInput): string | undefined {
  const image = post.index.images.find((i) => contains(i.position, offset));
  if (!image?.position) return undefined;
  const lines = [`**${label('imageHeading', locale)}**`, '', ...describeImage(image, locale)];
  const about = overlapping(findings, post, image.position, 'img-');
  lines.push(...(about.length ? problemList(about, locale) : ['', label('noProblems', locale)]));
  return lines.join('\n');
}

function describeImage(image: ImageInfo, locale: string): string[] {
  const out: string[] = [];
  if (image.alt === undefined) out.push(label('altMissing', locale));
  else if (image.alt.trim() === '') out.push(label('altEmpty', locale));
  else
    out.push(
      label('altAsWritten', locale, { alt: escapeMarkdown(image.alt), length: [...image.alt].length }),
    );
  if (image.decorative) out.push(label('decorative', locale));
  else if (image.name && image.name !== image.alt) {
    out.push(label('announcedName', locale, { name: escapeMarkdown(image.name) }));
  }
  if (image.caption) out.push(label('caption', locale, { caption: escapeMarkdown(image.caption) }));
  if (image.link) out.push(label('inLink', locale));
  return out.map((line) => `- ${line}`);
}

interface ReadDate {
  day?: number;
  month: number;
  year?: number;
}

function dateHover({ post, findings, offset, locale }: HoverInput): string | undefined {
  // Only the occurrence's text, range and parsed value: the finder behind them may change.
  const occurrence = postDates(post).find((o) => contains(o.position, offset));
  if (!occurrence?.position) return undefined;
  const { text, date, to } = occurrence.mention;
  const lines = [`**${label('dateHeading', locale, { text: escapeMarkdown(text) })}**`, ''];
  if (to) {
    lines.push(`- ${label('dateRange', locale, { from: spoken(date, locale, to), to: spoken(to, locale) })}`);
  } else {
    lines.push(`- ${label('dateReadAs', locale, { date: spoken(date, locale) })}`);
  }
  if (!exists(date) || (to && !exists(to))) lines.push(`- ${label('dateInvalid', locale)}`);
  lines.push(...problemList(overlapping(findings, post, occurrence.position, 'date-'), locale));
  return lines.join('\n');
}

/** "15 marca 2024 (2024-03-15)"; a range's start without a year takes the end's year. */
function spoken(date: ReadDate, locale: string, rangeEnd?: ReadDate): string {
  const year = date.year ?? rangeEnd?.year;
  if (date.day === undefined || !exists({ ...date, year: year ?? 2000 })) {
    const parts = [date.day, date.month, year].filter((n) => n !== undefined).join('.');
    return `\`${parts}\``;
  }
  const utc = new Date(Date.UTC(year ?? 2000, date.month - 1, date.day));
  const words = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(year === undefined ? {} : { year: 'numeric', weekday: 'long' }),
    timeZone: 'UTC',
  }).format(utc);
  if (year === undefined) return `${words} ${label('dateNoYear', locale)}`;
  const iso = `${String(year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
  return `${words} (\`${iso}\`)`;
}

function exists(date: ReadDate): boolean {
  if (date.day === undefined) return date.month >= 1 && date.month <= 12;
  const year = date.year ?? 2000; // a leap year: 29 February without a year may exist
  const utc = new Date(Date.UTC(year, date.month - 1, date.day));
  return utc.getUTCMonth() === date.month - 1 && utc.getUTCDate() === date.day;
}

const pad = (n: number) => String(n).padStart(2, '0');

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}
