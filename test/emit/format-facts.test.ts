/**
 * The format facts that have one home each: shadow keys (activities/shared/shadow-keys.ts), the
 * in port (activities/shared/in-port.ts), variable types (ir/types.ts) and runtime syntax
 * (ir/template.ts). Each is asserted here on the cases its former copies disagreed about or relied on.
 */
import { describe, expect, it } from 'vitest';
import { activityDefinition } from '../../src/activities/index.js';
import { hasInPort } from '../../src/activities/shared/in-port.js';
import { colonTwin, isShadowKey, isUnderscoreShadow } from '../../src/activities/shared/shadow-keys.js';
import { RUNTIME_SYNTAX, runtimeSyntaxIn } from '../../src/ir/template.js';
import { VARIABLE_TYPES } from '../../src/ir/types.js';

describe('shadow keys', () => {
  it.each([
    ['voiceLanguage:name', true, false],
    ['voiceLanguage_name', true, true],
    ['voiceLanguage:name:name', true, false],
    ['voiceLanguage_name:name', true, true],
    ['transfertodn_radioName', true, true],
    ['promptsTts_input', true, true],
    ['connectorId_type', true, true],
    ['queue_2_name', true, false],
    ['httpRequestPath', false, false],
    ['name', false, false],
  ])('%s: shadow %s, underscore copy of a plain field %s', (key, shadow, underscore) => {
    expect(isShadowKey(key)).toBe(shadow);
    expect(isUnderscoreShadow(key)).toBe(underscore);
  });

  it('names the colon twin an underscore copy repeats, the longest suffix first', () => {
    expect(colonTwin('voiceLanguage_name:name')).toBe('voiceLanguage:name:name');
    expect(colonTwin('channelName_type')).toBe('channelName:type');
    expect(colonTwin('voiceLanguage:name')).toBeUndefined();
  });
});

describe('in port', () => {
  it('follows the kind, and for a raw activity its exported widget ports', () => {
    expect(hasInPort('play-message', activityDefinition('play-message'), {})).toBe(true);
    expect(hasInPort('start', activityDefinition('start'), {})).toBe(false);
    expect(hasInPort('subflow-start', activityDefinition('subflow-start'), {})).toBe(false);
    expect(hasInPort('raw', activityDefinition('raw'), { ports: ['in', 'out'] })).toBe(true);
    expect(hasInPort('raw', activityDefinition('raw'), { ports: ['out'] })).toBe(false);
    expect(hasInPort('raw', activityDefinition('raw'), undefined)).toBe(true);
  });
});

describe('variable types and runtime syntax', () => {
  it('the set-variable, subflow and YAML schemas take exactly the variable types', () => {
    expect(VARIABLE_TYPES).toEqual(['string', 'integer', 'decimal', 'boolean', 'datetime', 'json']);
    const setVariable = activityDefinition('set-variable')!.options;
    for (const type of VARIABLE_TYPES) expect(JSON.stringify(setVariable.safeParse({ variable: 'x', variableType: type }).error?.issues ?? []).includes('variableType')).toBe(false);
    expect(JSON.stringify(setVariable.safeParse({ variable: 'x', variableType: 'money' }).error?.issues ?? [])).toContain('variableType');
  });

  it('finds every {{ }} and {% %} piece, and nothing else', () => {
    expect(RUNTIME_SYNTAX.test('Hello {{name}}')).toBe(true);
    expect(RUNTIME_SYNTAX.test('{% if x %}')).toBe(true);
    expect(RUNTIME_SYNTAX.test('{ "a": "b" } 50%')).toBe(false);
    expect([...runtimeSyntaxIn('a {{b}} {%c%}')].map((m) => [m[0], m.index])).toEqual([['{{', 2], ['}}', 5], ['{%', 8], ['%}', 11]]);
  });
});
