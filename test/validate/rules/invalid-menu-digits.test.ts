/** FG301 invalid-menu-digits: 1-12 options, keys 0-9, # and *, each once (also for raw and imported menus). */
import { describe, expect, it } from 'vitest';
import { activity, handFlow, validateIr, withCode } from '../../harness/rules.js';

const menu = (menuLinks: unknown) =>
  handFlow({
    first: 'Menu',
    activities: [activity('Menu', 'raw', { activityName: 'ivr-menu', activityId: 'x', group: 'enum-gateway', properties: { activityName: 'ivr-menu', menuLinks }, ports: ['in', 'timeout'] }, { timeout: 'Bye' }), activity('Bye', 'disconnect-contact')],
  });
const problems = (menuLinks: unknown) => withCode(validateIr(menu(menuLinks)), 'FG301').map((d) => d.data);

describe('invalid-menu-digits (FG301)', () => {
  it('reports a key twice, a key outside the keypad, and no options', () => {
    expect(problems(['1', '1', 'A'])).toStrictEqual([
      { activity: 'Menu', problem: 'not-a-digit', digit: 'A' },
      { activity: 'Menu', problem: 'duplicate', digit: '1' },
    ]);
    expect(problems(['#', '10', '#'])).toStrictEqual([
      { activity: 'Menu', problem: 'not-a-digit', digit: '10' },
      { activity: 'Menu', problem: 'duplicate', digit: '#' },
    ]);
    expect(problems([]).map((d) => d?.['problem'])).toStrictEqual(['empty']);
    expect(problems('1').map((d) => d?.['problem'])).toStrictEqual(['missing']);
  });

  it("passes the 11 keys of Cisco's Menu Auto-Attendant template (1-9, # and *) and all 12 keys", () => {
    expect(problems(['1', '2', '3', '4', '5', '6', '7', '8', '9', '#', '*'])).toStrictEqual([]);
    expect(problems(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '#', '*'])).toStrictEqual([]);
    expect(problems(['1', '2', '0'])).toStrictEqual([]);
  });
});
