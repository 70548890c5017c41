/**
 * Build-time templates (`templates/*.txt.hbs`, `*.json.hbs`): one test per promise of the
 * delimiter rule in src/dsl/build-template.ts.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileFlow } from '../../src/api/compile-flow.js';
import { renderTemplate } from '../../src/dsl/build-template.js';
import { defineFlow, type BodyValue } from '../../src/dsl/define-flow.js';
import type { TemplateLibrary } from '../../src/dsl/build-template.js';

const at = { file: 'flows/x.flow.ts', line: 1, column: 1 };
const tpl = (source: string) => ({ file: 'templates/t.hbs', source });

/** A flow that plays a rendered prompt and posts a rendered body; returns its compiled JSON text. */
async function build(templates: TemplateLibrary, values: Record<string, unknown>) {
  const flow = defineFlow({ name: 'T', params: z.object({}) }, (f) => {
    const userName = f.variable('userName', 'string', { initial: 'null' });
    const connector = f.connector({ id: 'c-1', name: 'Api', baseUrl: 'https://api.example.com' });
    const say = f.playMessage('Say', { say: f.renderText('prompt', { values, runtime: { userName } }) });
    const post = f.httpRequest('Post', { connector, method: 'POST', path: '/notes', body: f.renderBody('note', { values, runtime: { userName } }) as BodyValue });
    f.start.then(say).then(post).then(f.disconnect('Bye'));
  });
  return compileFlow(flow, { templates, file: 'flows/x.flow.ts' });
}

describe('build-time templates', () => {
  it('insert [[values]] and leave [[@slots]] to typed runtime references (the emitter writes their {{ }})', async () => {
    const result = await build(
      { 'prompt.txt': tpl('Welcome to [[company]], [[@userName]].\n'), 'note.json': tpl('{ "text": "[[company]] called by [[@userName]]", "count": [[count]] }') },
      { company: 'Acme', count: 3 },
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.text).toContain('Welcome to Acme, {{userName}}.');
    expect(result.text).toContain(JSON.stringify(`{"text": "Acme called by {{userName | escape('json')}}", "count": 3}`).slice(1, -1));
  });

  it('a {{ }} in a template file is FG521 at its line and column: the renderer never eats a runtime reference', () => {
    const rendered = renderTemplate('prompt', 'txt', tpl('Hello\nDear {{ticketID}}'), {}, at);
    expect(rendered.diagnostics.map((d) => [d.code, (d.location as { line: number }).line, (d.location as { column: number }).column])).toEqual([
      ['FG521', 2, 6],
      ['FG521', 2, 16],
    ]);
  });

  it('a value with runtime syntax is refused (FG524): a tenant value cannot inject an expression', () => {
    const rendered = renderTemplate('prompt', 'txt', tpl('Hi [[name]]'), { values: { name: '{{ secret }}' } }, at);
    expect(rendered.diagnostics.map((d) => d.code)).toEqual(['FG524']);
  });

  it('values are not HTML-escaped in text, and JSON-escaped in bodies, so quotes cannot break the JSON', async () => {
    const company = 'Tom & "Jerry" <Ltd>\\ \n';
    const text = renderTemplate('prompt', 'txt', tpl('[[company]]'), { values: { company } }, at);
    expect((text.value as { template: { parts: { value: string }[] } }).template.parts).toEqual([{ value: company }]);
    const body = renderTemplate('note', 'json', tpl('{ "name": "[[company]]" }'), { values: { company } }, at);
    expect(body.diagnostics).toEqual([]);
    expect(body.value).toEqual({ name: company });
  });

  it('a body that does not render to JSON is FG523; a missing value FG522; an unfilled slot FG521; a missing template FG520', async () => {
    expect(renderTemplate('n', 'json', tpl('{ "n": [[@userName]] }'), { runtime: { userName: { kind: 'variable', name: 'userName', type: 'string' } } }, at).diagnostics.map((d) => d.code)).toEqual(['FG523']);
    const missing = renderTemplate('n', 'txt', tpl('Hello\n [[nope]]'), { values: {} }, at).diagnostics;
    expect(missing.map((d) => [d.code, (d.location as { line: number }).line])).toEqual([['FG522', 2]]);
    expect(renderTemplate('n', 'txt', tpl('[[@who]]'), {}, at).diagnostics.map((d) => d.code)).toEqual(['FG521']);
    const result = await build({}, {});
    expect(result.diagnostics.map((d) => d.code)).toEqual(['FG520', 'FG520']);
  });

  it('blocks work with [[ ]] delimiters', () => {
    const rendered = renderTemplate('p', 'txt', tpl('[[#each items]][[this]];[[/each]][[#if vip]] VIP[[/if]]'), { values: { items: ['a', 'b'], vip: true } }, at);
    expect((rendered.value as { template: { parts: { value: string }[] } }).template.parts).toEqual([{ value: 'a;b; VIP' }]);
  });
});
