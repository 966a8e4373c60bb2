// Worker thread entry: checks one file per task. Each worker keeps its own parsers (and, when
// axe runs, its own reused DOM window), so a large run scales over cores.
import type { ResolvedConfig } from '../config/types.js';
import type { RecordKind } from '../parse/record.js';
import type { Finding } from '../types.js';
import { checkOneFile } from './check-files.js';

export interface WorkerTask {
  path: string;
  display: string;
  config: ResolvedConfig;
  locale?: string;
  lang?: string;
  now?: Date;
  axe?: boolean;
  input?: RecordKind;
}

export default async function checkInWorker(task: WorkerTask): Promise<Finding[]> {
  const { path, display, config, ...options } = task;
  return checkOneFile(path, display, { ...options, config });
}
