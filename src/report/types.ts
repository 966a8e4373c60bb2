import type { FileResult, Summary } from '../types.js';

export interface ReportContext {
  cwd: string;
  /** Colours (ANSI) allowed: only when writing to a terminal. */
  color: boolean;
  /** The repository root (else `cwd`): SARIF, GitLab and GitHub want repository-relative paths. */
  root?: string;
  /** The environment, for formatters that write where CI looks (`GITHUB_STEP_SUMMARY`). */
  env?: NodeJS.ProcessEnv;
}

export type Formatter = (files: FileResult[], summary: Summary, context: ReportContext) => string;
