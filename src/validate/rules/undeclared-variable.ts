/**
 * Every runtime reference must resolve (FC1038 "variable referenced but not declared",
 * docs/webex-activities-and-api.md §4): to a declared variable, to `<activity>.<output>` of an
 * activity in the flow, or to an event's output (`NewPhoneContact.ANI`, `AgentAnswered.AgentName`).
 * References are the typed holes of templates and, for hand-written Pebble (imported flows keep
 * their Pebble as text; raw activities in their properties), the references the `{{ }}` scanner
 * finds. Outputs of a raw activity are unknown to flowgen, so `<raw>.<anything>` resolves.
 * Variables an activity writes (HTTP output mapping, set-variable) must be declared too.
 * Real defects this finds: ZD24's `{{ticketId }}` (declared `ticketID`), CB26's
 * `{{makePayment.httpStatusCode}}` (no activity of that name in the subflow).
 */
import { eventNames } from '../../activities/event.js';
import { templateRefs } from '../../ir/template.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { activityTexts } from '../activity-texts.js';
import { defineRule, remedy } from '../context.js';
import type { FlowIndex } from '../flow-index.js';
import { mayHoldPebble, scanTemplate } from '../pebble-scanner.js';

/** Reference roots → their outputs (`'*'`: any output, for raw activities). */
function namespaces(index: FlowIndex): Map<string, ReadonlySet<string> | '*'> {
  const roots = new Map<string, ReadonlySet<string> | '*'>();
  for (const { ir, definition } of index.activities.values()) {
    if (ir.kind === 'raw') roots.set(ir.name, '*');
    else if (definition) roots.set(ir.name, new Set(definition.outputs));
    // Event flows refer to an event by its UI name, whatever the handler node is called.
    if (ir.kind === 'event' && definition) {
      const event = String((ir.options as { event?: unknown }).event);
      if ((eventNames as readonly string[]).includes(event) && !roots.has(event)) roots.set(event, new Set(definition.outputs));
    }
  }
  return roots;
}

export const undeclaredVariable = defineRule({
  code: 'FG201',
  name: 'undeclared-variable',
  defaultSeverity: 'error',
  check({ index, report }) {
    const roots = namespaces(index);
    const resolves = (ref: string): boolean => {
      const root = ref.split(/[.[]/, 1)[0]!;
      if (index.variables.has(root)) return true;
      const dot = ref.indexOf('.');
      if (dot === -1) return false;
      const outputs = roots.get(ref.slice(0, dot));
      const output = ref.slice(dot + 1).split(/[.[]/, 1)[0]!;
      return outputs === '*' || (outputs?.has(output) ?? false);
    };
    let candidateList: string[] | undefined;
    const candidates = (): string[] =>
      (candidateList ??= [
        ...index.variables.keys(),
        ...[...roots].flatMap(([root, outputs]) => (outputs === '*' ? [] : [...outputs].map((o) => `${root}.${o}`))),
      ]);
    for (const activity of index.activities.values()) {
      const { ir, definition, options } = activity;
      if (!definition || options === undefined) continue;
      const refs = new Set<string>();
      for (const template of definition.templates(options)) for (const ref of templateRefs(template)) refs.add(ref);
      for (const { text, handWritten } of activityTexts(activity)) {
        if (!handWritten || !mayHoldPebble(text)) continue;
        for (const reference of scanTemplate(text).references) refs.add(reference.path);
      }
      for (const ref of refs) {
        if (resolves(ref)) continue;
        report({
          message: `"${ir.name}" refers to "${ref}", which is not a declared variable or an output of an activity.`,
          activity: ir,
          hint: didYouMean(ref, candidates()) ?? didYouMean(ref.split('.', 1)[0]!, candidates()) ?? remedy(index.flow, { dsl: 'Declare it with f.variable(...).', yaml: 'Declare it under variables: in the flow file.', export: 'Add it as a flow variable in Flow Designer (or fix the name).' }),
          data: { activity: ir.name, ref },
        });
      }
      for (const variable of definition.writes(options)) {
        if (index.variables.has(variable)) continue;
        report({
          message: `"${ir.name}" sets "${variable}", which is not a declared variable.`,
          activity: ir,
          hint: didYouMean(variable, index.variables.keys()) ?? remedy(index.flow, { dsl: 'Declare it with f.variable(...).', yaml: 'Declare it under variables: in the flow file.', export: 'Add it as a flow variable in Flow Designer (or fix the name).' }),
          data: { activity: ir.name, ref: variable },
        });
      }
    }
  },
});
