/**
 * CI's first command is `npx flowgen build` in the checkout. npx may run the checkout's bin through
 * a link made before `prepare` compiled it, so the compiled file itself must be executable: tsc
 * writes it without the execute bit, and the shell then answers "Permission denied" (exit 127,
 * which failed CI once). `npm run build` (which `npm test` runs first) sets the bit.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';

const cli = join(repoRoot, 'build/cli/main.js');

describe('the built CLI in the checkout', () => {
  it('is executable by its owner, group and others, as npm makes an installed bin', () => {
    expect(statSync(cli).mode & 0o111).toBe(0o111);
  });

  it('runs when executed directly, as a shell runs a bin link (the shebang picks node)', () => {
    const result = spawnSync(cli, ['--version'], { encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
  });
});
