/**
 * Every runtime reference must resolve (FC1038 "variable referenced but not declared"): to a
 * declared variable, to `<activity>.<output>` of an activity in the flow, or to an event's output.
 * Variables an activity writes (HTTP output mapping, set-variable) must be declared too.
 */
import { didYouMean } from '../../util/did-you-mean.js';
import { templateRefs } from '../../ir/template.js';
import { defineRule } from '../context.js';

export const undeclaredVariable = defineRule({
  name: 'undeclared-variable',
  check({ index, report }) {
    const resolves = (ref: string): boolean => {
      const root = ref.split(/[.[]/, 1)[0]!;
      if (index.variables.has(root)) return true;
      const dot = ref.indexOf('.');
      if (dot === -1) return false;
      const owner = index.activities.get(ref.slice(0, dot));
      const output = ref.slice(dot + 1).split(/[.[]/, 1)[0]!;
      return owner?.definition?.outputs.includes(output) ?? false;
    };
    const candidates = (): string[] => [
      ...index.variables.keys(),
      ...[...index.activities.values()].flatMap((a) => (a.definition?.outputs ?? []).map((o) => `${a.ir.name}.${o}`)),
    ];
    for (const { ir, definition, options } of index.activities.values()) {
      if (!definition || options === undefined) continue;
      for (const template of definition.templates(options)) {
        for (const ref of templateRefs(template)) {
          if (resolves(ref)) continue;
          report('FG201', {
            message: `"${ir.name}" refers to "${ref}", which is not a declared variable or an output of an activity.`,
            activity: ir,
            hint: didYouMean(ref, candidates()) ?? 'Declare it with f.variable(...).',
            data: { activity: ir.name, ref },
          });
        }
      }
      for (const variable of definition.writes(options)) {
        if (index.variables.has(variable)) continue;
        report('FG201', {
          message: `"${ir.name}" sets "${variable}", which is not a declared variable.`,
          activity: ir,
          hint: didYouMean(variable, index.variables.keys()) ?? 'Declare it with f.variable(...).',
          data: { activity: ir.name, ref: variable },
        });
      }
    }
  },
});
