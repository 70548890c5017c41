/**
 * `flowgen --help` and each command's `--help` end with the path of its guide, and the file is
 * there (in a checkout: docs/; installed: node_modules/wxcc-flowgen/docs/, which
 * test/cli/pack.test.ts checks from the tarball).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_GUIDES } from '../../src/cli/guides.js';
import { repoRoot } from '../harness/paths.js';

const bin = join(repoRoot, 'build/cli/main.js');
const help = (...args: string[]) => spawnSync(process.execPath, [bin, ...args, '--help'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const guideLine = (text: string, label: string): string | undefined => new RegExp(`^${label}: (.+)$`, 'm').exec(text)?.[1];

describe('--help links to the guides', () => {
  const top = help();
  const commands = [...top.stdout.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!).filter((name) => name !== 'help');

  it('flowgen --help names the docs index, which exists', () => {
    expect(top.status).toBe(0);
    const index = guideLine(top.stdout, 'Guides');
    expect(index).toBe(join(repoRoot, 'docs/README.md'));
    expect(existsSync(index!)).toBe(true);
  });

  it('every command flowgen lists has a guide', () => {
    expect(commands.length).toBeGreaterThanOrEqual(10);
    expect(commands.filter((name) => !COMMAND_GUIDES[name])).toEqual([]);
  });

  it("README's table of commands has one row per command flowgen lists", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `flowgen ([a-z]+)[^`]*` \|/gm)].map((m) => m[1]!);
    expect(rows.sort()).toEqual([...commands].sort());
  });

  it.each(Object.entries(COMMAND_GUIDES))('flowgen %s --help ends with its guide, %s, which exists', (command, page) => {
    const result = help(command);
    expect(result.status).toBe(0);
    const guide = guideLine(result.stdout, 'Guide');
    expect(guide).toBe(join(repoRoot, 'docs', page));
    expect(existsSync(guide!)).toBe(true);
  });
});
