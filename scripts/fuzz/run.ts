/**
 * `npm run fuzz`: the fuzz campaign. Mutates every real export in ../shared/corpus, the YAML
 * flows, tenant files and templates (scripts/fuzz/mutate-*.ts), drives import, validate, build,
 * print and diff over each input (drive.ts) on worker threads, and reports every crash (an
 * exception) and every FG9xx, minimised, with the seed and case to reproduce it. Exit 1 when
 * anything failed.
 *
 *   npm run fuzz                                  # 100,000 cases, seed 20261201, 2 workers
 *   npm run fuzz -- --count 5000 --seed 7 --workers 1
 *   npm run fuzz -- --seed 7 --case 1234          # replay one case, print its input
 *
 * A case that runs longer than --timeout seconds (default 60) is a hang: its worker is stopped
 * and restarted after it. Minimised failing inputs are written to .fuzz/<seed>-<case>.txt.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { caseText, drawCase, loadSeeds, runCase } from './drive.js';

interface Options {
  count: number;
  seed: number;
  workers: number;
  timeout: number;
  case?: number;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { count: 100_000, seed: 20261201, workers: Math.max(1, Math.min(2, cpus().length)), timeout: 60 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]!.replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if (!['count', 'seed', 'workers', 'timeout', 'case'].includes(key) || !Number.isFinite(value)) throw new Error(`usage: fuzz [--count N] [--seed N] [--workers N] [--timeout S] [--case N] (got ${argv[i]})`);
    (options as unknown as Record<string, number>)[key] = value;
  }
  return options;
}

interface Reported {
  index: number;
  target: string;
  input: string;
  failure: { kind: string; signature: string; detail: string };
  edits: unknown[];
  text?: string;
}

async function replay(options: Options): Promise<number> {
  const c = drawCase(loadSeeds(), options.seed, options.case!);
  process.stdout.write(`case ${c.index} of seed ${options.seed}: ${c.seed.target} ${c.seed.name}\nedits: ${JSON.stringify('json' in c.edits ? c.edits.json : c.edits.text)}\n`);
  const failure = await runCase(c);
  process.stdout.write(failure ? `FAILS (${failure.kind}): ${failure.signature}\n${failure.detail}\n` : 'passes\n');
  if (failure) process.stdout.write(`--- input ---\n${caseText(c).slice(0, 4000)}\n`);
  return failure ? 1 : 0;
}

function campaign(options: Options): Promise<{ done: number; byTarget: Record<string, number>; msByTarget: Record<string, number>; stageMs: Record<string, number>; failures: Reported[] }> {
  const failures: Reported[] = [];
  const byTarget: Record<string, number> = {};
  const msByTarget: Record<string, number> = {};
  const stageMs: Record<string, number> = {};
  let done = 0;
  const started = Date.now();
  const pending = Array.from({ length: options.workers }, (_, w) => Array.from({ length: Math.ceil((options.count - w) / options.workers) }, (_, k) => w + k * options.workers));
  return new Promise((resolve) => {
    let running = 0;
    const launch = (indices: number[]): void => {
      if (indices.length === 0) return;
      running++;
      const queue = [...indices];
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { seed: options.seed, indices: queue } });
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      const finished = new Set<number>();
      let stages: Record<string, number> = {};
      worker.on('message', (message: { type: string; index: number; target: string; ms: number; stages: Record<string, number> } & Reported) => {
        if (message.type === 'start') {
          current = message.index;
          clearTimeout(timer);
          timer = setTimeout(() => {
            failures.push({ index: current!, target: '?', input: '?', failure: { kind: 'hang', signature: `hang over ${options.timeout}s`, detail: '' }, edits: [] });
            finished.add(current!);
            done++;
            void worker.terminate().then(() => launch(queue.filter((i) => !finished.has(i))));
          }, options.timeout * 1000);
        } else if (message.type === 'failure') {
          failures.push(message);
          mkdirSync('.fuzz', { recursive: true });
          appendFileSync(`.fuzz/failures-${options.seed}.jsonl`, `${JSON.stringify(message)}\n`);
        }
        else if (message.type === 'done') {
          finished.add(message.index);
          byTarget[message.target] = (byTarget[message.target] ?? 0) + 1;
          msByTarget[message.target] = (msByTarget[message.target] ?? 0) + message.ms;
          stages = message.stages;
          if (++done % 1000 === 0) process.stderr.write(`${done} cases, ${failures.length} failures, ${((Date.now() - started) / done).toFixed(1)} s wall per 1,000\n`);
        }
      });
      worker.on('error', (error) => {
        failures.push({ index: current ?? -1, target: '?', input: '?', failure: { kind: 'crash', signature: `worker: ${error.message}`, detail: error.stack ?? '' }, edits: [] });
        if (current !== undefined) (finished.add(current), done++);
      });
      worker.on('exit', () => {
        clearTimeout(timer);
        for (const [stage, ms] of Object.entries(stages)) stageMs[stage] = (stageMs[stage] ?? 0) + ms;
        running--;
        const rest = queue.filter((i) => !finished.has(i));
        if (rest.length > 0 && rest.length < queue.length) launch(rest);
        else if (running === 0) resolve({ done, byTarget, msByTarget, stageMs, failures });
      });
    };
    pending.forEach(launch);
  });
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.case !== undefined) return replay(options);
  const started = Date.now();
  const { done, byTarget, msByTarget, stageMs, failures } = await campaign(options);
  const seconds = (Date.now() - started) / 1000;
  const crashes = failures.filter((f) => f.failure.kind !== 'FG9xx');
  const internal = failures.filter((f) => f.failure.kind === 'FG9xx');
  process.stderr.write('\n');
  const lines = [
    `fuzz: seed ${options.seed}, ${done} mutated inputs on ${options.workers} workers in ${seconds.toFixed(1)} s: ${((seconds * 1000) / Math.max(1, done)).toFixed(1)} s wall per 1,000 inputs`,
    `  by target: ${Object.entries(byTarget).sort().map(([t, n]) => `${t} ${n} (${((msByTarget[t] ?? 0) / n).toFixed(1)} ms each)`).join(', ')}`,
    `  time per stage (all workers): ${Object.entries(stageMs).sort((a, b) => b[1] - a[1]).map(([s, ms]) => `${s} ${(ms / 1000).toFixed(1)} s`).join(', ')}`,
    `  crashes (exceptions, hangs): ${crashes.length}; FG9xx: ${internal.length}`,
  ];
  const signatures = new Map<string, Reported[]>();
  for (const f of failures) signatures.set(`${f.failure.kind} ${f.failure.signature}`, [...(signatures.get(`${f.failure.kind} ${f.failure.signature}`) ?? []), f]);
  if (failures.length > 0) mkdirSync('.fuzz', { recursive: true });
  for (const [signature, all] of [...signatures].sort((a, b) => b[1].length - a[1].length)) {
    const first = all[0]!;
    lines.push(`\n${all.length} × ${signature}`, `  first: ${first.target} ${first.input}, reproduce: npm run fuzz -- --seed ${options.seed} --case ${first.index}`, `  minimal edits: ${JSON.stringify(first.edits).slice(0, 600)}`, `  ${first.failure.detail.split('\n').slice(0, 3).join('\n  ')}`);
    for (const f of all.slice(0, 20)) if (f.text !== undefined) writeFileSync(`.fuzz/${options.seed}-${f.index}.txt`, f.text);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
