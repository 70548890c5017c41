/** FG105 unknown-port: a link leaves from a port the kind has (a type error in TS; re-checked for JS and YAML). */
import { describe, expect, it } from 'vitest';
import { defineFlow, z, type Target } from '../../../src/index.js';
import { activity, diagnosticsOf, essentials, handFlow, HAND_FILE, literal, site, validateIr, withCode } from '../../harness/rules.js';

const here = import.meta.url;
type Untyped = { on(port: string, target: Target): unknown };

describe('unknown-port (FG105)', () => {
  it('reports, at the link call site, a JS author wiring digit 3 of a 1/2 menu', () => {
    const flow = defineFlow({ name: 'Menu_Three', params: z.object({}) }, (f) => {
      const bye = f.disconnect('Bye');
      const menu = f.menu('Menu', { say: 'Press 1 or 2.', choices: { 1: 'a', 2: 'b' } });
      f.start.then(menu);
      menu.routes({ 1: bye, 2: bye, timeout: bye, invalid: bye });
      (menu as unknown as Untyped).on('3', bye); // @three
    });
    expect(essentials(withCode(diagnosticsOf(flow), 'FG105'))).toStrictEqual([
      { code: 'FG105', data: { activity: 'Menu', port: '3' }, location: site(here, 'three', 'on') },
    ]);
  });

  it.each([
    ['condition', { expression: literal('true') }, { true: 'Bye', false: 'Bye', yes: 'Bye' }, 'yes'],
    ['disconnect-contact', {}, { default: 'Bye' }, 'default'],
    ['set-variable', { variable: 'x', variableType: 'string', value: literal('1') }, { out: 'Bye', default: 'Bye' }, 'default'],
    ['case', { value: literal('a'), cases: ['a'] }, { a: 'Bye', default: 'Bye', '0': 'Bye' }, '0'],
  ])('reports a %s linked from a port it does not have (hand-written IR)', (kind, options, links, port) => {
    const ir = handFlow({ first: 'Subject', activities: [activity('Subject', kind, options, links), activity('Bye', 'disconnect-contact')] });
    expect(essentials(withCode(validateIr(ir), 'FG105'))).toStrictEqual([
      { code: 'FG105', data: { activity: 'Subject', port }, location: { file: HAND_FILE, activity: 'Subject' } },
    ]);
  });

  it('passes every declared port, error included', () => {
    const flow = defineFlow({ name: 'Ports', params: z.object({}) }, (f) => {
      const bye = f.disconnect('Bye');
      const oops = f.disconnect('Oops');
      const menu = f.menu('Menu', { say: 'Press 1.', choices: { 1: 'a' } });
      f.start.then(menu);
      menu.routes({ 1: bye, timeout: bye, invalid: bye, error: oops });
    });
    expect(diagnosticsOf(flow)).toStrictEqual([]);
  });
});
