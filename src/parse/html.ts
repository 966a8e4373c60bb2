// HTML pages and fragments to hast (parse5 via hast-util-from-html): never runs or fetches anything.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const DOCUMENT_MARKERS = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i;

export function isFullHtmlDocument(source: string): boolean {
  return DOCUMENT_MARKERS.test(source.slice(0, 4096));
}

export function htmlToHast(source: string): Root {
  return fromHtml(source, { fragment: !isFullHtmlDocument(source) });
}
