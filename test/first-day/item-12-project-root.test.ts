/** Issue 17 item 12: flowgen finds the project root (nearest package.json naming flowgen), as git and npm do. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/load/project-root.js';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
beforeAll(() => {
  project = scratchProject();
});
afterAll(() => project.remove());

describe('item 12: project-root discovery', () => {
  it('item 12: `cd flows && flowgen build` builds the project into <root>/dist', () => {
    const flows = join(project.root, 'flows');
    const result = project.flowgen(['build'], { cwd: flows });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote ../dist/Zendesk_IVR.json');
    expect(existsSync(join(project.root, 'dist/Zendesk_IVR.json'))).toBe(true);
  });

  it('item 12: `flowgen build zendesk-ivr.flow.ts` from flows/ writes no stray flows/dist/', () => {
    const flows = join(project.root, 'flows');
    const result = project.flowgen(['build', 'zendesk-ivr.flow.ts', '--all-tenants'], { cwd: flows });
    expect(result.code).toBe(0);
    expect(existsSync(join(flows, 'dist'))).toBe(false);
    expect(existsSync(join(project.root, 'dist/acme/Zendesk_IVR_acme.json'))).toBe(true);
    expect(project.flowgen(['validate'], { cwd: join(project.root, 'tenants') }).code).toBe(0);
  });

  it('item 12: the nearest package.json that names flowgen wins; one that does not is passed by', () => {
    const nested = join(project.root, 'flows/pkg');
    mkdirSync(join(nested, 'deep'), { recursive: true });
    writeFileSync(join(nested, 'package.json'), '{ "name": "unrelated" }');
    expect(findProjectRoot(join(nested, 'deep'))).toBe(project.root);
    writeFileSync(join(nested, 'package.json'), '{ "name": "flows", "devDependencies": { "wxcc-flowgen": "file:.." } }');
    expect(findProjectRoot(join(nested, 'deep'))).toBe(nested);
    expect(findProjectRoot('/')).toBe('/');
  });
});
