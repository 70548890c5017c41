/** Issue 17 item 10: `--tenant` never swallows paths, and a tenant build builds the paths asked for. */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
beforeAll(() => {
  project = scratchProject();
  cpSync(join(repoRoot, 'test/fixtures/made/hello.flow.ts'), join(project.root, 'flows/other.flow.ts'));
  const acme = join(project.root, 'tenants/acme.yaml');
  writeFileSync(acme, `${readFileSync(acme, 'utf8')}  Hello_World: {}\n`);
});
afterAll(() => project.remove());

describe('item 10: options and paths', () => {
  it('item 10: build --tenant acme <path> takes the path as a path', () => {
    const result = project.flowgen(['build', '--tenant', 'acme', 'flows/zendesk-ivr.flow.ts', '-o', 'a']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(join(project.root, 'a/acme/Zendesk_IVR_acme.json'))).toBe(true);
    expect(existsSync(join(project.root, 'a/acme/Hello_World_acme.json'))).toBe(false);
  });

  it('item 10: build <path> --tenant acme builds only that flow for acme (no FG503 for the others)', () => {
    const result = project.flowgen(['build', 'flows/other.flow.ts', '--tenant', 'acme', '-o', 'b']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(join(project.root, 'b/acme/Hello_World_acme.json'))).toBe(true);
    expect(existsSync(join(project.root, 'b/acme/Zendesk_IVR_acme.json'))).toBe(false);
  });

  it('item 10: --tenant repeats (--tenant acme --tenant globex <path>)', () => {
    const result = project.flowgen(['build', '--tenant', 'acme', '--tenant', 'globex', 'flows/zendesk-ivr.flow.ts', '-o', 'c']);
    expect(result.code).toBe(0);
    expect(existsSync(join(project.root, 'c/globex'))).toBe(true);
  });

  it('item 10: a named tenant that does not list the flow asked for says so (FG503)', () => {
    const result = project.flowgen(['build', 'flows/other.flow.ts', '--tenant', 'globex', '-o', 'd']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error FG503 unknown-tenant-flow: Tenant "globex" gives no values to flow "Hello_World" (flows/other.flow.ts), which was asked for.');
  });
});
