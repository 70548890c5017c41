/**
 * Issue 17 item 16: import takes -q; `build README.md` says which files build takes; YAML flows get
 * hints in YAML terms; a failed build says nothing was written; FORCE_COLOR colours piped output.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
const yamlFlow = `name: Yaml_Hints
activities:
  Hi:
    kind: play-message
    options: { tts: ['Hello {{nobody}}'] }
    links: { default: Queue }
  Queue:
    kind: queue-contact
    options: { queue: { id: q1, name: Support } }
    links: { default: Bye, failure: Bye }
  Bye:
    kind: disconnect-contact
start: Hi
`;

beforeAll(() => {
  project = scratchProject();
  writeFileSync(join(project.root, 'hints.flow.yaml'), yamlFlow);
  cpSync(join(repoRoot, 'test/fixtures/made/unwired-menu.flow.ts'), join(project.root, 'unwired.flow.ts'));
});
afterAll(() => project.remove());

describe('item 16: small ones', () => {
  it('item 16: import -q writes its files and prints nothing', () => {
    const result = project.flowgen(['import', join(repoRoot, 'test/golden/Zendesk_IVR.json'), '-o', 'imported/z.flow.ts', '-q']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('item 16: build README.md says which files build takes (FG019)', () => {
    const result = project.flowgen(['build', 'package.json', 'tsconfig.json', 'src/index.ts']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error FG019 not-a-flow-file: "src/index.ts" is not a flow definition.');
    expect(result.stderr).toContain('build takes flow definitions named *.flow.ts');
    expect(result.stderr).not.toContain('Unknown file extension');
  });

  it('item 16: YAML flows get hints a YAML author can follow', () => {
    const result = project.flowgen(['build', 'hints.flow.yaml', '--format', 'json']);
    const hints = (JSON.parse(result.stdout).diagnostics as { code: string; hint: string }[]).map((d) => `${d.code} ${d.hint}`);
    expect(hints).toContain('FG201 Declare it under variables: in the flow file.');
    expect(hints.find((h) => h.startsWith('FG304'))).toContain('a play-music activity whose default link leads back to itself');
    expect(hints.join('\n')).not.toMatch(/f\.variable|\.loop\(\)|src\/activities/);
  });

  it('item 16: a failed build says that nothing was written', () => {
    const result = project.flowgen(['build', 'unwired.flow.ts']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('flowgen: nothing was written.');
  });

  it('item 16: FORCE_COLOR colours diagnostics when piped; NO_COLOR wins', () => {
    const forced = project.flowgen(['build', 'unwired.flow.ts'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain('\u001b[31merror\u001b[0m');
    const plain = project.flowgen(['build', 'unwired.flow.ts'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stderr).not.toContain('\u001b[');
  });

  it('item 16: a build that exits 2 (a usage error) says that nothing was written, and dist/ is untouched', () => {
    const dist = join(project.root, 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'Kept.json'), '{"kept":true}\n');
    const text = project.flowgen(['build', '--format', 'xml']);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("argument 'xml' is invalid");
    expect(text.stderr).toContain('flowgen: nothing was written.');
    const json = project.flowgen(['build', '--tenant', 'acme', '--all-tenants', '--format', 'json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ exitCode: 2, diagnostics: [{ code: 'FG015' }], messages: ['flowgen: nothing was written.'] });
    expect(readdirSync(dist)).toEqual(['Kept.json']);
    expect(readFileSync(join(dist, 'Kept.json'), 'utf8')).toBe('{"kept":true}\n');
  });
});
