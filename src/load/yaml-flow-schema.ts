/**
 * The shape of a YAML flow definition (`flows/*.flow.yaml`) as zod schemas: the top level (name,
 * description, params, variables, connectors, start, events, activities) and each activity entry
 * (kind, description, options, links, position). Activity `options` are checked afterwards by the
 * kind's own schema (`src/activities/*`), the same one the TypeScript DSL is re-checked with, so the
 * two inputs cannot drift. `schemas/flow-yaml.schema.json` is generated from these schemas and the
 * kinds' schemas (src/api/yaml-schemas.ts); nothing here is written twice by hand.
 *
 * Parameters are declared with a type, a default and a description; `paramsSchemaOf` turns the
 * declarations into the zod object a tenant file is validated against, as a TypeScript flow's
 * exported `params` is.
 */
import { z } from 'zod';
import { VARIABLE_TYPES } from '../ir/types.js';
import { eventNames, type EventName } from '../activities/event.js';
import { resourceSchema } from '../activities/shared/schemas.js';
import { REGIONS } from '../activities/shared/regions.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Parameter types a YAML flow can declare; `resource` is an `{ id, name }` pair (a queue, a connector). */
export const PARAM_TYPES = ['string', 'integer', 'number', 'boolean', 'resource'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export const paramDeclarationSchema = z
  .strictObject({
    type: z.enum(PARAM_TYPES).describe('string, integer, number, boolean, or resource ({ id, name })'),
    default: z.unknown().optional().describe('The value a tenant gets when its file leaves the parameter out; without it, every tenant must give one'),
    description: z.string().optional().describe('What the parameter means, shown to whoever writes a tenant file'),
  })
  .describe('A build-time parameter; use it as ${params.<name>} anywhere in the flow');
export type ParamDeclaration = z.infer<typeof paramDeclarationSchema>;

export const variableDeclarationSchema = z
  .strictObject({
    type: z.enum(VARIABLE_TYPES),
    initial: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional().describe('Initial value; default "" for strings, 0, false, "{}"'),
    description: z.string().optional(),
    desktopLabel: z.string().optional().describe('Show the variable on the agent desktop under this label'),
    agentEditable: z.boolean().optional(),
    reportable: z.boolean().optional(),
    secure: z.boolean().optional(),
  })
  .describe('A flow variable, referenced at run time as {{name}}');
export type VariableDeclaration = z.infer<typeof variableDeclarationSchema>;

export const connectorDeclarationSchema = z
  .strictObject({
    id: z.string().describe("The connector's id in Control Hub"),
    name: z.string().describe('Its display name in Control Hub'),
    type: z.string().optional().describe('Control Hub connector type; default "Custom Connector"'),
    authentication: z.enum(['Basic Authentication', 'OAuth 2.0']).optional().describe('Default "Basic Authentication"; the credentials live in Control Hub, never in the flow'),
    baseUrl: z.string().describe('Resource Domain URL (https)'),
    setup: z.array(z.string()).optional().describe('What an admin must set up (listed in <Flow>.connectors.json)'),
  })
  .describe('A Control Hub connector the flow calls through');

const position = z.strictObject({ x: z.number(), y: z.number() }).describe('Top-left corner on the canvas; without it, flowgen lays the flow out');

/** Every field of an activity entry but `kind` and `options`, shared by the loader and the JSON Schema. */
export const activityEntryShape = {
  description: z.string().optional().describe("Shown in Flow Designer's activity settings"),
  links: z.record(z.string(), z.string()).optional().describe('Output port → the name of the next activity'),
  position: position.optional(),
};

export const activityEntrySchema = z.strictObject({
  kind: z.string().describe('The activity kind, e.g. play-message, menu, http-request'),
  options: z.record(z.string(), z.unknown()).optional(),
  ...activityEntryShape,
});
export type ActivityEntry = z.infer<typeof activityEntrySchema>;

const eventTarget = z.string().describe('The first activity of the event flow');

/** The top-level keys of a YAML flow, with `activities` left open for the per-kind check. */
export function yamlFlowShape<A extends z.ZodType>(activity: A) {
  return {
    name: z.string().describe('Flow name: letters, digits and "_", at most 80 characters'),
    description: z.string().optional(),
    params: z.record(z.string().regex(IDENTIFIER), paramDeclarationSchema).optional(),
    variables: z.record(z.string(), variableDeclarationSchema).optional(),
    connectors: z.array(connectorDeclarationSchema).optional(),
    start: z.string().optional().describe('The first activity after NewPhoneContact'),
    startPosition: position.optional(),
    region: z.enum(REGIONS).optional().describe('The Webex region whose catalogue activity ids the flow gets (README "Regions"); default us-eu'),
    events: z
      .partialRecord(z.enum(eventNames as [EventName, ...EventName[]]), eventTarget)
      .optional()
      .describe('Event flows: event name → its first activity'),
    activities: z.record(z.string(), activity).describe('Activity name (its identity and canvas label) → the activity'),
  };
}

export const yamlFlowSchema = z.strictObject(yamlFlowShape(activityEntrySchema));
export type YamlFlow = z.infer<typeof yamlFlowSchema>;

function paramSchema(type: ParamType): z.ZodType {
  switch (type) {
    case 'string':
      return z.string();
    case 'integer':
      return z.number().int();
    case 'number':
      return z.number();
    case 'boolean':
      return z.boolean();
    case 'resource':
      return resourceSchema;
  }
}

/**
 * The zod object of a YAML flow's parameters (defaults and descriptions applied): what a tenant
 * file is validated against, as a TypeScript flow's exported `params`.
 */
export function paramsSchemaOf(params: Readonly<Record<string, ParamDeclaration>> = {}): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, declaration] of Object.entries(params)) {
    let schema = paramSchema(declaration.type);
    if (declaration.description) schema = schema.describe(declaration.description);
    shape[name] = declaration.default === undefined ? schema : (schema as z.ZodString).default(declaration.default as string);
  }
  return z.object(shape);
}
