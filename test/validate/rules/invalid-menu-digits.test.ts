/** FG301 invalid-menu-digits: 1-10 options, digits 0-9, each once (also for raw and imported menus). */
import { describe, expect, it } from 'vitest';
import { activity, handFlow, validateIr, withCode } from '../../harness/rules.js';

const menu = (menuLinks: unknown) =>
  handFlow({
    first: 'Menu',
    activities: [activity('Menu', 'raw', { activityName: 'ivr-menu', activityId: 'x', group: 'enum-gateway', properties: { activityName: 'ivr-menu', menuLinks }, ports: ['in', 'timeout'] }, { timeout: 'Bye' }), activity('Bye', 'disconnect-contact')],
  });
const problems = (menuLinks: unknown) => withCode(validateIr(menu(menuLinks)), 'FG301').map((d) => d.data);

describe('invalid-menu-digits (FG301)', () => {
  it('reports a digit twice, a non-digit and an eleventh option', () => {
    expect(problems(['1', '1', '*'])).toStrictEqual([
      { activity: 'Menu', problem: 'not-a-digit', digit: '*' },
      { activity: 'Menu', problem: 'duplicate', digit: '1' },
    ]);
    expect(problems(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '0']).map((d) => d?.['problem'])).toStrictEqual(['too-many', 'duplicate']);
    expect(problems([]).map((d) => d?.['problem'])).toStrictEqual(['empty']);
  });

  it('passes distinct digits 0-9', () => {
    expect(problems(['1', '2', '0'])).toStrictEqual([]);
  });
});
