// Worker thread entry: checks one file's bytes per task. Each worker keeps its own parsers (and,
// when axe runs, its own reused DOM window), so a large run scales over cores.
import type { ResolvedConfig } from '../config/types.js';
import type { RecordKind } from '../parse/record.js';
import type { SiteProfile } from '../site/types.js';
import { checkContent, type TaskOutcome } from './check-files.js';

export interface WorkerTask {
  /** The file's bytes, read by the main thread (from disk, or from the git index with --staged). */
  content: Uint8Array;
  /** The path shown in findings and used for format detection and path dates. */
  display: string;
  config: ResolvedConfig;
  locale?: string;
  lang?: string;
  now?: Date;
  axe?: boolean;
  input?: RecordKind;
  /** Return the post's overview (outline, images) for the html report. */
  overview?: boolean;
  /** The post's site (src/site/), its path in the site, and whether it is a list page. */
  site?: SiteProfile;
  sitePath?: string;
  postKind?: 'post' | 'page';
}

export default function checkInWorker(task: WorkerTask): Promise<TaskOutcome> {
  return checkContent(task);
}
