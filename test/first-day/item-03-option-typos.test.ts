/**
 * Issue 17 item 3: an unknown or invalid option is a diagnostic at its line, with a did-you-mean,
 * in every front end: TypeScript flows (typos the compiler lets through by a cast or `any`), plain
 * JavaScript flows, generic `f.activity(…)` calls and YAML flows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
const typed = `import { defineFlow, z } from 'wxcc-flowgen';
export default defineFlow({ name: 'Typos', params: z.object({}) }, (f) => {
  const options: any = { say: 'Welcome.', voise: 'en-US-Standard-C' };
  const greeting = f.playMessage('Greeting', options);
  const menu = f.menu('MainMenu', { say: 'Press 1.', choices: { 1: 'agent' }, ...({ timeout: -5 } as {}) });
  const bye = f.disconnect('Bye');
  f.start.then(greeting).then(menu);
  menu.routes({ 1: bye, timeout: bye, invalid: bye });
});
`;
const plain = `import { defineFlow, z } from 'wxcc-flowgen';
export default defineFlow({ name: 'Plain_JS', params: z.object({}) }, (f) => {
  const music = f.playMusic('Music', { durationSecond: 5 });
  f.start.then(music).then(f.disconnect('Bye'));
});
`;
const generic = `import { defineFlow, z } from 'wxcc-flowgen';
export default defineFlow({ name: 'Generic', params: z.object({}) }, (f) => {
  f.start.then(f.activity('play-music', 'Music', { fil: 'x.wav' })).then(f.disconnect('Bye'));
});
`;
const invalidValue = `import { defineFlow, z } from 'wxcc-flowgen';
export default defineFlow({ name: 'Invalid_Value', params: z.object({}) }, (f) => {
  const menu = f.menu('MainMenu', { say: 'Press 1.', choices: { 1: 'agent' }, entryTimeoutSeconds: -5 });
  const bye = f.disconnect('Bye');
  f.start.then(menu);
  menu.routes({ 1: bye, timeout: bye, invalid: bye });
});
`;
const yaml = `name: Yaml_Typo
activities:
  Queue:
    kind: queue-contact
    options: { queue: { id: q1, name: Support }, priorty: 1 }
    links: { default: Bye, failure: Bye }
  Bye:
    kind: disconnect-contact
start: Queue
`;

beforeAll(() => {
  project = scratchProject();
  writeFileSync(join(project.root, 'typed.flow.ts'), typed);
  writeFileSync(join(project.root, 'plain.flow.js'), plain);
  writeFileSync(join(project.root, 'generic.flow.ts'), generic);
  writeFileSync(join(project.root, 'invalid.flow.ts'), invalidValue);
  writeFileSync(join(project.root, 'typo.flow.yaml'), yaml);
});
afterAll(() => project.remove());

function diagnostics(file: string): { code: string; message: string; hint?: string; location: { file: string; line?: number } }[] {
  const result = project.flowgen(['build', file, '-o', 'out', '--format', 'json']);
  expect(result.code).toBe(1);
  return JSON.parse(result.stdout).diagnostics;
}

describe('item 3: option typos are diagnostics', () => {
  it('item 3: TypeScript flow: "voise" and "timeout" are FG016 at their lines, with did-you-mean or the option list', () => {
    const found = diagnostics('typed.flow.ts');
    expect(found).toMatchObject([
      { code: 'FG016', message: 'playMessage "Greeting": unknown option "voise".', hint: 'Did you mean "voice"?', location: { file: 'typed.flow.ts', line: 4 } },
      { code: 'FG016', message: 'menu "MainMenu": unknown option "timeout".', location: { file: 'typed.flow.ts', line: 5 } },
    ]);
    expect(found[1]!.hint).toContain('entryTimeoutSeconds');
  });

  it('item 3: plain JavaScript flow: "durationSecond" is FG016 with did-you-mean', () => {
    expect(diagnostics('plain.flow.js')).toMatchObject([{ code: 'FG016', hint: 'Did you mean "durationSeconds"?', location: { file: 'plain.flow.js', line: 3 } }]);
  });

  it('item 3: f.activity(kind, …) options are checked by the kind\'s schema, with did-you-mean', () => {
    expect(diagnostics('generic.flow.ts')).toMatchObject([{ code: 'FG010', message: 'play-music "Music": has unknown option "fil".', hint: 'Did you mean "file"?', location: { line: 3 } }]);
  });

  it('item 3: an invalid value is FG010 at its line', () => {
    expect(diagnostics('invalid.flow.ts')).toMatchObject([{ code: 'FG010', message: 'menu "MainMenu": option "entryTimeoutSeconds" must be at least 1.', location: { line: 3 } }]);
  });

  it('item 3: YAML flow: "priorty" is FG010 with did-you-mean', () => {
    const found = diagnostics('typo.flow.yaml');
    expect(found[0]).toMatchObject({ code: 'FG010', location: { file: 'typo.flow.yaml' } });
    expect(found[0]!.message).toContain('"priorty"');
    expect(found[0]!.hint).toBe('Did you mean "priority"?');
  });
});
