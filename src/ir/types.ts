/**
 * The flow model as plain, JSON-serialisable data (house style §5.6): what the DSL builds, what
 * YAML and `import` will build, and what every later phase (validate, layout, emit, diff) reads.
 * No classes, no functions, no Webex wire names.
 */
import type { SourceLocation } from '../diagnostics/diagnostic.js';

/** Flow variable types, in Flow Designer's vocabulary (Webex writes them upper-case). */
export type VariableType = 'string' | 'integer' | 'decimal' | 'boolean' | 'datetime' | 'json';

/**
 * The variable types as a list, for schemas and readers: the one list, which tsc holds equal to
 * `VariableType` (the type is spelled out so that editors and generated docs show its name).
 */
export const VARIABLE_TYPES = ['string', 'integer', 'decimal', 'boolean', 'datetime', 'json'] as const satisfies readonly VariableType[];
const everyVariableTypeListed: Exclude<VariableType, (typeof VARIABLE_TYPES)[number]> extends never ? true : false = true;
void everyVariableTypeListed;

/**
 * One piece of a runtime template. `text` is author-written text (it may hold hand-written Pebble);
 * `value` is a build-time value inserted as-is and checked never to carry runtime syntax; `ref` is a
 * runtime reference to a variable (`ticketID`), an activity output (`LookupUser.httpStatusCode`) or
 * an event output (`NewPhoneContact.ANI`), optionally piped through Pebble filters; `raw` is a Pebble
 * expression produced by a library helper (such as the current time).
 */
export type TemplatePart =
  | { text: string }
  | { value: string }
  | { ref: string; filters?: string }
  | { raw: string };

/** A runtime template: text with `{{ }}` holes once emitted. */
export interface Template {
  parts: TemplatePart[];
  /** Made with `expr`: one Pebble expression, emitted inside a single `{{ … }}` wherever it is used. */
  expression?: true;
}

export interface VariableIR {
  name: string;
  type: VariableType;
  description: string;
  /** Webex stores every initial value as a string (or null). */
  initialValue: string | null;
  /** Shown on the agent desktop with this label (Webex `isCAD` + `desktopLabel`). */
  desktopLabel: string | null;
  agentEditable: boolean;
  reportable: boolean;
  secure: boolean;
  at?: SourceLocation;
  /** The variable as exported (extra keys such as `source`, `id`, `isExternalized` kept). */
  webex?: Record<string, unknown>;
}

/**
 * An imported activity exactly as it was exported, so that a flow builds back in the shape it came
 * in (legacy or new keys, regional activity ids, widget ports of its era). While the activity's
 * options still equal `importedOptions`, the export is written back verbatim; once they change,
 * the kind's own output is laid over this shape.
 */
export interface WebexShape {
  group: string;
  properties: Record<string, unknown>;
  /** Widget port names in their exported order, `in` included. */
  ports: string[];
  importedOptions: unknown;
}

export interface ActivityIR {
  /** The label on the canvas: the activity's identity, unique in the flow. */
  name: string;
  /** The activity kind, e.g. `play-message`; see `src/activities/index.ts`. */
  kind: string;
  description: string;
  /** Kind-specific options, checked by the kind's zod schema. */
  options: Record<string, unknown>;
  /** Output port name → target activity name. */
  links: Record<string, string>;
  at?: SourceLocation;
  /** Where each link was made, for diagnostics about a link. */
  linkSites?: Record<string, SourceLocation>;
  /** Top-left corner on the canvas; when absent, the layout places the activity. */
  position?: { x: number; y: number };
  webex?: WebexShape;
}

/**
 * A Control Hub connector the flow calls through. Only its id and name go into the flow; the rest
 * is what an admin must set up, written to `<Flow>.connectors.json`. Never a credential.
 */
export interface ConnectorIR {
  id: string;
  name: string;
  /** Control Hub connector type, e.g. "Custom Connector". */
  type: string;
  /** "Basic Authentication" or "OAuth 2.0". */
  authentication: string;
  /** Resource Domain URL, https only. */
  baseUrl: string;
  /** What the admin must do before the flow works. */
  setup: string[];
  at?: SourceLocation;
}

/**
 * One accepted finding of a flow's baseline (`flowgen import` records what the export it read
 * already had): the finding's code and its data (which activity, variable, port), or its message
 * when the rule reports no data. It suppresses exactly one finding; see src/validate/baseline.ts.
 */
export interface Suppression {
  code: `FG${string}`;
  /** The finding's data as the rule reports it: what identifies the finding. */
  data?: Readonly<Record<string, string | number>>;
  /** The finding's message when it was recorded: for the reviewer, and the key when there is no data. */
  message: string;
}

export interface FlowIR {
  name: string;
  description: string;
  variables: VariableIR[];
  connectors: ConnectorIR[];
  /** Every activity: the start, event handlers and everything wired after them. */
  activities: ActivityIR[];
  /** The file the definition came from, for diagnostics. */
  file?: string;
  at?: SourceLocation;
  /** The Webex region whose catalogue activity ids new activities get (`us-eu` when absent). */
  region?: string;
  /**
   * The exported document's envelope (every top-level key but the graph and variables, in its
   * order) and viewport properties, for a flow that builds back in the shape it came in.
   */
  webex?: { envelope: Record<string, unknown>; diagramProperties: unknown; eventFlowsProperties: unknown; eventDiagramProperties: unknown; hasEventFlows: boolean };
  /** Findings accepted for now (the flow's baseline), each suppressing one finding. */
  baseline?: readonly Suppression[];
}
