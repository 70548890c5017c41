/**
 * A made flow of `size` activities (not an export): play-message steps in a chain, every tenth a
 * menu whose option 2 hangs up, compiled by flowgen (so laid out by flowgen) to its document.
 */
import { compileFlow } from '../../src/api/compile-flow.js';
import { unwrapFlowDocument, type FlowDocumentShape } from '../../src/diff/model.js';
import { defineFlow, type Target } from '../../src/dsl/define-flow.js';
import { z } from 'zod';

export async function largeDocument(size: number): Promise<FlowDocumentShape> {
  const definition = defineFlow({ name: `Large_${size}`, params: z.object({}) }, (f) => {
    const bye = f.disconnect('Bye');
    let previous: { then(next: Target): unknown } = f.start;
    // The start and Bye are two of the activities.
    for (let i = 0; i < size - 2; i++) {
      if (i % 10 === 9) {
        const menu = f.menu(`Menu_${i}`, { say: `Menu ${i}: press 1 to go on, 2 to hang up.`, choices: { 1: 'go on', 2: 'hang up' } });
        previous.then(menu);
        const next = f.playMessage(`Step_${++i}`, { say: `Step ${i}.` });
        menu.routes({ 1: next, 2: bye, timeout: next, invalid: next });
        previous = next;
        continue;
      }
      const step = f.playMessage(`Step_${i}`, { say: `Step ${i}.` });
      previous.then(step);
      previous = step;
    }
    previous.then(bye);
  });
  const compiled = await compileFlow(definition);
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !compiled.document) throw new Error(`the large flow does not compile: ${errors.map((d) => d.message).join('; ')}`);
  return unwrapFlowDocument(compiled.document)!;
}
