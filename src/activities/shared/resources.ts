/**
 * The org resources an activity names (house style §3: the per-kind knowledge of which options
 * point at a queue, an audio file, a connector … lives in the kind's module, as its `resources`
 * member). `plan` and `deploy` ask every activity for its references, look them up in the org
 * (src/deploy/resolve.ts) and write the ids found back through `withId`; `build` (offline) refuses
 * a reference that has a name but no id (FG800). Resources Webex stores by name (audio files: the
 * prompt is the file name) have no `withId`: looking them up only proves they exist.
 */
import { z } from 'zod';
import { resourceSchema } from './schemas.js';

/** The kinds of org resource a flow can name, in Flow Designer's and Control Hub's words. */
export const RESOURCE_KINDS = ['queue', 'entry-point', 'audio-file', 'business-hours', 'connector', 'flow'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** One reference from an activity's options to an org resource. */
export interface ResourceRef<Options = unknown> {
  kind: ResourceKind;
  /** Where in the options the reference sits (for diagnostics: `$.process…options.queue`). */
  path: readonly (string | number)[];
  /** The resource's name as the author gave it; undefined when only an id is given. */
  name: string | undefined;
  /** The id the author gave; undefined when only a name is given. */
  id: string | undefined;
  /** The options with the resolved id written in; absent when Webex stores the name itself. */
  withId?(options: Options, id: string): Options;
}

/**
 * A resource given as `{ id, name }` (what Flow Designer stores) or by name alone, `{ name }`,
 * which `plan`/`deploy` resolve to an id in each org.
 */
export const namedResourceSchema = resourceSchema.extend({ id: z.string().min(1).optional() });
export type NamedResource = z.infer<typeof namedResourceSchema>;

/**
 * A flow parameter naming an org resource (`standardQueue: resourceParam('Queue')`): in a tenant
 * file a bare name (`standardQueue: Acme_Standard`), `{ name }`, or `{ id, name }`. A name alone is
 * looked up in each org by `plan`/`deploy`; an id makes the flow build offline.
 */
export function resourceParam(what: string) {
  const object = z.strictObject({
    id: z.string().min(1).optional().describe(`${what} id in Control Hub`),
    name: z.string().min(1).describe(`${what} name as Control Hub shows it`),
  });
  return z.union([object, z.string().min(1).transform((name): NamedResource => ({ name }))]);
}

/** The reference of a `{ id?, name }` option at `key` (one level deep), with its id setter. */
export function namedRef<Options extends Record<string, unknown>>(kind: ResourceKind, options: Options, key: keyof Options & string): ResourceRef<Options>[] {
  const value = options[key] as NamedResource | undefined;
  if (value === undefined) return [];
  return [{ kind, path: [key], name: value.name, id: value.id, withId: (o, id) => ({ ...o, [key]: { ...(o[key] as NamedResource), id } }) }];
}

/** The reference of an option that holds an id only (a string). */
export function idRef<Options>(kind: ResourceKind, id: string | undefined, path: readonly (string | number)[]): ResourceRef<Options>[] {
  return id === undefined ? [] : [{ kind, path, name: undefined, id }];
}

/** Audio files named in prompt items (plain file names; templates yield a name at run time). */
export function audioFileRefs<Options>(items: readonly unknown[] | undefined, key: string): ResourceRef<Options>[] {
  return (items ?? []).flatMap((item, index) => (typeof item === 'string' ? [{ kind: 'audio-file' as const, path: [key, index], name: item, id: undefined }] : []));
}
