/**
 * The data side of a simulated call: a flow's variables (typed as declared, docs/webex-activities-
 * and-api.md §2.2), activity and event outputs (`<name>.<output>`), and the conversions Webex
 * applies when a value is written into a variable of a type.
 */
import type { SimulatedValue } from '../activities/shared/simulation.js';
import type { ActivityIR, FlowIR, VariableType } from '../ir/types.js';
import { isRecord, stringify, type PebbleValue } from './pebble/values.js';

/** Why a value does not fit a variable (the activity then fails). */
export class ConversionError extends Error {}

/** A value written into a variable of `type`: strings hold text, numbers must be numbers, JSON parses. */
export function convertValue(value: SimulatedValue, type: VariableType, variable: string): SimulatedValue {
  if (value === null) return null;
  switch (type) {
    case 'string':
    case 'datetime':
      return typeof value === 'string' ? value : stringify(value);
    case 'integer':
    case 'decimal': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(n) || (type === 'integer' && !Number.isInteger(n))) throw new ConversionError(`${JSON.stringify(stringify(value))} is not ${type === 'integer' ? 'an integer' : 'a number'} for "${variable}"`);
      return n;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const text = stringify(value).trim().toLowerCase();
      if (text === 'true' || text === 'false') return text === 'true';
      throw new ConversionError(`${JSON.stringify(stringify(value))} is not true or false for "${variable}"`);
    }
    case 'json': {
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value) as SimulatedValue;
      } catch {
        throw new ConversionError(`${JSON.stringify(value.slice(0, 40))} is not JSON for "${variable}"`);
      }
    }
  }
}

/** A variable's initial value: Webex stores every initial value as a string (or null). */
function initialValue(type: VariableType, text: string | null, name: string): SimulatedValue {
  if (text === null) return null;
  try {
    return convertValue(text, type, name);
  } catch {
    return text;
  }
}

/** One running flow (the main flow with its event flows, or a subflow): its activities and data. */
export class FlowScope {
  readonly byName = new Map<string, ActivityIR>();
  readonly variables = new Map<string, SimulatedValue>();
  readonly types = new Map<string, VariableType>();
  /** Namespace (activity or event name) → its outputs. */
  readonly outputs = new Map<string, Record<string, SimulatedValue>>();

  constructor(
    readonly flow: FlowIR,
    /** Prefix of activity names in the path (`Subflow/`), empty for the flow under test. */
    readonly prefix: string,
  ) {
    for (const activity of flow.activities) this.byName.set(activity.name, activity);
    for (const variable of flow.variables) {
      this.types.set(variable.name, variable.type);
      this.variables.set(variable.name, initialValue(variable.type, variable.initialValue, variable.name));
    }
  }

  /** A root name for Pebble: a variable first, else an activity's or event's outputs. */
  lookup(name: string): PebbleValue | undefined {
    if (this.variables.has(name)) return this.variables.get(name) as PebbleValue;
    return this.outputs.get(name) as PebbleValue | undefined;
  }

  /** A dotted reference (`LookupUser.httpStatusCode`, `treatment.bUnit`). */
  read(reference: string): SimulatedValue {
    const [root, ...members] = reference.split('.');
    let value = this.lookup(root!) ?? null;
    for (const member of members) value = isRecord(value) && Object.hasOwn(value, member) ? value[member]! : Array.isArray(value) ? (value[Number(member)] ?? null) : null;
    return value as SimulatedValue;
  }

  write(variable: string, value: SimulatedValue): void {
    const type = this.types.get(variable);
    if (type === undefined) throw new ConversionError(`"${variable}" is not a variable of flow "${this.flow.name}"`);
    this.variables.set(variable, convertValue(value, type, variable));
  }

  setOutput(namespace: string, name: string, value: SimulatedValue): void {
    let record = this.outputs.get(namespace);
    if (!record) this.outputs.set(namespace, (record = Object.create(null) as Record<string, SimulatedValue>));
    record[name] = value;
  }

  /** Variables as plain data, in declaration order. */
  snapshot(): Record<string, SimulatedValue> {
    const out: Record<string, SimulatedValue> = {};
    for (const [name, value] of this.variables) out[name] = value;
    return out;
  }
}
