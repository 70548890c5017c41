/**
 * Same input, same bytes, through the CLI: the Zendesk IVR and its tenants build byte-identically
 * under another time zone, locale and LANG (TZ=Pacific/Kiritimati, LC_ALL=tr_TR.UTF-8, where
 * "i".toUpperCase() and dates differ), from another working directory, and from another checkout
 * path with spaces and non-ASCII letters.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';

const bin = join(repoRoot, 'build/cli/main.js');
let base: string;

/** A copy of the repository's flows, tenants and templates at `dir`, importing the built flowgen. */
function project(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  for (const folder of ['flows', 'tenants', 'templates']) cpSync(join(repoRoot, folder), join(dir, folder), { recursive: true });
  for (const file of readdirSync(join(dir, 'flows'))) {
    const path = join(dir, 'flows', file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll("from 'wxcc-flowgen'", `from ${JSON.stringify(join(repoRoot, 'build/index.js'))}`));
  }
  return dir;
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const entry of readdirSync(at).sort()) {
      const path = join(at, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function build(cwd: string, env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, 'build', '-q', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}

const OTHER_LOCALE = { TZ: 'Pacific/Kiritimati', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8', LANGUAGE: 'tr' };

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'flowgen-determinism-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('byte-identical outputs', () => {
  it('under another time zone, locale and LANG, for the flow and every tenant', { timeout: 600_000 }, () => {
    const dir = project(join(base, 'plain'));
    build(dir, { TZ: 'UTC', LC_ALL: 'C', LANG: 'C' }, '-o', 'dist-c');
    build(dir, { TZ: 'UTC', LC_ALL: 'C', LANG: 'C' }, '--all-tenants', '-o', 'dist-c-tenants');
    build(dir, OTHER_LOCALE, '-o', 'dist-tr');
    build(dir, OTHER_LOCALE, '--all-tenants', '-o', 'dist-tr-tenants');
    expect(Object.keys(tree(join(dir, 'dist-c'))).length).toBeGreaterThan(0);
    expect(tree(join(dir, 'dist-tr'))).toEqual(tree(join(dir, 'dist-c')));
    expect(tree(join(dir, 'dist-tr-tenants'))).toEqual(tree(join(dir, 'dist-c-tenants')));
    // And the same bytes as the committed golden output.
    expect(readFileSync(join(dir, 'dist-tr/Zendesk_IVR.json'), 'utf8')).toBe(readFileSync(join(repoRoot, 'test/golden/Zendesk_IVR.json'), 'utf8'));
  });

  it('from another working directory and another checkout path (spaces, non-ASCII letters)', { timeout: 600_000 }, () => {
    const first = project(join(base, 'first'));
    const second = project(join(base, 'Ünïcødé çheckout', 'My flöws ĳ'));
    build(first, {}, '-o', 'dist');
    const elsewhere = join(base, 'elsewhere');
    mkdirSync(elsewhere, { recursive: true });
    build(elsewhere, OTHER_LOCALE, join(second, 'flows'), '-o', join(second, 'dist'));
    expect(existsSync(join(second, 'dist/Zendesk_IVR.json'))).toBe(true);
    expect(tree(join(second, 'dist'))).toEqual(tree(join(first, 'dist')));
  });
});
