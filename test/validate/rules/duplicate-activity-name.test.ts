/** FG104 duplicate-activity-name: names are identities and must be unique. */
import { describe, expect, it } from 'vitest';
import { defineFlow, z } from '../../../src/index.js';
import { activity, diagnosticsOf, handFlow, HAND_FILE, site, validateIr, withCode } from '../../harness/rules.js';

const here = import.meta.url;

describe('duplicate-activity-name (FG104)', () => {
  it('reports the second activity of a name at its call site, with the first as related', () => {
    const flow = defineFlow({ name: 'Dup_Names', params: z.object({}) }, (f) => {
      const first = f.playMessage('Greet', { say: 'Hello.' }); // @first
      const second = f.playMessage('Greet', { say: 'Hello again.' }); // @second
      f.start.then(first).then(second);
    });
    const found = withCode(diagnosticsOf(flow), 'FG104');
    expect(found.map(({ code, data, location, related }) => ({ code, data, location, related: related?.map((r) => r.location) }))).toStrictEqual([
      { code: 'FG104', data: { activity: 'Greet' }, location: site(here, 'second', 'playMessage'), related: [site(here, 'first', 'playMessage')] },
    ]);
  });

  it('reports a duplicate in hand-written IR by activity name', () => {
    const ir = handFlow({ first: 'Bye', activities: [activity('Bye', 'disconnect-contact'), activity('Bye', 'disconnect-contact')] });
    expect(withCode(validateIr(ir), 'FG104').map(({ data, location, related }) => ({ data, location, related }))).toStrictEqual([
      { data: { activity: 'Bye' }, location: { file: HAND_FILE, activity: 'Bye' }, related: undefined },
    ]);
  });

  it('passes distinct names', () => {
    const flow = defineFlow({ name: 'Unique_Names', params: z.object({}) }, (f) => {
      f.start.then(f.playMessage('Greet', { say: 'Hello.' })).then(f.disconnect('Bye'));
    });
    expect(diagnosticsOf(flow)).toStrictEqual([]);
  });
});
