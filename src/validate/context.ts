/**
 * What a rule sees: the precomputed FlowIndex and `report`, which turns a finding into a
 * diagnostic with the rule's code and a location (the activity's call site when it has one).
 */
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { makeDiagnostic, type ReportInput } from '../diagnostics/report.js';
import type { FlowIndex } from './flow-index.js';
import type { ActivityIR } from '../ir/types.js';

export interface RuleContext {
  index: FlowIndex;
  report(code: DiagnosticCode, input: Omit<ReportInput, 'location'> & { location?: Location; activity?: ActivityIR; port?: string }): void;
}

export interface Rule {
  name: string;
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Where to point for an activity: its link's call site, its own call site, or its name. */
export function activityLocation(activity: ActivityIR, file: string | undefined, port?: string): Location {
  const linkSite = port ? activity.linkSites?.[port] : undefined;
  return linkSite ?? activity.at ?? { ...(file ? { file } : {}), activity: activity.name };
}

export function createContext(index: FlowIndex, sink: Diagnostic[]): RuleContext {
  return {
    index,
    report(code, input) {
      const { activity, port, location, ...rest } = input;
      const where = location ?? (activity ? activityLocation(activity, index.flow.file, port) : { file: index.flow.file ?? '<flow>' });
      sink.push(makeDiagnostic(code, { ...rest, location: where }));
    },
  };
}

/** How a flow was written, so a hint names what its author has: the TS/JS DSL, a YAML file or Flow Designer. */
export type Authoring = 'dsl' | 'yaml' | 'export';

export function authoringOf(flow: FlowIndex['flow']): Authoring {
  if (flow.file && /\.ya?ml$/i.test(flow.file)) return 'yaml';
  if (flow.file && /\.json$/i.test(flow.file)) return 'export';
  return 'dsl';
}

/** The hint for the flow's way of writing (issue 17 item 16: no `f.variable(...)` for a YAML author). */
export const remedy = (flow: FlowIndex['flow'], hints: Record<Authoring, string>): string => hints[authoringOf(flow)];
