/**
 * Issue 17 item 11 (in part): a tenant file whose name has a space is refused with a clear message,
 * never skipped or called missing; a tenant without flowName is warned about (its flow has the
 * base build's name and ids).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
beforeAll(() => {
  project = scratchProject();
});
afterAll(() => project.remove());

describe('item 11: tenants', () => {
  it('item 11: tenants/big corp.yaml is refused by --all-tenants and --tenant "big corp" alike (FG513), with a rename hint', () => {
    const bigCorp = join(project.root, 'tenants/big corp.yaml');
    writeFileSync(bigCorp, readFileSync(join(project.root, 'tenants/acme.yaml'), 'utf8'));
    for (const args of [['--all-tenants'], ['--tenant', 'big corp']]) {
      const result = project.flowgen(['build', ...args, '--format', 'json']);
      expect(result.code).toBe(1);
      const [diagnostic] = JSON.parse(result.stdout).diagnostics;
      expect(diagnostic).toMatchObject({ code: 'FG513', location: { file: 'tenants/big corp.yaml' } });
      expect(diagnostic.hint).toContain('"big-corp.yaml"');
    }
    rmSync(bigCorp);
  });

  it('item 11: a tenant without flowName builds, with a warning naming the tenant and the fix', () => {
    const acme = join(project.root, 'tenants/acme.yaml');
    writeFileSync(acme, readFileSync(acme, 'utf8').replace('flowName: "{flow}_{tenant}"\n', ''));
    const result = project.flowgen(['build', '--tenant', 'acme', '-o', 'out']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('tenants/acme.yaml - warning FG512 tenant-flow-name-unchanged: Tenant "acme" builds flow "Zendesk_IVR" under the same name (and ids) as the build without tenants.');
    expect(result.stderr).toContain('Add flowName: "{flow}_{tenant}"');
  });
});
