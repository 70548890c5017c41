/** Issue 17 item 7: the hint after a stale `build --check` names the command that refreshes it. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
beforeAll(() => {
  project = scratchProject();
});
afterAll(() => project.remove());

describe('item 7: hints name the command that fixes it', () => {
  it('item 7: build --all-tenants --check says to run build --all-tenants, and doing so makes it pass', () => {
    expect(project.flowgen(['build', '--all-tenants']).code).toBe(0);
    const output = join(project.root, 'dist/acme/Zendesk_IVR_acme.json');
    writeFileSync(output, readFileSync(output, 'utf8').replace('Acme Support', 'Acme Sales'));
    const check = project.flowgen(['build', '--all-tenants', '--check', '--format', 'json']);
    const [stale] = JSON.parse(check.stdout).diagnostics;
    expect(stale).toMatchObject({ code: 'FG610', location: { file: 'dist/acme/Zendesk_IVR_acme.json' } });
    const command = /Run `npx (flowgen [^`]+)`/.exec(stale.hint)![1]!;
    expect(command).toBe('flowgen build --all-tenants');
    expect(project.flowgen(command.split(' ').slice(1)).code).toBe(0);
    expect(project.flowgen(['build', '--all-tenants', '--check']).code).toBe(0);
  });

  it('item 7: --tenant and -o are kept in the hint', () => {
    expect(project.flowgen(['build', '--tenant', 'acme', '-o', 'out']).code).toBe(0);
    writeFileSync(join(project.root, 'out/acme/Zendesk_IVR_acme.json'), '{}');
    const check = project.flowgen(['build', '--tenant', 'acme', '-o', 'out', '--check']);
    expect(check.stderr).toContain('Run `npx flowgen build --tenant acme -o out` and commit the output');
  });
});
