/** FG013 invalid-variable (src/validate/schema.ts): a variable's name and initial value fit its type (FC1005). */
import { describe, expect, it } from 'vitest';
import { defineFlow, z } from '../../../src/index.js';
import { activity, diagnosticsOf, essentials, handFlow, HAND_FILE, site, validateIr, variable, withCode } from '../../harness/rules.js';

const here = import.meta.url;

describe('invalid-variable (FG013)', () => {
  it('reports a non-integer initial value of an integer variable at its declaration', () => {
    const flow = defineFlow({ name: 'Bad_Var', params: z.object({}) }, (f) => {
      f.variable('retries', 'integer', { initial: 1.5 }); // @retries
      f.start.then(f.disconnect('Bye'));
    });
    expect(essentials(withCode(diagnosticsOf(flow), 'FG013'))).toStrictEqual([{ code: 'FG013', data: { variable: 'retries' }, location: site(here, 'retries', 'variable') }]);
  });

  it.each([
    variable('1st', 'string'),
    variable('my-var', 'string'),
    variable('n', 'integer', 'ten'),
    variable('d', 'decimal', 'abc'),
    variable('b', 'boolean', 'yes'),
    variable('j', 'json', '{not json'),
  ])('reports $name ($type, $initialValue) in hand-written IR by its path', (v) => {
    const ir = handFlow({ first: 'Bye', activities: [activity('Bye', 'disconnect-contact')], variables: [v] });
    expect(essentials(withCode(validateIr(ir), 'FG013'))).toStrictEqual([
      { code: 'FG013', data: { variable: v.name }, location: { file: HAND_FILE, path: `variables.${v.name}` } },
    ]);
  });

  it('passes well-typed initial values, empty and null ones', () => {
    const flow = defineFlow({ name: 'Good_Vars', params: z.object({}) }, (f) => {
      f.variable('n', 'integer', { initial: -3 });
      f.variable('d', 'decimal', { initial: 2.5 });
      f.variable('b', 'boolean', { initial: true });
      f.variable('j', 'json', { initial: '{"a":[1]}' });
      f.variable('s', 'string', { initial: null });
      f.variable('$t_1', 'datetime');
      f.start.then(f.disconnect('Bye'));
    });
    // The variables are unused or never set on purpose (FG206/FG207 warnings); no error.
    expect(diagnosticsOf(flow).filter((d) => d.severity === 'error')).toStrictEqual([]);
  });
});
