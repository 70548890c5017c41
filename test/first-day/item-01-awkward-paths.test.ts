/**
 * Issue 17 item 1: a checkout (or a flow) in a folder whose path has spaces, commas, `#` and
 * non-ASCII letters builds, and its diagnostics name the real file in every format.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStackFrame } from '../../src/dsl/call-site.js';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

const badFlow = "import { defineFlow, z } from 'wxcc-flowgen';\nexport default defineFlow({ name: 'Bad_Flow', params: z.object({}) }, (f) => {\n  f.start.then(f.playMessage('Hi', { say: 'x' }));\n});\n";
const shown = 'flows/sub dir/a,b#ü.flow.ts';
let project: ScratchProject;

beforeAll(() => {
  project = scratchProject();
  mkdirSync(join(project.root, 'flows/sub dir'));
  writeFileSync(join(project.root, shown), badFlow);
});
afterAll(() => project.remove());

describe('item 1: paths with spaces, commas, # and non-ASCII letters', () => {
  it('item 1: the bundled Zendesk flow builds in "Mý Prøject #1,a" (templates found from the call site)', () => {
    const result = project.flowgen(['build']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(join(project.root, 'dist/Zendesk_IVR.json'))).toBe(true);
  });

  it('item 1: text diagnostics name the whole path with line, column and a code frame', () => {
    const result = project.flowgen(['build', shown]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${shown}:3:18 - error FG102 unwired-port`);
    expect(result.stderr).toContain("> 3 |   f.start.then(f.playMessage('Hi', { say: 'x' }));");
  });

  it('item 1: json diagnostics carry the exact file', () => {
    const result = project.flowgen(['build', '--format', 'json', shown]);
    const [diagnostic] = JSON.parse(result.stdout).diagnostics ?? JSON.parse(result.stdout);
    expect(diagnostic.location).toEqual({ file: shown, line: 3, column: 18 });
  });

  it('item 1: github annotations attach to the file (only "," and ":" escaped, as GitHub requires)', () => {
    const result = project.flowgen(['build', '--format', 'github', shown]);
    expect(result.stdout).toContain('::error file=flows/sub dir/a%2Cb#ü.flow.ts,line=3,col=18,title=FG102 unwired-port::');
  });

  it('item 1: parseStackFrame reads every V8 frame form', () => {
    const cases: [string, unknown][] = [
      ['    at Object.build (/tmp/Mý Prøject #1,a/flows/a,b.flow.ts:3:15)', { file: '/tmp/Mý Prøject #1,a/flows/a,b.flow.ts', line: 3, column: 15 }],
      ['    at buildFlow (file:///tmp/M%C3%BD%20Pr%C3%B8ject%20%231,a/build/dsl/define-flow.js:265:20)', { file: '/tmp/Mý Prøject #1,a/build/dsl/define-flow.js', line: 265, column: 20 }],
      ['    at async file:///tmp/My%20Project/build/cli/main.js:43:5', { file: '/tmp/My Project/build/cli/main.js', line: 43, column: 5 }],
      ['    at /tmp/dir (copy)/x.flow.ts:1:2', { file: '/tmp/dir (copy)/x.flow.ts', line: 1, column: 2 }],
      ['    at new Thing (/tmp/dir (copy)/x.flow.ts:7:9)', { file: '/tmp/dir (copy)/x.flow.ts', line: 7, column: 9 }],
      ['    at file:///tmp/x.flow.ts?tsx-namespace=123:4:5', { file: '/tmp/x.flow.ts', line: 4, column: 5 }],
      ['    at C:\\Users\\Zoë\\My Flows\\x.flow.ts:4:5', { file: 'C:\\Users\\Zoë\\My Flows\\x.flow.ts', line: 4, column: 5 }],
      ['    at node:internal/modules/esm/loader:1:1', undefined],
      ['    at eval (eval at <anonymous> (file:///tmp/x.js:1:1), <anonymous>:1:1)', undefined],
      ['    at Array.map (<anonymous>)', undefined],
      ['    at async Promise.all (index 0)', undefined],
    ];
    for (const [frame, expected] of cases) expect(parseStackFrame(frame), frame).toEqual(expected);
  });
});
