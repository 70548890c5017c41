/**
 * A made flow (not an export; compiled, then its activities renamed as a hand-edited export could name them) whose names and prompts hold everything Mermaid or HTML could read
 * as syntax: quotes, brackets, braces, `{{ }}`, `#`, `;`, `|`, `%%`, backticks, tags, keywords and
 * non-ASCII text.
 */
import { compileFlow } from '../../src/api/compile-flow.js';
import { unwrapFlowDocument, type FlowDocumentShape } from '../../src/diff/model.js';
import { defineFlow } from '../../src/dsl/define-flow.js';
import { text } from '../../src/dsl/refs.js';
import { z } from 'zod';

export const oddNames = [
  'Say "hello" [now]',
  'Menu {{choice}} #1; (main)',
  'Ünïcödé — 日本語 ✓ café',
  '<script>alert(1)</script>',
  'a|b %%{init: {}}%% `tick`',
  'end',
  'subgraph & class',
];

export async function oddNamesDocument(): Promise<FlowDocumentShape> {
  const definition = defineFlow({ name: 'Odd_Names', params: z.object({}) }, (f) => {
    // Definitions take plain names (flowgen checks them); exports may carry any, so the document is renamed below.
    const [say, menuName, unicode, script, pipes, end, keywords] = oddNames.map((_, i) => `Odd${i}`) as [string, string, string, string, string, string, string];
    const choice = f.variable('choice', 'string', { initial: 'null' });
    const greeting = f.playMessage(say, { say: text`He said "hi" [twice] ${choice}; #5 <b>bold</b> | 100% \`code\` — ça va? 你好` });
    const menu = f.menu(menuName, { say: 'Press 1 for "yes", 2 for [no].', choices: { 1: 'yes "quoted"', 2: 'no [bracket] #2;' } });
    const a = f.playMessage(unicode, { say: 'Grüße aus Zürich.' });
    const b = f.playMessage(script, { say: '<img src=x onerror=alert(1)>' });
    const c = f.playMessage(pipes, { say: 'pipes | and %% percent' });
    const bye = f.disconnect(end);
    const other = f.disconnect(keywords);
    f.start.then(greeting).then(menu);
    menu.routes({ 1: a, 2: b, timeout: c, invalid: c });
    a.then(bye);
    b.then(bye);
    c.then(other);
  });
  const compiled = await compileFlow(definition);
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !compiled.document) throw new Error(`the odd-names flow does not compile: ${errors.map((d) => d.message).join('; ')}`);
  const document = unwrapFlowDocument(compiled.document)!;
  for (const activity of Object.values(document.process.activities) as { name: string; properties: { name?: string } }[]) {
    const match = /^Odd(\d)$/.exec(activity.name);
    if (!match) continue;
    activity.name = oddNames[Number(match[1])]!;
    activity.properties.name = activity.name;
  }
  return document;
}
