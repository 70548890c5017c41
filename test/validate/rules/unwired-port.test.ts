/** FG102 unwired-port: required ports must be wired (FC1006); error ports are optional. */
import { describe, expect, it } from 'vitest';
import { defineFlow, z } from '../../../src/index.js';
import { activity, connector, diagnosticsOf, essentials, handFlow, HAND_FILE, literal, site, validateIr, variable, withCode } from '../../harness/rules.js';

const here = import.meta.url;
const byPort = (a: { data?: Record<string, unknown> }, b: { data?: Record<string, unknown> }) => String(a.data?.['port']).localeCompare(String(b.data?.['port']));

describe('unwired-port (FG102)', () => {
  it('reports a menu whose timeout and invalid ports are unwired, at the menu call site', () => {
    const flow = defineFlow({ name: 'Unwired_Menu', params: z.object({}) }, (f) => {
      const bye = f.disconnect('Bye');
      const menu = f.menu('Menu', { say: 'Press 1.', choices: { 1: 'bye' } }); // @menu
      f.start.then(menu);
      menu.on('1', bye);
    });
    const at = site(here, 'menu', 'menu');
    expect(essentials(withCode(diagnosticsOf(flow), 'FG102')).sort(byPort)).toStrictEqual([
      { code: 'FG102', data: { activity: 'Menu', port: 'invalid' }, location: at },
      { code: 'FG102', data: { activity: 'Menu', port: 'timeout' }, location: at },
    ]);
  });

  it.each([
    ['http-request', { connector: { id: 'conn-1', name: 'Zendesk' }, path: literal('/x') }, ['default']],
    ['condition', { expression: literal('true') }, ['false', 'true']],
    ['case', { value: literal('a'), cases: ['a', 'b'] }, ['a', 'b', 'default']],
    ['queue-contact', { queue: { id: 'q', name: 'Q' } }, ['default']],
    ['set-variable', { variable: 'x', variableType: 'string', value: literal('1') }, ['out']],
    ['play-music', {}, ['default']],
    ['screen-pop', { url: literal('https://x'), label: 'X' }, ['default']],
  ])('reports every required port of an unlinked %s (hand-written IR)', (kind, options, ports) => {
    const ir = handFlow({ first: 'Subject', connectors: [connector()], variables: [variable('x')], activities: [activity('Subject', kind, options)] });
    expect(essentials(withCode(validateIr(ir), 'FG102')).sort(byPort)).toStrictEqual(
      ports.map((port) => ({ code: 'FG102', data: { activity: 'Subject', port }, location: { file: HAND_FILE, activity: 'Subject' } })),
    );
  });

  it('passes unwired error ports and an unwired queue failure port', () => {
    const flow = defineFlow({ name: 'Wired', params: z.object({}) }, (f) => {
      const queue = f.queueContact('Queue', { queue: { id: 'q1', name: 'Support' } });
      f.start.then(f.playMessage('Greet', { say: 'Hello.' })).then(queue).then(f.playMusic('Hold')).loop();
    });
    expect(diagnosticsOf(flow)).toStrictEqual([]);
  });
});
