/**
 * A fuzz worker thread: runs the case indices it is given, tells the main thread when each
 * starts (so a hang is noticed) and ends, and minimises each failure before reporting it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { caseText, drawCase, loadSeeds, minimise, runCase, stageTimes } from './drive.js';

interface WorkerInput {
  seed: number;
  indices: number[];
}

const { seed, indices } = workerData as WorkerInput;
const seeds = loadSeeds();
for (const index of indices) {
  parentPort!.postMessage({ type: 'start', index });
  const started = performance.now();
  const c = drawCase(seeds, seed, index);
  const failure = await runCase(c, stageTimes);
  if (failure) {
    const small = await minimise(c, failure);
    const edits = 'json' in small.edits ? small.edits.json : small.edits.text;
    parentPort!.postMessage({ type: 'failure', index, target: c.seed.target, input: c.seed.name, failure, edits, text: caseText(small) });
  }
  parentPort!.postMessage({ type: 'done', index, target: c.seed.target, ms: performance.now() - started, stages: stageTimes });
}
