/** FG202 duplicate-variable: a variable is declared once (FC1008). */
import { describe, expect, it } from 'vitest';
import { defineFlow, z } from '../../../src/index.js';
import { activity, diagnosticsOf, handFlow, HAND_FILE, site, validateIr, variable, withCode } from '../../harness/rules.js';

const here = import.meta.url;

describe('duplicate-variable (FG202)', () => {
  it('reports the second declaration at its call site, with the first as related', () => {
    const flow = defineFlow({ name: 'Dup_Var', params: z.object({}) }, (f) => {
      f.variable('ticketId', 'string'); // @first
      f.variable('ticketId', 'integer'); // @second
      f.start.then(f.disconnect('Bye'));
    });
    const found = withCode(diagnosticsOf(flow), 'FG202');
    expect(found.map(({ code, data, location, related }) => ({ code, data, location, related: related?.map((r) => r.location) }))).toStrictEqual([
      { code: 'FG202', data: { variable: 'ticketId' }, location: site(here, 'second', 'variable'), related: [site(here, 'first', 'variable')] },
    ]);
  });

  it('reports a duplicate in hand-written IR by its path', () => {
    const ir = handFlow({ first: 'Bye', activities: [activity('Bye', 'disconnect-contact')], variables: [variable('x'), variable('x')] });
    expect(withCode(validateIr(ir), 'FG202').map(({ data, location }) => ({ data, location }))).toStrictEqual([
      { data: { variable: 'x' }, location: { file: HAND_FILE, path: 'variables.x' } },
    ]);
  });

  it('passes distinct variables', () => {
    const flow = defineFlow({ name: 'Vars', params: z.object({}) }, (f) => {
      f.variable('ticketId', 'string');
      f.variable('ticketID', 'string');
      f.start.then(f.disconnect('Bye'));
    });
    // The variables are unused or never set on purpose (FG206/FG207 warnings); no error.
    expect(diagnosticsOf(flow).filter((d) => d.severity === 'error')).toStrictEqual([]);
  });
});
