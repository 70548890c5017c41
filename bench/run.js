/**
 * `npm run bench`: every performance goal of issue 13 as a ratio against a floor measured in the
 * same run, then the scaling. Floors: `node -e ''` started as a process (what any CLI pays), and
 * `JSON.stringify` of the same document (what writing the output costs at the least).
 *
 *   - `flowgen build` of the Zendesk IVR, whole process: wall time and peak memory
 *   - `flowgen validate` of one export, whole process
 *   - compile time per activity at 10 … 20,000 activities, against JSON.stringify
 *   - `flowgen build --all-tenants` for 1 … 1,000 tenants, whole process: wall time and peak memory
 *
 * Processes run in a scratch copy of the project (flows, templates, tenants; node_modules and
 * build linked), 5 runs each, medians. Peak memory is the child's maximum resident set (GNU time).
 * flowgen's cache (node_modules/.cache/flowgen: compiled definitions, elk layouts) is emptied
 * first, and the first build is reported on its own (what a clean clone's first build costs);
 * the goal figures are the builds after it, as on every keystroke.
 * Never part of the test suite: timings belong here, not in tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'build/cli/main.js');
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs a command `count` times: median wall seconds and median peak RSS in MiB. */
function timeProcess(args, cwd, count = runs) {
  const walls = [];
  const peaks = [];
  for (let i = 0; i < count; i++) {
    const command = gnuTime ? gnuTime : process.execPath;
    const argv = gnuTime ? ['-f', '%M', process.execPath, ...args] : args;
    const started = performance.now();
    const result = spawnSync(command, argv, { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    walls.push((performance.now() - started) / 1000);
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
    if (gnuTime) peaks.push(Number(result.stderr.trim().split('\n').pop()) / 1024);
  }
  return { wall: median(walls), peak: gnuTime ? median(peaks) : undefined };
}

function scratchProject(tenants = 0) {
  const dir = mkdtempSync(join(tmpdir(), 'flowgen-bench-'));
  for (const part of ['flows', 'templates', 'package.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
  for (const file of ['zendesk-ivr.test.yaml', 'zendesk-ivr.fixtures.yaml']) rmSync(join(dir, 'flows', file), { force: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  symlinkSync(join(root, 'build'), join(dir, 'build'));
  mkdirSync(join(dir, 'tenants'));
  const example = readFileSync(join(root, 'tenants/acme.yaml'), 'utf8');
  for (let i = 0; i < tenants; i++) {
    writeFileSync(join(dir, 'tenants', `t${i}.yaml`), example.replace(/Acme Support/g, `Tenant ${i} Support`).replace(/zendeskSubdomain: acme/, `zendeskSubdomain: tenant${i}`));
  }
  return dir;
}

const fmt = (seconds) => (seconds < 1 ? `${(seconds * 1000).toFixed(0)} ms` : `${seconds.toFixed(2)} s`);
const mib = (value) => (value === undefined ? 'n/a' : `${value.toFixed(0)} MiB`);
const goals = [];
const goal = (what, figure, floor, ratio, target, met) => goals.push({ what, figure, floor, ratio, target, met });

console.log(`node ${process.version}, ${runs} runs per process figure (medians)\n`);

rmSync(join(root, 'node_modules/.cache/flowgen'), { recursive: true, force: true });

// Floors.
const nodeFloor = timeProcess(['-e', '']);
console.log(`floor: node -e '' ${fmt(nodeFloor.wall)}, ${mib(nodeFloor.peak)}`);

// flowgen build of the Zendesk IVR, and validate of its output.
const project = scratchProject(0);
const cold = timeProcess([cli, 'build', '-q'], project, 1);
console.log(`first build, empty cache: ${fmt(cold.wall)} (${(cold.wall / nodeFloor.wall).toFixed(1)}×), ${mib(cold.peak)}`);
const build = timeProcess([cli, 'build', '-q'], project);
goal('flowgen build (Zendesk IVR), wall', fmt(build.wall), fmt(nodeFloor.wall), build.wall / nodeFloor.wall, '≤ 4×', build.wall / nodeFloor.wall <= 4);
goal('flowgen build (Zendesk IVR), peak memory', mib(build.peak), mib(nodeFloor.peak), build.peak === undefined ? NaN : build.peak / nodeFloor.peak, '≤ 120 MiB', build.peak === undefined || build.peak <= 120);
const validate = timeProcess([cli, 'validate', 'dist/Zendesk_IVR.json'], project);
goal('flowgen validate (one export), wall', fmt(validate.wall), fmt(nodeFloor.wall), validate.wall / nodeFloor.wall, '≤ 3×', validate.wall / nodeFloor.wall <= 3);
rmSync(project, { recursive: true, force: true });

// Compile time per activity against JSON.stringify, each size in its own process.
console.log('\nactivities   compile     per act   stringify/act   ratio   peak RSS');
const sizes = quick ? [10, 100, 1000, 5000] : [10, 100, 1000, 5000, 20000];
const bySize = new Map();
for (const size of sizes) {
  const line = execFileSync(process.execPath, [join(root, 'bench/size.js'), String(size)], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop();
  const r = JSON.parse(line);
  bySize.set(size, r);
  const ratio = r.compileMs / r.stringifyMs;
  console.log(`${String(r.activities).padStart(10)}  ${fmt(r.compileMs / 1000).padStart(8)}  ${`${((r.compileMs / r.activities) * 1000).toFixed(0)} µs`.padStart(10)}  ${`${((r.stringifyMs / r.activities) * 1000).toFixed(1)} µs`.padStart(14)}  ${`${ratio.toFixed(1)}×`.padStart(6)}  ${mib(r.rssMiB).padStart(9)}`);
}
for (const size of [1000, 5000]) {
  const r = bySize.get(size);
  goal(`compile per activity at ${r.activities} activities`, `${((r.compileMs / r.activities) * 1000).toFixed(0)} µs`, `${((r.stringifyMs / r.activities) * 1000).toFixed(1)} µs`, r.compileMs / r.stringifyMs, '≤ 10×', r.compileMs / r.stringifyMs <= 10);
}
const r5000 = bySize.get(5000);
goal('compile of 5,000 activities', fmt(r5000.compileMs / 1000), fmt(r5000.stringifyMs / 1000), r5000.compileMs / r5000.stringifyMs, '≤ 1 s', r5000.compileMs <= 1000);
const largest = bySize.get(sizes.at(-1));
const perActSmall = bySize.get(1000).compileMs / bySize.get(1000).activities;
const perActLarge = largest.compileMs / largest.activities;
console.log(`scaling: per-activity time at ${largest.activities} is ${(perActLarge / perActSmall).toFixed(2)}× that at 1,000 (1.00× = linear)`);

// Many tenants in one command.
console.log('\ntenants   wall      per tenant   peak RSS');
const tenantCounts = quick ? [1, 10, 100, 500] : [1, 10, 100, 500, 1000];
for (const count of tenantCounts) {
  const dir = scratchProject(count);
  const t = timeProcess([cli, 'build', '--all-tenants', '-q'], dir, count >= 500 ? Math.min(runs, 3) : runs);
  rmSync(dir, { recursive: true, force: true });
  console.log(`${String(count).padStart(7)}  ${fmt(t.wall).padStart(8)}  ${`${((t.wall / count) * 1000).toFixed(1)} ms`.padStart(11)}  ${mib(t.peak).padStart(9)}`);
  if (count === 500) goal('500 tenants of the Zendesk IVR, one command', fmt(t.wall), fmt(nodeFloor.wall), t.wall / nodeFloor.wall, '≤ 5 s', t.wall <= 5);
}

console.log('\ngoal                                            figure       floor      ratio   target      met');
for (const g of goals) {
  console.log(`${g.what.padEnd(46)}  ${g.figure.padStart(9)}  ${g.floor.padStart(9)}  ${(Number.isNaN(g.ratio) ? 'n/a' : `${g.ratio.toFixed(1)}×`).padStart(7)}   ${g.target.padEnd(10)}  ${g.met ? 'yes' : 'NO'}`);
}
