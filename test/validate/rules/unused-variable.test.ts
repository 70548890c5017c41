/** FG206 unused-variable: a declared variable is read, written or shown somewhere. */
import { describe, expect, it } from 'vitest';
import { activity, handFlow, literal, validateIr, variable, withCode } from '../../harness/rules.js';

const say = (text: string) => activity('Say', 'play-message', { tts: [literal(text)] }, { default: 'Bye' });

describe('unused-variable (FG206)', () => {
  it('reports a variable nothing uses, suggesting the near miss the flow reads', () => {
    const ir = handFlow({ first: 'Say', variables: [variable('ticketID', 'string', 'null')], activities: [say('Ticket {{ticketId }}.'), activity('Bye', 'disconnect-contact')] });
    const found = withCode(validateIr(ir), 'FG206');
    expect(found.map((d) => [d.data, d.hint])).toStrictEqual([[{ variable: 'ticketID' }, 'Did you mean "ticketId"?']]);
  });

  it('passes a variable read in hand-written Pebble, and one shown on the agent desktop', () => {
    const shown = { ...variable('label'), desktopLabel: 'Label' };
    const ir = handFlow({ first: 'Say', variables: [variable('ticketID', 'string', 'null'), shown], activities: [say('Ticket {{ ticketID }}.'), activity('Bye', 'disconnect-contact')] });
    expect(withCode(validateIr(ir), 'FG206')).toStrictEqual([]);
  });
});
