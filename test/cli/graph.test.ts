/**
 * `flowgen graph` and the pictures of `flowgen diff` end to end: the built bin
 * (`build/cli/main.js`, made by `npm run build`) spawned with NO_COLOR in the repository, writing
 * only into temporary directories.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasShared, repoRoot, zd24Path } from '../harness/paths.js';
import { runBuiltCli } from '../harness/run-cli.js';

const made = 'test/fixtures/made/diff';
const flowgen = runBuiltCli;
let temp: string;

beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'flowgen-graph-'));
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

describe('flowgen graph', () => {
  it('prints Mermaid of a definition by default, and exits 0', () => {
    const result = flowgen(['graph', 'flows/zendesk-ivr.flow.ts']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('flowchart LR\n')).toBe(true);
    expect(result.stdout).toContain('<b>MainMenu</b>');
    expect(result.stderr).toBe('');
  });

  it('writes the HTML viewer with -o, atomically, and says so', () => {
    const out = join(temp, 'zendesk.html');
    const result = flowgen(['graph', 'flows/zendesk-ivr.flow.ts', '--format', 'html', '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('window.flowgenViewer');
    expect(readdirSync(temp)).toEqual(['zendesk.html']);
  });

  it('prints a standalone SVG', () => {
    const result = flowgen(['graph', 'flows/zendesk-ivr.flow.ts', '--format', 'svg']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('draws the YAML flow exactly as the TypeScript one (they build to the same bytes)', () => {
    const yaml = flowgen(['graph', 'test/fixtures/made/zendesk-ivr.flow.yaml']);
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toBe(flowgen(['graph', 'flows/zendesk-ivr.flow.ts']).stdout);
  });

  it('builds with a tenant first', () => {
    const result = flowgen(['graph', 'flows/zendesk-ivr.flow.ts', '--tenant', 'acme']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Acme_Standard');
    expect(result.stdout).not.toContain('Support_Standard');
  });

  it.skipIf(!hasShared)('draws a Flow Designer export', () => {
    const result = flowgen(['graph', zd24Path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<i>http-request</i>');
  });

  it.each([
    ['a missing file', ['graph', 'no/such.flow.ts'], 'FG004'],
    ['a file that is not JSON', ['graph', `${made}/not-json.json`], 'FG601'],
    ['JSON that is not a flow', ['graph', `${made}/not-a-flow.json`], 'FG602'],
    ['a definition with errors', ['graph', 'test/fixtures/made/unwired-menu.flow.ts'], 'FG102'],
    ['--tenant on an export', ['graph', `${made}/not-a-flow.json`, '--tenant', 'acme'], 'FG751'],
    // A YAML flow is built with the tenant's values like a definition module: acme gives it a parameter it does not declare.
    ['--tenant with values a YAML flow does not declare', ['graph', 'test/fixtures/made/zendesk-ivr.flow.yaml', '--tenant', 'acme'], 'FG506'],
  ])('%s is a diagnostic, exit 1, and nothing is written', (_, args, code) => {
    const out = join(temp, 'out.html');
    const result = flowgen([...args, '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(code);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(result.stdout).toBe('');
  });

  it('a format it does not draw is a usage error, exit 2', () => {
    const result = flowgen(['graph', 'flows/zendesk-ivr.flow.ts', '--format', 'png']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('png');
  });
});

describe('flowgen diff pictures', () => {
  const pair = [`${made}/support-line.flow.ts`, `${made}/support-line-post-comment.flow.ts`];

  it('--format markdown puts a Mermaid picture of the changed neighbourhood under the summary', () => {
    const result = flowgen(['diff', ...pair, '--format', 'markdown']);
    expect(result.code).toBe(1);
    const picture = /\*\*2 changes\*\*: [^\n]*\n\n```mermaid\nflowchart LR\n([\s\S]*?)```\n\n#### Activities/.exec(result.stdout);
    expect(picture).not.toBeNull();
    expect(picture![1]).toMatch(/<b>PostComment<\/b>.*<b>added<\/b>/);
    expect(picture![1]).not.toContain('Greeting');
  });

  it('--format markdown has no picture when nothing drawable changed', () => {
    const result = flowgen(['diff', 'test/golden/Zendesk_IVR.json', 'flows/zendesk-ivr.flow.ts', '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('```mermaid');
  });

  it('--format html prints the viewer of the full flow with the changes marked', () => {
    const result = flowgen(['diff', ...pair, '--format', 'html']);
    expect(result.code).toBe(1);
    expect(result.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(result.stdout).toContain('flowgen diff: 2 changes');
    expect(result.stdout).toMatch(/class=\\"node mark-added\\" data-i=\\"\d+\\"/);
    expect(result.stdout).toMatch(/class=\\"link mark-removed\\"/);
    expect(result.stdout).toContain('Greeting');
  });
});

describe('flowgen test --coverage-html', () => {
  it('draws the tested flows in the viewer with each link marked taken or untested', () => {
    const out = join(temp, 'coverage.html');
    const result = flowgen(['test', '--coverage-html', out]);
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('window.flowgenViewer');
    expect(html).toContain('Zendesk_IVR: 63/63 links (100.0%)');
    const data = JSON.parse(/<script type="application\/json" id="flow-data">(.*?)<\/script>/s.exec(html)![1]!) as { links: { m: string }[] };
    expect(data.links).toHaveLength(63);
    expect(data.links.every((l) => / taken\\?"/.test(l.m) || /class="link[^"]* taken"/.test(l.m))).toBe(true);
  });
});
