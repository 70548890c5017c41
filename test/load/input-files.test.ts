/**
 * findInputFiles: the files a command's paths name, with the limits of src/util/input-limits.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInputFiles } from '../../src/load/input-files.js';
import { INPUT_LIMITS } from '../../src/util/input-limits.js';

const folder = mkdtempSync(join(tmpdir(), 'flowgen-inputs-'));
const ruleWith = (count: number) => ({
  expand: (directory: string) => Array.from({ length: count }, (_, i) => join(directory, `f${i}.flow.yaml`)),
  what: 'flow definitions (*.flow.ts, *.flow.yaml)',
  hint: 'Add a flow.',
});

describe('findInputFiles', () => {
  it('reads as many files as the limit allows', () => {
    const found = findInputFiles([folder], '/', ruleWith(INPUT_LIMITS.files));
    expect(found.diagnostics).toEqual([]);
    expect(found.files).toHaveLength(INPUT_LIMITS.files);
  });

  it('refuses more files than the limit with FG077 naming the count, and reads none', () => {
    const found = findInputFiles([folder], '/', ruleWith(INPUT_LIMITS.files + 1));
    expect(found.files).toEqual([]);
    expect(found.diagnostics.map((d) => d.code)).toEqual(['FG077']);
    expect(found.diagnostics[0]!.message).toContain(`${INPUT_LIMITS.files + 1} flow definitions`);
    expect(found.diagnostics[0]!.hint).toBeTruthy();
  });

  it('counts a file named twice once', () => {
    const rule = { ...ruleWith(0), expand: () => Array.from({ length: INPUT_LIMITS.files + 5 }, () => join(folder, 'same.flow.yaml')) };
    expect(findInputFiles([folder], '/', rule).files).toEqual([join(folder, 'same.flow.yaml')]);
  });
});
