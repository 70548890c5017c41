/** FG102 unwired-port: required ports must be wired (FC1006); error ports are optional. */
import { describe, expect, it } from 'vitest';
import { defineFlow, z } from '../../../src/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importWebexFlow } from '../../../src/import/webex/import.js';
import { validateFlow } from '../../../src/validate/index.js';
import { corpusRoot, hasShared } from '../../harness/paths.js';
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

  describe.skipIf(!hasShared)('in imported flows, only what Flow Designer refuses is an error', () => {
    const imported = (file: string) => {
      const { ir } = importWebexFlow(JSON.parse(readFileSync(join(corpusRoot, file), 'utf8')), file);
      return withCode(validateFlow(ir!).diagnostics, 'FG102').map((d) => `${d.severity} ${d.data?.['activity']} ${d.data?.['port']}`).sort();
    };

    it("warns about the published Recording template's menus without timeout and invalid links", () => {
      expect(imported('hnavilur__webex-contact-center-flows/recording-template__Recording_Template.json')).toStrictEqual([
        'warning Menu_2mt invalid',
        'warning Menu_2mt timeout',
        'warning Menu_62n invalid',
        'warning Menu_62n timeout',
        'warning Menu_9qx invalid',
        'warning Menu_9qx timeout',
      ]);
    });

    it("warns about the published Last Agent Routing template's queue-to-agent without an error link", () => {
      expect(imported('hnavilur__webex-contact-center-flows/last-agent-routing-template__LastAgentRouting_Template.json')).toStrictEqual(['warning QueueToAgent_xh1 error']);
    });

    it('still refuses an imported menu whose digit port is unwired (Flow Designer refuses it too)', () => {
      const file = 'hnavilur__webex-contact-center-flows/recording-template__Recording_Template.json';
      const { ir } = importWebexFlow(JSON.parse(readFileSync(join(corpusRoot, file), 'utf8')), file);
      const menu = ir!.activities.find((a) => a.kind === 'menu' && Object.keys(a.links).some((p) => /^[0-9]$/.test(p)))!;
      const digit = Object.keys(menu.links).find((p) => /^[0-9]$/.test(p))!;
      delete menu.links[digit];
      const found = withCode(validateFlow(ir!).diagnostics, 'FG102').filter((d) => d.data?.['activity'] === menu.name && d.data?.['port'] === digit);
      expect(found.map((d) => d.severity)).toStrictEqual(['error']);
    });
  });
});
