/** menu (ivr-menu): options → Webex properties (ZD24 `ConfirmationMenu`), digit ports, and what zod refuses. */
import { describe, expect, it } from 'vitest';
import { menu } from '../../src/activities/menu.js';
import { buildFlow, compileFlow, compileIr, defineFlow, text, z } from '../../src/index.js';
import { importWebexFlow } from '../../src/import/webex/import.js';
import { onSharedKeys, zd24Properties } from '../harness/rules.js';

const lit = (s: string) => ({ parts: [{ text: s }] });
const webex = (input: unknown) => menu.toWebex(menu.options.parse(input));
const issues = (input: unknown) => (menu.options.safeParse(input).error?.issues ?? []).map((i) => ({ code: i.code, path: i.path }));
const CC = 'Cisco Cloud Text-to-Speech';
const prompt = 'Please press 1 to be connected to an agent, or 2 to disconnect.';
const ttsPrompt = (value: string) => ({
  toggle: true,
  promptsTts: [{ type: 'tts', value, name: value }],
  prompts: null,
  connector: CC,
  'connector:type': null,
  connector_type: null,
  'connector:name': CC,
  connector_name: CC,
  voiceLanguage: null,
  'voiceLanguage:type': null,
  voiceLanguage_type: null,
  'voiceLanguage:name': null,
  voiceLanguage_name: null,
  'voiceLanguage:name:name': null,
  'voiceLanguage_name:name': null,
  toggleLanguage: null,
  speakingRate: null,
  volumeGainDb: null,
});

describe('menu', () => {
  it.each([
    [
      'two digits with defaults',
      { tts: [lit(prompt)], choices: { 1: 'agent', 2: 'disconnect' } },
      { ...ttsPrompt(prompt), menuLinks: ['1', '2'], 'menuLinks:input': ['agent', 'disconnect'], menuLinks_input: ['agent', 'disconnect'], entryTimeout: '3', interruptible: true },
    ],
    [
      'digits in ascending order whatever the author order, with timeout and barge-in set',
      { tts: [lit('Pick.')], choices: { 9: 'nine', 0: 'operator', 2: '' }, entryTimeoutSeconds: 10, interruptible: false },
      { ...ttsPrompt('Pick.'), menuLinks: ['0', '2', '9'], 'menuLinks:input': ['operator', '', 'nine'], menuLinks_input: ['operator', '', 'nine'], entryTimeout: '10', interruptible: false },
    ],
  ])('%s', (_, input, expected) => {
    expect(webex(input)).toStrictEqual(expected);
  });

  it('has one port per digit, then timeout, invalid and error; all but error are required', () => {
    const o = menu.options.parse({ tts: [lit('x')], choices: { 3: 'c', 1: 'a' } });
    expect(menu.ports(o)).toStrictEqual(['1', '3', 'timeout', 'invalid', 'error']);
    expect(menu.requiredPorts(o)).toStrictEqual(['1', '3', 'timeout', 'invalid']);
    expect(menu.webexPort('3', o)).toBe('3');
    expect(menu.outputs).toStrictEqual(['OptionEntered']);
    expect(menu.webex).toStrictEqual({ activityName: 'ivr-menu', activityId: '5f1145ceef5cfc454fbbf134', group: 'enum-gateway', description: true });
  });

  it('accepts all twelve keys, # and * after error on the widget as Flow Designer draws them', () => {
    const choices = Object.fromEntries([...Array.from({ length: 10 }, (_, i) => String(i)), '*', '#'].map((k) => [k, `k${k}`]));
    const o = menu.options.parse({ tts: [lit('x')], choices });
    expect(menu.ports(o)).toStrictEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'timeout', 'invalid', 'error', '#', '*']);
    expect(menu.requiredPorts(o)).toStrictEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '#', '*', 'timeout', 'invalid']);
    expect(menu.designerRequiredPorts!(o)).toStrictEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '#', '*']);
    expect(webex({ tts: [lit('x')], choices })['menuLinks']).toStrictEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '#', '*']);
  });

  it("reads the 11-choice menu of Cisco's Menu Auto-Attendant template (1-9, # and *) as a typed menu", () => {
    // menuLinks and descriptions as in hnavilur/webex-contact-center-flows menu_autoattendant_template/Menu_AutoAttendant_Template.json @ fdda553
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '#', '*'];
    const labels = ['Transfer1', 'Transfer2', 'IVRTransfer', 'Message1', 'Message2', 'Message3', 'Language', 'Transfer3', 'AgentQueue', 'Repeat', 'Hang Up'];
    const raw = { ...ttsPrompt('Please listen carefully.'), interruptible: true, menuLinks: keys, menuLinks_input: labels, 'menuLinks:input': labels, entryTimeout: 3 };
    const parsed = menu.options.safeParse(menu.fromWebex!(raw));
    expect(parsed.success).toBe(true);
    expect(menu.toWebex(parsed.data!)['menuLinks']).toStrictEqual(keys);
    expect(menu.ports(parsed.data!).slice(-2)).toStrictEqual(['#', '*']);
  });

  it('keeps a menu raw whose exported list names a key twice (FG301 then reports it)', () => {
    expect(menu.fromWebex!({ ...ttsPrompt('x'), menuLinks: ['1', '1'], 'menuLinks:input': ['a', 'b'], entryTimeout: 3, interruptible: true })).toBeUndefined();
  });

  it.each([
    ['no choices', { tts: [lit('x')], choices: {} }, { code: 'custom', path: ['choices'] }],
    ['a DTMF letter', { tts: [lit('x')], choices: { 1: 'a', A: 'b' } }, { code: 'unrecognized_keys', path: ['choices'] }],
    ['digit 10', { tts: [lit('x')], choices: { 1: 'a', 10: 'b' } }, { code: 'unrecognized_keys', path: ['choices'] }],
    ['a letter as digit', { tts: [lit('x')], choices: { a: 'b' } }, { code: 'unrecognized_keys', path: ['choices'] }],
    ['neither TTS nor audio', { choices: { 1: 'a' } }, { code: 'custom', path: ['tts'] }],
    ['both TTS and audio', { tts: [lit('x')], audio: ['m.wav'], choices: { 1: 'a' } }, { code: 'custom', path: ['tts'] }],
    ['an empty TTS prompt', { tts: [lit('')], choices: { 1: 'a' } }, { code: 'custom', path: ['tts', 0] }],
    ['an entry timeout of 0 s', { tts: [lit('x')], choices: { 1: 'a' }, entryTimeoutSeconds: 0 }, { code: 'too_small', path: ['entryTimeoutSeconds'] }],
    ['an entry timeout of 61 s', { tts: [lit('x')], choices: { 1: 'a' }, entryTimeoutSeconds: 61 }, { code: 'too_big', path: ['entryTimeoutSeconds'] }],
    ['a fractional entry timeout', { tts: [lit('x')], choices: { 1: 'a' }, entryTimeoutSeconds: 2.5 }, { code: 'invalid_type', path: ['entryTimeoutSeconds'] }],
    ['an unknown option', { tts: [lit('x')], choices: { 1: 'a' }, digits: ['1'] }, { code: 'unrecognized_keys', path: [] }],
  ])('rejects %s', (_, input, issue) => {
    expect(issues(input)).toContainEqual(issue);
  });

  it('accepts what the builder passes (number and string digit keys)', () => {
    const flow = defineFlow({ name: 'Agree', params: z.object({}) }, (f) => {
      const lang = f.variable('lang', 'string');
      const bye = f.disconnect('Bye');
      const a = f.menu('A', { say: text`Press 1 for ${lang}.`, choices: { 1: 'a', '2': 'b' }, entryTimeoutSeconds: 5, interruptible: false });
      const b = f.menu('B', { audio: ['menu.wav'], choices: { 0: 'operator' } });
      f.start.then(a).routes({ 1: b, 2: bye, timeout: bye, invalid: bye });
      b.routes({ 0: bye, timeout: bye, invalid: bye });
    });
    for (const a of buildFlow(flow, {}).ir.activities.filter((x) => x.kind === 'menu')) expect(menu.options.safeParse(a.options).success, a.name).toBe(true);
  });

  it.skipIf(!zd24Properties('ConfirmationMenu'))('gives the values of ZD24 ConfirmationMenu on every shared key (toggleLanguage: see play-message)', () => {
    const input = { tts: [lit(prompt)], voice: 'en-US-Standard-C', choices: { 1: 'agent', 2: 'disconnect' }, entryTimeoutSeconds: 10 };
    const [ours, theirs] = onSharedKeys(webex(input), zd24Properties('ConfirmationMenu')!);
    expect({ ...ours, toggleLanguage: 'skipped' }).toStrictEqual({ ...theirs, toggleLanguage: 'skipped' });
  });
});

