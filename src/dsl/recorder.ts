/**
 * What a build records while the author's build function runs: activities (with where each was
 * written), their links, and the mistakes found on the way as diagnostics. Handles are the
 * author's view of a recorded activity: `on`, `routes`, and `then` for kinds with a main port.
 */
import { makeDiagnostic } from '../diagnostics/report.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import type { ActivityIR } from '../ir/types.js';
import { didYouMean } from '../util/did-you-mean.js';
import { inbound, type Described, type GenericHandle, type Target } from '../activities/shared/factory.js';
import { callSite } from './call-site.js';

/** A handle as built at run time; its static type is the kind's handle type. */
export type HandleObject = GenericHandle & Record<string | symbol, unknown>;

export interface Recorder {
  readonly diagnostics: Diagnostic[];
  readonly activities: ActivityIR[];
  readonly file: string | undefined;
  /** Records an activity at the author's call site. */
  addActivity(name: string, kind: string, common: Described, options: Record<string, unknown>): ActivityIR;
  /** FG016 for each key of `input` not in `known`. */
  checkOptions(factory: string, subject: string, input: unknown, known: ReadonlySet<string>): void;
  /** A handle with `on` and `routes`. */
  handle(activity: ActivityIR): HandleObject;
  /** A handle whose `then` wires `mainPort` (computed when `then` is first called, when a function). */
  chain(activity: ActivityIR, mainPort: string | (() => string)): HandleObject;
}

export function createRecorder(file: string | undefined): Recorder {
  const diagnostics: Diagnostic[] = [];
  const activities: ActivityIR[] = [];
  const recorder: Recorder = {
    diagnostics,
    activities,
    file,
    addActivity(name, kind, common, options) {
      const at = callSite();
      const activity: ActivityIR = {
        name,
        kind,
        description: common.description ?? '',
        options,
        links: {},
        ...(common.position ? { position: { x: common.position.x, y: common.position.y } } : {}),
        ...(at ? { at } : {}),
      };
      activities.push(activity);
      return activity;
    },
    checkOptions(factory, subject, input, known) {
      diagnostics.push(...unknownOptions(factory, subject, input, known, callSite(), file));
    },
    handle: (activity) => wiring(activity, diagnostics, file),
    chain(activity, mainPort) {
      const self = wiring(activity, diagnostics, file);
      self.then = <T extends Target>(next: T): T => {
        self.on(typeof mainPort === 'string' ? mainPort : mainPort(), next);
        return next;
      };
      return self;
    },
  };
  return recorder;
}

/** `on` and `routes` of one activity's handle; a port wired twice is FG107. */
function wiring(activity: ActivityIR, diagnostics: Diagnostic[], file: string | undefined): HandleObject {
  const self = {
    [inbound]: true,
    name: activity.name,
    on(port: string, target: Target) {
      const at = callSite();
      const existing = activity.links[port];
      if (existing !== undefined && existing !== target.name) {
        diagnostics.push(
          makeDiagnostic('FG107', {
            message: `Port "${port}" of "${activity.name}" is wired to "${existing}" and again to "${target.name}".`,
            location: at ?? activity.at ?? { file, activity: activity.name },
            related: activity.linkSites?.[port] ? [{ message: 'first wired here', location: activity.linkSites[port] }] : [],
            hint: 'Each output port leads to one activity; remove one of the two links.',
            data: { activity: activity.name, port },
          }),
        );
        return self;
      }
      activity.links[port] = target.name;
      if (at) (activity.linkSites ??= {})[port] = at;
      return self;
    },
    routes(routes: Record<string, Target | undefined>) {
      for (const [port, target] of Object.entries(routes)) if (target) self.on(port, target);
      return self;
    },
  } as unknown as HandleObject;
  return self;
}

/**
 * FG016 for each option `input` has that `factory` does not take, at the author's call, with the
 * closest names as a did-you-mean (issue 17 item 3: a typo is a diagnostic, not silently dropped).
 */
export function unknownOptions(factory: string, subject: string, input: unknown, known: ReadonlySet<string>, at: SourceLocation | undefined, file?: string): Diagnostic[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  return Object.keys(input)
    .filter((key) => !known.has(key))
    .map((key) =>
      makeDiagnostic('FG016', {
        message: `${factory} ${subject}: unknown option "${key}".`,
        location: at ?? { file: file ?? '<flow>' },
        hint: didYouMean(key, known) ?? `Its options: ${[...known].join(', ')}.`,
        data: { factory, option: key },
      }),
    );
}
