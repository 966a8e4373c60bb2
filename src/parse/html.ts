// HTML pages and fragments to hast (parse5 via hast-util-from-html, the `html` part): never runs or
// fetches anything.
import type { Root } from 'hast';
import { part } from '../parts/registry.js';

const DOCUMENT_MARKERS = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i;

export function isFullHtmlDocument(source: string): boolean {
  return DOCUMENT_MARKERS.test(source.slice(0, 4096));
}

export function htmlToHast(source: string): Root {
  return part('html').fromHtml(source, { fragment: !isFullHtmlDocument(source) });
}
