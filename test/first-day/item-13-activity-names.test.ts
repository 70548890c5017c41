/**
 * Issue 17 item 13: activity names are checked against what Flow Designer accepts (FG017, with a
 * hint about naming), imported names stay valid, and FG013's hint fits a naming error.
 */
import { describe, expect, it } from 'vitest';
import { compileFlow } from '../../src/api/compile-flow.js';
import { defineFlow } from '../../src/dsl/define-flow.js';
import { importWebexFlow, parseExportText } from '../../src/import/webex/import.js';
import { z } from 'zod';
import { checkSchema } from '../../src/validate/schema.js';
import { corpusFiles } from '../harness/corpus.js';

const named = (name: string) =>
  defineFlow({ name: 'Names', params: z.object({}) }, (f) => {
    f.start.then(f.playMessage(name, { say: 'Hello.' })).then(f.disconnect('Bye'));
  });

describe('item 13: activity names', () => {
  it('item 13: "Main Menu-1" is FG017 at the call, with a naming hint and a suggestion', async () => {
    const compiled = await compileFlow(named('Main Menu-1'), { file: 'names.flow.ts' });
    const [diagnostic] = compiled.diagnostics.filter((d) => d.code === 'FG017');
    expect(diagnostic).toMatchObject({ severity: 'error', message: 'Activity name "Main Menu-1" is not a valid activity name.', location: { file: expect.stringMatching(/item-13-activity-names\.test\.ts$/), line: 15 } });
    expect(diagnostic!.hint).toContain('e.g. "Main_Menu_1"');
    expect(compiled.text).toBeUndefined();
  });

  it.each(['', '1stStep', 'Grüße', 'a.b', 'x'.repeat(81)])('item 13: %j is refused', async (name) => {
    expect((await compileFlow(named(name))).diagnostics.map((d) => d.code)).toContain('FG017');
  });

  it.each(['Greeting', 'PlayMessage_b06', '_x', 'FCAsk(ContactLastAgentRemoved)', 'x'.repeat(80)])('item 13: %j is accepted', async (name) => {
    expect((await compileFlow(named(name))).diagnostics.map((d) => d.code)).not.toContain('FG017');
  });

  it('item 13: every activity name in the corpus is accepted (names Flow Designer took are valid), with or without its exported shape', () => {
    let checked = 0;
    for (const file of corpusFiles) {
      const parsed = parseExportText(file.text, file.name);
      const imported = parsed.document === undefined ? undefined : importWebexFlow(parsed.document, file.name);
      if (!imported?.ir) continue;
      for (const shaped of [imported.ir, { ...imported.ir, activities: imported.ir.activities.map(({ webex: _shape, ...a }) => a) }]) {
        expect(checkSchema(shaped).diagnostics.filter((d) => d.code === 'FG017'), file.name).toEqual([]);
      }
      checked += imported.ir.activities.length;
    }
    expect(checked).toBeGreaterThan(600);
  });

  it('item 13: a bad variable name gets a naming hint, not the FC1005 value hint', async () => {
    const flow = defineFlow({ name: 'Vars', params: z.object({}) }, (f) => {
      f.variable('ticket id', 'string');
      f.start.then(f.disconnect('Bye'));
    });
    const [diagnostic] = (await compileFlow(flow)).diagnostics.filter((d) => d.code === 'FG013');
    expect(diagnostic!.hint).toContain('identifier');
    expect(diagnostic!.hint).not.toContain('FC1005');
  });
});
