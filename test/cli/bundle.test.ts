/**
 * The package as built runs from one bundle (build/bundle/flowgen.cjs, scripts/bundle-build.js)
 * with V8's code cache (src/util/bundle-loader.ts), issue 13. What must hold:
 * - the library module and the bin are the bundle's, one copy shared (the registry, zod);
 * - the library exports what src/index.ts exports;
 * - the code cache is written per command, a damaged entry changes nothing a user sees and is
 *   replaced, FLOWGEN_NO_CACHE=1 writes none, and entries of an earlier bundle are removed;
 * - a command loads no package it does not need (what a static import would have loaded at start).
 * Processes run in a scratch copy of the built package with its own node_modules folder of links,
 * so its cache folder is its own and other tests running at the same time do not touch it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sources from '../../src/index.js';
import { repoRoot } from '../harness/paths.js';

let pkg: string;
let codeCache: string;
const recorder = join(repoRoot, 'test/fixtures/made/record-loads.mjs');
const zendeskExport = join(repoRoot, 'test/golden/Zendesk_IVR.json');

beforeAll(() => {
  pkg = mkdtempSync(join(tmpdir(), 'flowgen-bundle-'));
  for (const part of ['build', 'schemas', 'templates', 'package.json']) cpSync(join(repoRoot, part), join(pkg, part), { recursive: true });
  mkdirSync(join(pkg, 'node_modules'));
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (entry !== '.cache' && entry !== '.bin') symlinkSync(join(repoRoot, 'node_modules', entry), join(pkg, 'node_modules', entry));
  }
  codeCache = join(pkg, 'node_modules/.cache/flowgen/code');
});
afterAll(() => rmSync(pkg, { recursive: true, force: true }));

function flowgen(args: string[], env: Record<string, string> = {}, node: string[] = []) {
  const result = spawnSync(process.execPath, [...node, join(pkg, 'build/cli/main.js'), ...args], { cwd: pkg, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true', FLOWGEN_NO_CACHE: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function nodeModule(source: string) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', source], { cwd: pkg, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as unknown;
}

const entries = (): string[] => (existsSync(codeCache) ? readdirSync(codeCache).sort() : []);
const entryFor = (use: string): string | undefined => entries().find((name) => name.endsWith(`-${use}.bin`));

describe('the built package', () => {
  it('runs the bin and the library from the bundle', () => {
    expect(readFileSync(join(pkg, 'build/cli/main.js'), 'utf8')).toContain("'../bundle/flowgen.cjs'");
    expect(readFileSync(join(pkg, 'build/index.js'), 'utf8')).toContain("'bundle/flowgen.cjs'");
  });

  it('exports from the library module exactly what src/index.ts exports', () => {
    const built = nodeModule(`const m = await import(${JSON.stringify(pathToFileURL(join(pkg, 'build/index.js')).href)}); console.log(JSON.stringify(Object.keys(m).sort()));`);
    expect(built).toStrictEqual(Object.keys(sources).sort());
  });

  it('gives the bin and the library one copy of flowgen', () => {
    const bin = readFileSync(join(pkg, 'build/cli/main.js'), 'utf8');
    const hash = /'([0-9a-f]{64})'/.exec(bin)![1]!;
    const same = nodeModule(`
      const library = await import(${JSON.stringify(pathToFileURL(join(pkg, 'build/index.js')).href)});
      const { loadBundle } = await import(${JSON.stringify(pathToFileURL(join(pkg, 'build/util/bundle-loader.js')).href)});
      const forCli = loadBundle(${JSON.stringify(join(pkg, 'build/bundle/flowgen.cjs'))}, '${hash}', 'build');
      console.log(JSON.stringify([forCli.library().defineFlow === library.defineFlow, forCli.library().z === library.z, typeof forCli.runCli]));`);
    expect(same).toStrictEqual([true, true, 'function']);
  });
});

describe('the code cache', () => {
  it('is written once per command, after the first run', () => {
    rmSync(codeCache, { recursive: true, force: true });
    expect(flowgen(['validate', zendeskExport]).code).toBe(0);
    const written = entryFor('validate');
    expect(written).toBeDefined();
    const stamp = readFileSync(join(codeCache, written!));
    expect(flowgen(['validate', zendeskExport]).code).toBe(0);
    expect(readFileSync(join(codeCache, written!)).equals(stamp)).toBe(true);
    expect(entryFor('build')).toBeUndefined();
  });

  it('refuses a damaged entry without a trace in the output, and writes it again', () => {
    const expected = flowgen(['validate', zendeskExport]);
    const entry = join(codeCache, entryFor('validate')!);
    writeFileSync(entry, Buffer.alloc(4096, 7));
    const damaged = flowgen(['validate', zendeskExport]);
    expect(damaged).toStrictEqual(expected);
    expect(readFileSync(entry).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it('reads and writes nothing under FLOWGEN_NO_CACHE=1', () => {
    rmSync(codeCache, { recursive: true, force: true });
    expect(flowgen(['--version'], { FLOWGEN_NO_CACHE: '1' }).code).toBe(0);
    expect(entries()).toStrictEqual([]);
    expect(flowgen(['--version']).code).toBe(0);
    expect(entryFor('cli')).toBeDefined();
  });

  it("removes an earlier bundle's entries when it writes one", () => {
    mkdirSync(codeCache, { recursive: true });
    writeFileSync(join(codeCache, `${'0'.repeat(32)}-0000000000000000-build.bin`), 'an earlier build');
    rmSync(join(codeCache, entryFor('validate') ?? 'none'), { force: true });
    expect(flowgen(['validate', zendeskExport]).code).toBe(0);
    expect(entries().filter((name) => name.startsWith('0'.repeat(32)))).toStrictEqual([]);
  });
});

describe('packages a command loads', () => {
  const loadedBy = (args: string[]): string[] => {
    const record = join(pkg, `loads-${args[0]}.txt`);
    rmSync(record, { force: true });
    const run = flowgen(args, { FLOWGEN_RECORD_LOADS: record }, ['--import', pathToFileURL(recorder).href]);
    expect(run.code, run.stderr).toBe(0);
    const packages = readFileSync(record, 'utf8').split('\n').map((line) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(line)?.[1]).filter((name): name is string => name !== undefined);
    return [...new Set(packages)].sort();
  };

  it('validate of an export: none of yaml, handlebars, prettier, elkjs, tsx, esbuild, jsonpath-plus or playwright-core', () => {
    const loaded = loadedBy(['validate', zendeskExport]);
    expect(loaded).toContain('commander');
    for (const lazy of ['yaml', 'handlebars', 'prettier', 'elkjs', 'tsx', 'esbuild', 'jsonpath-plus', 'playwright-core']) expect(loaded).not.toContain(lazy);
  });

  it('build of a TypeScript flow, its definition and layout cached: none of yaml, prettier, elkjs, tsx or esbuild', () => {
    // Its own folder: inside the package's, flowgen would take the package for the project.
    const project = mkdtempSync(join(tmpdir(), 'flowgen-bundle-project-'));
    mkdirSync(join(project, 'flows'));
    cpSync(join(repoRoot, 'test/fixtures/made/hello.flow.ts'), join(project, 'flows/hello.flow.ts'));
    writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
    const build = (node: string[] = [], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [...node, join(pkg, 'build/cli/main.js'), 'build', '-q'], { cwd: project, encoding: 'utf8', env: { ...process.env, CI: 'true', FLOWGEN_NO_CACHE: '', ...env } });
    expect(build().status).toBe(0);
    const record = join(pkg, 'loads-build.txt');
    expect(build(['--import', pathToFileURL(recorder).href], { FLOWGEN_RECORD_LOADS: record }).status).toBe(0);
    const loaded = readFileSync(record, 'utf8');
    for (const lazy of ['yaml', 'prettier', 'elkjs', 'tsx', 'esbuild']) expect(loaded).not.toContain(`/node_modules/${lazy}/`);
    expect(loaded).toContain('/node_modules/commander/');
    rmSync(project, { recursive: true, force: true });
  });
});
