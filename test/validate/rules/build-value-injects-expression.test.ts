/** FG203 build-value-injects-expression: a build-time value may not smuggle `{{ }}` or `{% %}` into a template. */
import { describe, expect, it } from 'vitest';
import { defineFlow, text, z } from '../../../src/index.js';
import { activity, diagnosticsOf, essentials, handFlow, HAND_FILE, site, validateIr, withCode } from '../../harness/rules.js';

const here = import.meta.url;

describe('build-value-injects-expression (FG203)', () => {
  it('reports a parameter value holding {{ at the activity that inserts it', () => {
    // GIVEN a tenant parameter that contains runtime syntax, inserted with text``
    const flow = defineFlow({ name: 'Inject', params: z.object({ company: z.string().default('Acme {{NewPhoneContact.ANI}}') }) }, (f, p) => {
      const greet = f.playMessage('Greet', { say: text`Welcome to ${p.company}.` }); // @greet
      f.start.then(greet).then(f.disconnect('Bye'));
    });
    // WHEN it is validated / THEN FG203 points at the playMessage call
    expect(essentials(withCode(diagnosticsOf(flow), 'FG203'))).toStrictEqual([
      { code: 'FG203', data: { activity: 'Greet' }, location: site(here, 'greet', 'playMessage') },
    ]);
  });

  it.each(['a }} b', 'a {% if x %} b', 'a %} b', '{{x}}'])('reports the build-time value %j in hand-written IR', (value) => {
    const ir = handFlow({
      first: 'Greet',
      activities: [activity('Greet', 'play-message', { tts: [{ parts: [{ text: 'Hi ' }, { value }] }] }, { default: 'Bye' }), activity('Bye', 'disconnect-contact')],
    });
    expect(essentials(withCode(validateIr(ir), 'FG203'))).toStrictEqual([
      { code: 'FG203', data: { activity: 'Greet' }, location: { file: HAND_FILE, activity: 'Greet' } },
    ]);
  });

  it('passes plain build-time values and author-written Pebble text', () => {
    const flow = defineFlow({ name: 'Plain', params: z.object({ company: z.string().default('Acme {Inc}') }) }, (f, p) => {
      const greet = f.playMessage('Greet', { say: text`Welcome to ${p.company}, caller {{NewPhoneContact.ANI}}.` });
      f.start.then(greet).then(f.disconnect('Bye'));
    });
    expect(diagnosticsOf(flow)).toStrictEqual([]);
  });
});
