/**
 * The IR's defaults in one place, for every front end that builds IR (the TypeScript DSL, YAML
 * flows): a variable's initial value and flags, a connector's type and authentication, an event
 * node. Each takes what the author wrote, with `undefined` meaning "not given".
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js';
import type { ActivityIR, ConnectorIR, VariableIR, VariableType } from './types.js';
import { defaultInitialValue } from './variable-defaults.js';

export interface VariableFields {
  description?: string;
  /** Undefined takes the type's default (`defaultInitialValue`); null is "no value". */
  initialValue?: string | null;
  desktopLabel?: string | null;
  agentEditable?: boolean;
  reportable?: boolean;
  secure?: boolean;
  at?: SourceLocation;
}

export function variableIR(name: string, type: VariableType, fields: VariableFields = {}): VariableIR {
  return {
    name,
    type,
    description: fields.description ?? '',
    initialValue: fields.initialValue === undefined ? defaultInitialValue(type) : fields.initialValue,
    desktopLabel: fields.desktopLabel ?? null,
    agentEditable: fields.agentEditable ?? false,
    reportable: fields.reportable ?? false,
    secure: fields.secure ?? false,
    ...(fields.at ? { at: fields.at } : {}),
  };
}

export interface ConnectorFields {
  id: string;
  name: string;
  /** @default "Custom Connector" */
  type?: string;
  /** @default "Basic Authentication" */
  authentication?: string;
  baseUrl: string;
  setup?: readonly string[];
  at?: SourceLocation;
}

export function connectorIR(fields: ConnectorFields): ConnectorIR {
  return {
    id: fields.id,
    name: fields.name,
    type: fields.type ?? 'Custom Connector',
    authentication: fields.authentication ?? 'Basic Authentication',
    baseUrl: fields.baseUrl,
    setup: [...(fields.setup ?? [])],
    ...(fields.at ? { at: fields.at } : {}),
  };
}

/** An event node (`kind: 'event'`) named `name`, handling `event`, linked to nothing. */
export function eventNodeIR(name: string, event: string): ActivityIR {
  return { name, kind: 'event', description: '', options: { event }, links: {} };
}
