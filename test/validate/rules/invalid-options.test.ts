/** FG010 invalid-options (src/validate/schema.ts): each activity's options are re-checked by its kind's zod schema. */
import { describe, expect, it } from 'vitest';
import { defineFlow, z } from '../../../src/index.js';
import { activity, diagnosticsOf, essentials, handFlow, HAND_FILE, literal, site, validateIr, withCode } from '../../harness/rules.js';

const here = import.meta.url;
const api = { id: 'conn-1', name: 'Zendesk', baseUrl: 'https://acme.zendesk.com' };

describe('invalid-options (FG010)', () => {
  it('reports out-of-range and empty options at the activity call site, with the option path as data', () => {
    const flow = defineFlow({ name: 'Bad_Options', params: z.object({}) }, (f) => {
      const lookup = f.httpRequest('Lookup', { connector: f.connector(api), path: '/x', timeoutMs: 50 }); // @lookup
      const menu = f.menu('Menu', { say: '   ', choices: { 1: 'a' } }); // @menu
      const queue = f.queueContact('Queue', { queue: { id: 'q', name: 'Q' }, priority: 10 }); // @queue
      f.start.then(lookup).then(menu).routes({ 1: queue, timeout: queue, invalid: queue });
    });
    expect(essentials(withCode(diagnosticsOf(flow), 'FG010'))).toStrictEqual([
      { code: 'FG010', data: { activity: 'Lookup', path: 'timeoutMs' }, location: site(here, 'lookup', 'httpRequest') },
      { code: 'FG010', data: { activity: 'Menu', path: 'tts[0]' }, location: site(here, 'menu', 'menu') },
      { code: 'FG010', data: { activity: 'Queue', path: 'priority' }, location: site(here, 'queue', 'queueContact') },
    ]);
  });

  it('reports an unknown option and a missing one in hand-written IR', () => {
    const ir = handFlow({
      first: 'Greet',
      activities: [activity('Greet', 'play-message', { tts: [literal('Hi')], colour: 'red' }, { default: 'Pop' }), activity('Pop', 'screen-pop', { url: literal('https://x') }, { default: 'Bye' }), activity('Bye', 'disconnect-contact')],
    });
    expect(essentials(withCode(validateIr(ir), 'FG010'))).toStrictEqual([
      { code: 'FG010', data: { activity: 'Greet', path: '' }, location: { file: HAND_FILE, activity: 'Greet' } },
      { code: 'FG010', data: { activity: 'Pop', path: 'label' }, location: { file: HAND_FILE, activity: 'Pop' } },
    ]);
  });

  it('never shows zod’s own text', () => {
    const ir = handFlow({ first: 'Greet', activities: [activity('Greet', 'play-message', { tts: [literal('Hi')], colour: 'red' }, { default: 'Bye' }), activity('Bye', 'disconnect-contact')] });
    const [found] = withCode(validateIr(ir), 'FG010');
    expect(found!.message).not.toMatch(/Unrecognized key/);
  });

  it('passes valid options', () => {
    const flow = defineFlow({ name: 'Good_Options', params: z.object({}) }, (f) => {
      const queue = f.queueContact('Queue', { queue: { id: 'q', name: 'Q' }, priority: 9 });
      f.start.then(f.httpRequest('Lookup', { connector: f.connector(api), path: '/x', timeoutMs: 60000 })).then(queue).then(f.playMusic('Hold')).loop();
    });
    expect(diagnosticsOf(flow)).toStrictEqual([]);
  });
});
