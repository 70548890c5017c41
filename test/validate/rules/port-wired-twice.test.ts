/** FG107 port-wired-twice (recorded by the builder, not a validate rule): one port leads to one activity. */
import { describe, expect, it } from 'vitest';
import { defineFlow, z } from '../../../src/index.js';
import { build, site } from '../../harness/rules.js';

const here = import.meta.url;

describe('port-wired-twice (FG107)', () => {
  it('reports the second link of a port at its call site, with the first as related, and keeps the first', () => {
    const flow = defineFlow({ name: 'Twice', params: z.object({}) }, (f) => {
      const greet = f.playMessage('Greet', { say: 'Hello.' });
      f.start.then(greet);
      greet.on('default', f.disconnect('A')); // @first
      greet.on('default', f.disconnect('B')); // @second
    });
    const { ir, diagnostics } = build(flow);
    expect(diagnostics.map(({ code, data, location, related }) => ({ code, data, location, related: related?.map((r) => r.location) }))).toStrictEqual([
      { code: 'FG107', data: { activity: 'Greet', port: 'default' }, location: site(here, 'second', 'on'), related: [site(here, 'first', 'on')] },
    ]);
    expect(ir.activities.find((a) => a.name === 'Greet')!.links).toStrictEqual({ default: 'A' });
  });

  it('passes wiring the same port to the same activity twice', () => {
    const flow = defineFlow({ name: 'Same_Twice', params: z.object({}) }, (f) => {
      const bye = f.disconnect('Bye');
      const greet = f.playMessage('Greet', { say: 'Hello.' });
      f.start.then(greet).then(bye);
      greet.on('default', bye);
    });
    expect(build(flow).diagnostics).toStrictEqual([]);
  });
});
