/**
 * `flowgen import` end to end: a real export (read from ../shared/corpus, never copied) becomes a
 * definition plus shape file that `flowgen build` turns back into the same flow.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasShared, repoRoot, zd24Path } from '../harness/paths.js';

const bin = join(repoRoot, 'build/cli/main.js');
let out: string;
const helloWorldPath = join(repoRoot, '../shared/corpus/WebexSamples__webex-contact-center-flows/hello-world-template__HelloWorld_Template.json');

function flowgen(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'flowgen-import-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(!hasShared)('flowgen import', () => {
  it('--stdout prints a readable definition: names, variables, positions, links', () => {
    const result = flowgen('import', zd24Path, '--stdout');
    expect(result.code).toBe(0);
    // Printed alone, without its shape file, it is printed in the current shape (issue 17 item 9).
    expect(result.stdout).toContain("import { defineFlow, pebble, text, z } from 'wxcc-flowgen';");
    expect(result.stdout).toMatch(/const ticketID = f\.variable\('ticketID', 'string', \{\s*initialValue: 'null',\s*description: 'Ticket ID',\s*desktopLabel: 'Ticket ID',?\s*\}\);/);
    // A template that names a declared variable becomes a typed reference.
    expect(result.stdout).toContain('path: text`api/v2/tickets/${ticketID}.json`');
    // Each activity with its kind's typed factory, its main port wired with `.then`.
    expect(result.stdout).toContain("const lookupUser = f.httpRequest('LookupUser', {");
    expect(result.stdout).toContain('lookupUser.then(lookupTicket);');
    expect(result.stdout).toContain('position: { x: ');
  });

  // Cisco's Hello World template: ZD24 itself does not build, since it has a real defect
  // (its TTS names `ticketId` while the variable is `ticketID`), which validation reports.
  it('writes the definition and its shape file, which build back into the same flow', () => {
    // The definition must live inside this package so that `import … from 'wxcc-flowgen'` resolves.
    const target = join(repoRoot, 'flows', 'zz-import-test.flow.ts');
    try {
      const imported = flowgen('import', helloWorldPath, '-o', target);
      expect(imported.code).toBe(0);
      // A second import does not overwrite the (maybe edited) definition unless asked to.
      const again = flowgen('import', helloWorldPath, '-o', target);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('--force');
      expect(flowgen('import', helloWorldPath, '-o', target, '--force').code).toBe(0);
      expect(existsSync(join(repoRoot, 'flows', 'zz-import-test.webex.json'))).toBe(true);
      const built = flowgen('build', target, '-o', out);
      expect(built.code).toBe(0);
      const original = JSON.parse(readFileSync(helloWorldPath, 'utf8'));
      const rebuilt = JSON.parse(readFileSync(join(out, `${original.name}.json`), 'utf8'));
      const names = (d: any) => Object.values<any>(d.process.activities).map((a) => a.name).sort();
      expect(names(rebuilt)).toEqual(names(original));
      expect(Object.keys(rebuilt)).toEqual(Object.keys(original));
    } finally {
      rmSync(target, { force: true });
      rmSync(join(repoRoot, 'flows', 'zz-import-test.webex.json'), { force: true });
    }
  });

  it('a file that is not JSON is FG021 with its line, exit 1, nothing written', () => {
    const bad = join(out, 'bad.json');
    writeFileSync(bad, '{\n  "process": {\n    "activities": {,\n');
    const result = flowgen('import', bad, '-o', join(out, 'x.flow.ts'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.json:3:\d+ - error FG021 malformed-json/);
    expect(existsSync(join(out, 'x.flow.ts'))).toBe(false);
  });

  it('a JSON document that is not a flow is FG020, exit 1', () => {
    const postman = join(repoRoot, '../shared/corpus/CiscoDevNet__webex-contact-center-crm-integrations/Zendesk_REST_APIs_Sample.postman_collection.json');
    const result = flowgen('import', postman, '--stdout');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('FG020 not-a-flow-export');
  });

  it('binary junk and a __proto__ key are diagnostics, not crashes', () => {
    const junk = join(out, 'junk.json');
    writeFileSync(junk, Buffer.from([0, 159, 146, 150, 255, 0, 1]));
    expect(flowgen('import', junk, '--stdout').code).toBe(1);
    const proto = join(out, 'proto.json');
    writeFileSync(proto, '{"__proto__": {"polluted": true}, "process": 1}');
    const result = flowgen('import', proto, '--stdout');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('FG020');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("a flow with real defects imports with its findings in the baseline; build succeeds, security stays visible, validate lists them", () => {
    // Cisco's Instant Connect sample (2024) stores a bot token in a variable sent as Authorization (FG402, twice).
    const instantConnect = join(repoRoot, '../shared/corpus/WebexSamples__webex-contact-center-api-samples/webex-instant-connect-sample__voice-to-video__VoiceFlow_InstantConnect.json');
    const target = join(repoRoot, 'flows', 'zz-baseline-test.flow.ts');
    try {
      const imported = flowgen('import', instantConnect, '-o', target);
      expect(imported.code).toBe(0);
      expect(imported.stderr).toContain('the export has 2 findings (FG402 ×2), accepted in the baseline of flows/zz-baseline-test.flow.ts');
      const source = readFileSync(target, 'utf8');
      expect(source).toContain("code: 'FG402'");
      const built = flowgen('build', target, '-o', out);
      expect(built.code).toBe(0);
      expect(built.stderr.match(/warning FG061 suppressed-security-finding: FG402 credential-in-variable/g)).toHaveLength(2);
      const validated = flowgen('validate', target);
      expect(validated.code).toBe(0);
      expect(validated.stderr.match(/FG061/g)).toHaveLength(2);
      // Fixing the defect (the token no longer stored in the flow) makes both entries report themselves.
      writeFileSync(target, source.replace("initialValue: 'pasteBotTokenHere'", "initialValue: ''"));
      const fixed = flowgen('validate', target);
      expect(fixed.code).toBe(0);
      expect(fixed.stderr).not.toContain('FG061');
      expect(fixed.stderr.match(/warning FG062 unused-suppression: The baseline accepts FG402/g)).toHaveLength(2);
    } finally {
      rmSync(target, { force: true });
      rmSync(join(repoRoot, 'flows', 'zz-baseline-test.webex.json'), { force: true });
    }
  });
});
