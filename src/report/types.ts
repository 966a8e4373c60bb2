import type { FileResult, Summary } from '../types.js';

export interface ReportContext {
  cwd: string;
  /** Colours (ANSI) allowed: only when writing to a terminal. */
  color: boolean;
}

export type Formatter = (files: FileResult[], summary: Summary, context: ReportContext) => string;
