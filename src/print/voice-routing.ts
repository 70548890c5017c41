/**
 * How `flowgen import` prints the issue-9 voice/routing kinds: as their typed factories
 * (`f.businessHours`, `f.percentAllocation`, `f.blindTransfer`, `f.bridgedTransfer`, `f.goTo`,
 * `f.scheduledCallback`, `f.setCallerId`, `f.feedback`), so that the imported flow's ports are
 * typed. A factory input is printed only when it builds exactly the imported options again
 * (texts without typed holes, declared variables of the right type); otherwise the caller falls
 * back to the generic `f.activity(kind, …)`, which always does.
 */
import type { ActivityIR, Template, VariableIR } from '../ir/types.js';

/** Declared variables by name: the printed handle and the variable's type. */
export type PrintedVariables = ReadonlyMap<string, { handle: string; type: VariableIR['type'] }>;

type Options = Record<string, unknown>;

/** A template made only of text parts, as the text it renders to (what a `string` input builds). */
function plainText(value: unknown): string | undefined {
  const parts = (value as Template | undefined)?.parts;
  if (!Array.isArray(parts) || !parts.every((p) => typeof p === 'object' && p !== null && 'text' in p && Object.keys(p).length === 1)) return undefined;
  if ((value as Template).expression) return undefined;
  return parts.map((p) => (p as { text: string }).text).join('');
}

const SINGLE_VARIABLE = /^\{\{([A-Za-z_$][\w$]*)\}\}$/;

/** The handle of a declared String variable, given its name or a template `{{name}}`. */
function stringVariable(value: unknown, variables: PrintedVariables): string | undefined {
  const name = typeof value === 'string' ? value : SINGLE_VARIABLE.exec(plainText(value) ?? '')?.[1];
  const declared = name === undefined ? undefined : variables.get(name);
  return declared?.type === 'string' ? declared.handle : undefined;
}

const str = (s: string): string => JSON.stringify(s);
type Entries = [string, string | undefined][];
const object = (entries: Entries): string => `{ ${entries.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`).join(', ')} }`;

/** A `Text` input: the text as a string literal (hand-written `{{ }}` stays text, exactly as exported). */
function textInput(value: unknown): string | undefined {
  const text = plainText(value);
  return text === undefined ? undefined : str(text);
}

function businessHours(o: Options, variables: PrintedVariables): Entries | undefined {
  const schedule = o['schedule'] as { id: string; name: string } | undefined;
  if (schedule) return [['schedule', `{ id: ${str(schedule.id)}, name: ${str(schedule.name)} }`]];
  const handle = stringVariable(o['scheduleVariable'], variables);
  return handle ? [['scheduleVariable', handle]] : undefined;
}

function percentAllocation(o: Options): Entries {
  const paths = o['paths'] as { name: string; percent: number }[];
  return [['paths', `[${paths.map((p) => `{ name: ${str(p.name)}, percent: ${p.percent} }`).join(', ')}]`]];
}

function transferTarget(o: Options, variables: PrintedVariables): string | undefined {
  return o['dialNumberVariable'] !== undefined ? stringVariable(o['dialNumberVariable'], variables) : textInput(o['dialNumber']);
}

function goTo(o: Options, variables: PrintedVariables): Entries | undefined {
  const dynamic = o['dynamic'] === true;
  const targetText = plainText(o['target']);
  if (targetText === undefined) return undefined;
  const target = dynamic ? stringVariable(o['target'], variables) : `{ id: ${str(targetText)}, name: ${str(String(o['targetName']))} }`;
  // A dynamic target's name is its variable's, which the factory writes itself.
  if (!target || (dynamic && SINGLE_VARIABLE.exec(targetText)?.[1] !== o['targetName'])) return undefined;
  if (o['entryPoint'] === true) return [['entryPoint', target]];
  const version = o['version'] as { id: Template; name: string };
  const versionId = plainText(version.id);
  const versionInput =
    (versionId === 'Latest' || versionId === 'Live') && version.name === versionId ? str(versionId) : SINGLE_VARIABLE.exec(versionId ?? '')?.[1] === version.name ? stringVariable(version.id, variables) : undefined;
  if (!versionInput) return undefined;
  const mappings = o['variables'] as { from: string; to: string; type: string }[] | undefined;
  const mapped = mappings?.map((m) => {
    const declared = variables.get(m.from);
    return declared && declared.type.toUpperCase() === m.type ? `{ from: ${declared.handle}, to: ${str(m.to)} }` : undefined;
  });
  if (mapped && !mapped.every(Boolean)) return undefined;
  return [['flow', target], ['version', versionInput === '"Latest"' ? undefined : versionInput], ['variables', mapped ? `[${mapped.join(', ')}]` : undefined]];
}

function scheduledCallback(o: Options, variables: PrintedVariables): Entries | undefined {
  const texts: Entries = ['dialNumber', 'customerName', 'date', 'startTime', 'endTime'].map((k) => [k, textInput(o[k])]);
  const queue = stringVariable(o['queueVariable'], variables);
  const timezone = stringVariable(o['timezoneVariable'], variables);
  return texts.every(([, v]) => v !== undefined) && queue && timezone ? [...texts, ['queue', queue], ['timezone', timezone]] : undefined;
}

function feedback(o: Options): Entries | undefined {
  const optionalText = (key: string): [string, string | undefined] => [key, o[key] === undefined ? undefined : textInput(o[key])];
  const texts = [optionalText('customerId'), optionalText('phoneNumber'), optionalText('email')];
  if (texts.some(([key, v]) => o[key] !== undefined && v === undefined)) return undefined;
  const preFills = Object.entries((o['preFills'] ?? {}) as Record<string, unknown>).map(([k, v]) => [k, textInput(v)] as const);
  if (preFills.some(([, v]) => v === undefined)) return undefined;
  return [
    ['survey', str(String(o['survey']))],
    ['method', str(String(o['method']))],
    ...texts,
    ['language', typeof o['language'] === 'string' ? str(o['language']) : undefined],
    ['timeoutSeconds', String(o['timeoutSeconds'])],
    ['preFills', preFills.length ? `{ ${preFills.map(([k, v]) => `${str(k)}: ${v}`).join(', ')} }` : undefined],
  ];
}

/** `f.<factory>(name, input)` for the voice/routing kinds, or undefined to print `f.activity`. */
export function voiceRoutingFactory(a: ActivityIR, variables: PrintedVariables, common: Entries): string | undefined {
  const o = a.options;
  const call = (factory: string, entries: Entries | undefined): string | undefined =>
    entries === undefined ? undefined : `f.${factory}(${str(a.name)}, ${object([...entries, ...common])})`;
  const to = a.kind.endsWith('-transfer') ? transferTarget(o, variables) : undefined;
  switch (a.kind) {
    case 'business-hours':
      return call('businessHours', businessHours(o, variables));
    case 'percent-allocation':
      return call('percentAllocation', percentAllocation(o));
    case 'blind-transfer':
      return call('blindTransfer', to === undefined ? undefined : [['to', to]]);
    case 'bridged-transfer':
      return call('bridgedTransfer', to === undefined ? undefined : [['to', to], ['timeoutSeconds', String(o['timeoutSeconds'])]]);
    case 'hand-off':
      return call('goTo', goTo(o, variables));
    case 'scheduled-callback':
      return call('scheduledCallback', scheduledCallback(o, variables));
    case 'set-caller-id':
      return call('setCallerId', [['callerId', str(String(o['callerId']))]]);
    case 'feedback':
      return call('feedback', feedback(o));
    default:
      return undefined;
  }
}
