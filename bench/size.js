/**
 * One synthetic flow of N activities compiled in this process, printed as one JSON line:
 * the compile (build → validate → layout → emit → schema check → JSON text) and its floor,
 * `JSON.stringify` of the same document, both as the median of the runs after a warm-up.
 * Run by bench/run.js in a child process per size, so each size's peak memory is its own.
 */
import { performance } from 'node:perf_hooks';
// The compiled modules themselves, not the bundle build/index.js loads: the same code, and the
// layout cache cleared here is the one the compile uses.
import { compileFlow } from '../build/api/compile-flow.js';
import { clearLayoutCache } from '../build/layout/layout.js';
import { syntheticFlow } from './synthetic-flow.js';

const size = Number(process.argv[2]);
const runs = size <= 1000 ? 7 : size <= 5000 ? 3 : 1;
const definition = syntheticFlow(size);
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

const compileTimes = [];
const stringifyTimes = [];
let activities = 0;
for (let run = 0; run <= runs; run++) {
  clearLayoutCache(); // each run lays the flow out, as one `flowgen build` does
  let started = performance.now();
  const compiled = await compileFlow(definition, {});
  const compileMs = performance.now() - started;
  if (!compiled.text) throw new Error(`bench flow of ${size} does not compile: ${compiled.diagnostics[0]?.message}`);
  started = performance.now();
  JSON.stringify(compiled.document, null, 2);
  const stringifyMs = performance.now() - started;
  activities = compiled.ir.activities.length;
  if (run === 0) continue; // warm-up
  compileTimes.push(compileMs);
  stringifyTimes.push(stringifyMs);
}
console.log(JSON.stringify({ size, activities, compileMs: median(compileTimes), stringifyMs: median(stringifyTimes), rssMiB: process.resourceUsage().maxRSS / 1024 }));