describe('a menu with # and * through import and build', () => {
  it('imports as a typed menu and builds back with the same keys and links', async () => {
    // GIVEN a flow with Cisco's auto-attendant key set, compiled, its menu properties replaced by
    // the template's (nulls for voice settings, a number entryTimeout: the 2024 export's shape)
    const flow = defineFlow({ name: 'Keys', params: z.object({}) }, (f) => {
      const bye = f.disconnect('Bye');
      const main = f.menu('MainMenu', { say: 'x', choices: { 1: 'a', 9: 'b', '#': 'Repeat', '*': 'Hang Up' } });
      f.start.then(main).routes({ 1: bye, 9: bye, '#': main, '*': bye, timeout: main, invalid: main });
    });
    const compiled = await compileFlow(flow);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toStrictEqual([]);
    const document = structuredClone(compiled.document!) as any;
    const main = Object.values<any>(document.process.activities).find((a) => a.name === 'MainMenu');
    const labels = ['a', 'b', 'Repeat', 'Hang Up'];
    Object.assign(main.properties, { ...ttsPrompt('Press # to repeat.'), menuLinks: ['1', '9', '#', '*'], menuLinks_input: labels, 'menuLinks:input': labels, entryTimeout: 3, interruptible: true });
    // WHEN it is imported and built again
    const { ir, diagnostics } = importWebexFlow(document, 'keys.json');
    expect(diagnostics.filter((d) => d.code === 'FG030')).toStrictEqual([]);
    const menuIr = ir!.activities.find((a) => a.name === 'MainMenu')!;
    expect(menuIr.kind).toBe('menu');
    expect(Object.keys(menuIr.links).sort()).toStrictEqual(['#', '*', '1', '9', 'invalid', 'timeout']);
    const rebuilt = (await compileIr(ir!)).document as any;
    // THEN the keys, the links and the properties are those of the export
    const again = Object.values<any>(rebuilt.process.activities).find((a) => a.name === 'MainMenu');
    expect(again.properties).toStrictEqual(main.properties);
    const conditions = (doc: any) => doc.process.links.filter((l: any) => l.sourceActivityId === Object.values<any>(doc.process.activities).find((a) => a.name === 'MainMenu').id).map((l: any) => l.conditionExpr).sort();
    expect(conditions(rebuilt)).toStrictEqual(conditions(document));
  });
});
