// Checking one file's bytes, the same in a worker thread and in-process: findings, and the
// post's overview when the html report asks for it.
import { check } from '../check.js';
import { fromPortable, isPortable, type PortableConfig } from '../config/portable.js';
import type { ResolvedConfig } from '../config/types.js';
import type { CheckOptions } from '../engine/pipeline.js';
import type { RecordKind } from '../parse/records/index.js';
import { postOverview } from '../report/overview.js';
import type { PostOverview } from '../report/types.js';
import type { SiteProfile } from '../site/types.js';
import type { Finding } from '../types.js';
import { markCheckedHere } from './checked-here.js';

export interface WorkerTask {
  /** The file's bytes, read by the main thread (from disk, or from the git index with --staged). */
  content: Uint8Array;
  /** The path shown in findings and used for format detection and path dates. */
  display: string;
  /** In-process: the resolved configuration; in a worker: its portable form (no functions). */
  config: ResolvedConfig | PortableConfig;
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

export interface TaskOutcome {
  messages: Finding[];
  overview?: PostOverview;
}

/** Checks one file's bytes, in a worker or in-process: findings, and the overview when asked for. */
export async function checkContent(
  task: WorkerTask,
  options: Omit<CheckOptions, 'content' | 'path' | 'config'> = {},
): Promise<TaskOutcome> {
  markCheckedHere();
  const { content, display, config: given, overview: wanted, ...taskOptions } = task;
  const config = isPortable(given) ? await fromPortable(given) : given;
  const result = await check({ ...options, ...taskOptions, config, content, path: display });
  if (wanted && result.post) return { messages: result.messages, overview: postOverview(result.post) };
  return { messages: result.messages };
}
