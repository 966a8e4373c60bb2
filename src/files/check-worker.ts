// Worker thread entry: checks one file's bytes per task, or a batch of files. Each worker keeps its
// own parsers (and, when axe runs, its own reused DOM window), so a large run scales over cores.
import { checkContent, type TaskOutcome, type WorkerTask } from './check-content.js';

export default function checkInWorker(task: WorkerTask): Promise<TaskOutcome> {
  return checkContent(task);
}

/** Several posts in one task, one after another (the main thread sends small posts in batches). */
export async function checkBatch(tasks: WorkerTask[]): Promise<TaskOutcome[]> {
  const outcomes: TaskOutcome[] = [];
  for (const task of tasks) outcomes.push(await checkContent(task));
  return outcomes;
}
