/**
 * What a rule sees: the precomputed FlowIndex and `report`, which turns a finding into a
 * diagnostic with the rule's code and a location (the activity's call site when it has one).
 * A rule declares its code, name and default severity with `defineRule`; the code registry
 * (diagnostics/codes.ts) stays the list of codes, and the types make the two agree.
 */
import { diagnosticCodes, type DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic, Location, Severity } from '../diagnostics/diagnostic.js';
import { makeDiagnostic, type ReportInput } from '../diagnostics/report.js';
import type { FlowIndex } from './flow-index.js';
import type { ActivityIR } from '../ir/types.js';

/** A finding: what `report` takes. The location defaults to the activity's (or its port's link's). */
export type Finding = Omit<ReportInput, 'location'> & { location?: Location; activity?: ActivityIR; port?: string };

export interface RuleContext {
  index: FlowIndex;
  /** Reports a finding under the rule's own code; `severity` overrides the rule's default for it. */
  report(finding: Finding): void;
}

export interface Rule {
  /** The rule's one code, listed in diagnostics/codes.ts with the rule's name. */
  code: DiagnosticCode;
  /** kebab-case, naming the problem found; the rule's file is `rules/<name>.ts`. */
  name: string;
  /** The severity of its findings unless a finding says otherwise (`--strict` raises warnings). */
  defaultSeverity: Severity;
  check(context: RuleContext): void;
}

/** A code's registry entry, with its literal rule name and severity. */
type Info<C extends DiagnosticCode> = (typeof diagnosticCodes)[C];

/**
 * Declares a rule. `name` and `defaultSeverity` must be the ones its code has in the registry:
 * a rule that disagrees does not compile (`Type '"error"' is not assignable to type '"warning"'`).
 */
export function defineRule<const C extends DiagnosticCode>(rule: { code: C; name: Info<C>['rule']; defaultSeverity: Info<C>['severity']; check(context: RuleContext): void }): Rule {
  const info: { rule: string; severity: Severity } = diagnosticCodes[rule.code];
  // For rules written in JavaScript, where the types do not hold: never ship a disagreement.
  if (info.rule !== rule.name || info.severity !== rule.defaultSeverity) throw new Error(`rule "${rule.name}" disagrees with the registry entry of ${rule.code} ("${info.rule}", ${info.severity})`);
  return rule;
}

/** Where to point for an activity: its link's call site, its own call site, or its name. */
export function activityLocation(activity: ActivityIR, file: string | undefined, port?: string): Location {
  const linkSite = port ? activity.linkSites?.[port] : undefined;
  return linkSite ?? activity.at ?? { ...(file ? { file } : {}), activity: activity.name };
}

/** The context one rule checks a flow in: its findings go into `sink` under its code. */
export function createContext(index: FlowIndex, sink: Diagnostic[], rule: Pick<Rule, 'code' | 'defaultSeverity'>): RuleContext {
  return {
    index,
    report(finding) {
      const { activity, port, location, severity, ...rest } = finding;
      const where = location ?? (activity ? activityLocation(activity, index.flow.file, port) : { file: index.flow.file ?? '<flow>' });
      sink.push(makeDiagnostic(rule.code, { ...rest, severity: severity ?? rule.defaultSeverity, location: where }));
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
