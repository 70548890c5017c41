/**
 * Runs one side (wrong or right) of a documented diagnostic example (docs/codes/FGnnn): writes
 * its project into a fresh temporary folder, serves its Webex org from the fake Webex API when it
 * names one, runs its command line (in this process, or spawned when the example says so) and
 * returns the codes the output reports.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { examplePackageJson, type ExampleFile, type ExampleSide, type GeneratedInput, type RunnableMeta } from '../../scripts/docs/code-examples.js';
import { startFakeFlowApi } from '../harness/fake-flow-api.js';
import { repoRoot } from '../harness/paths.js';
import { runFlowgen, type FlowgenRun } from './run-flowgen.js';

export interface ExampleRun extends FlowgenRun {
  codes: string[];
}

/** The words of a documented command line (`flowgen validate "flows/a b.flow.ts"`), without `flowgen`. */
export function commandWords(command: string): string[] {
  const words = [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
  return words.slice(1);
}

/** The codes a run reports: each diagnostic's `<severity> FGnnn` in text, its `"code": "FGnnn"` in JSON. */
export const reportedCodes = (run: FlowgenRun): string[] =>
  [...new Set([...`${run.stdout}\n${run.stderr}`.matchAll(/\b(?:error|warning|info) (FG\d{3})\b|"code": "(FG\d{3})"/g)].map((m) => (m[1] ?? m[2])!))].sort();

/**
 * The example's folder, as a user's project is after `npm install`: its package.json and
 * node_modules/wxcc-flowgen (this checkout, so definitions import its build/ as a user's import
 * the installed package).
 */
function writeProject(files: readonly ExampleFile[], generated: readonly GeneratedInput[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'flowgen-code-example-'));
  writeFileSync(join(dir, 'package.json'), examplePackageJson);
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(repoRoot, join(dir, 'node_modules', 'wxcc-flowgen'), 'dir');
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  for (const input of generated) writeGenerated(dir, input);
  return dir;
}

function writeGenerated(dir: string, input: GeneratedInput): void {
  if ('path' in input) {
    mkdirSync(dirname(join(dir, input.path)), { recursive: true });
    writeFileSync(join(dir, input.path), input.fill.repeat(Math.ceil(input.bytes / input.fill.length)).slice(0, input.bytes));
    return;
  }
  mkdirSync(join(dir, input.folder), { recursive: true });
  for (let n = 1; n <= input.count; n++) writeFileSync(join(dir, input.folder, input.name.replace('{n}', String(n))), input.text);
}

function spawnFlowgen(args: readonly string[], cwd: string, env: Record<string, string>): FlowgenRun {
  const result = spawnSync(process.execPath, [join(repoRoot, 'build/cli/main.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function commitAll(dir: string): void {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Example', GIT_AUTHOR_EMAIL: 'example@example.com', GIT_COMMITTER_NAME: 'Example', GIT_COMMITTER_EMAIL: 'example@example.com' } });
  for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-qm', 'example']]) {
    const result = git(...args);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  }
}

/** A server on 127.0.0.1 that gives every request the same answer (a proxy's login page, say). */
async function startProxy(answer: NonNullable<ExampleSide['proxyAnswer']>): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => response.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Runs one side's command on a project of its files, after its setup (whose output is not checked). */
export async function runExample(side: ExampleSide, meta: RunnableMeta): Promise<ExampleRun> {
  const dir = writeProject(side.files, side.generated);
  if (meta.git) commitAll(dir);
  const webex = !side.proxyAnswer && meta.webex ? await startFakeFlowApi(meta.webex) : undefined;
  const fake = side.proxyAnswer ? await startProxy(side.proxyAnswer) : webex;
  try {
    for (const fault of side.faults) webex?.fault(fault);
    const args = [...commandWords(side.command), ...(fake ? ['--api-url', fake.url] : [])];
    const env = { NO_COLOR: '1', ...side.env };
    if (side.setup) await runFlowgen(commandWords(side.setup), dir, env);
    const run = meta.spawn ? spawnFlowgen(args, dir, env) : await runFlowgen(args, dir, env);
    return { ...run, codes: reportedCodes(run) };
  } finally {
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
