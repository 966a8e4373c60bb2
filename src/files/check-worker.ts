// Worker thread entry: checks one file's bytes per task. Each worker keeps its own parsers (and,
// when axe runs, its own reused DOM window), so a large run scales over cores.
import { checkContent, type TaskOutcome, type WorkerTask } from './check-content.js';

export default function checkInWorker(task: WorkerTask): Promise<TaskOutcome> {
  return checkContent(task);
}
