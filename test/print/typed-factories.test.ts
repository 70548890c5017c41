/**
 * `flowgen import` prints every activity with its kind's typed factory (`f.menu('Main', { … })`)
 * wherever the factory can build the imported options exactly, and wires the factory's main port
 * with `.then(…)`, so an imported flow keeps typed ports and reads like hand-written code. Over
 * the whole corpus: the printed definitions type-check (a port a kind does not have is a compile
 * error), and a ledger counts, per kind, the activities still printed with the generic
 * `f.activity(kind, …)` and why. It is a ratchet: a count that falls or rises fails until the
 * ledger is updated. (That every printed definition builds back to its export is
 * test/corpus/round-trip.test.ts.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFlow } from '../../src/dsl/define-flow.js';
import { emitWebexFlow } from '../../src/emit/webex/emit.js';
import { importWebexFlow, parseExportText } from '../../src/import/webex/import.js';
import { defineFlow, z } from '../../src/index.js';
import { isTemplate, renderExpression, renderText } from '../../src/ir/template.js';
import type { ActivityIR } from '../../src/ir/types.js';
import { validateFlow } from '../../src/validate/index.js';
import { pathToFileURL } from 'node:url';
import type { FlowDefinition } from '../../src/dsl/define-flow.js';
import { printFlow } from '../../src/print/dsl.js';
import { corpusFiles } from '../harness/corpus.js';
import { corpusRoot, hasShared, repoRoot, zd22Path } from '../harness/paths.js';

/** kind → corpus activities printed with `f.activity`, because their factory cannot take these options. */
const genericLedger: Record<string, number> = {
  // Every corpus activity prints typed: http-request (full `url`, `bodyText`, `bodyFields`) and
  // play-music (`durationSeconds: null`, `dynamicFile`, `durationTemplate`) were the last 60.
};

interface Printed {
  file: string;
  source: string;
  kinds: string[];
  activities: ActivityIR[];
}

/** Options as the emitter compares an import with its export: templates by the text they render to. */
function rendered(value: unknown): unknown {
  if (isTemplate(value)) return { rendered: value.expression ? renderExpression(value) : renderText(value) };
  if (Array.isArray(value)) return value.map(rendered);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rendered(v)]));
  return value;
}

/** The printed source on one line, so assertions do not depend on prettier's line breaks. */
const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')');

// Outside the repository: the type check resolves `wxcc-flowgen` by the repository's tsconfig paths.
const workspace = mkdtempSync(join(tmpdir(), 'flowgen-printed-'));
const printed: Printed[] = [];

describe.skipIf(!hasShared)('flowgen import prints typed factories', () => {
  beforeAll(async () => {
    // An ES module, as in a flowgen project.
    writeFileSync(join(workspace, 'package.json'), '{ "type": "module" }');
    for (const [i, file] of corpusFiles.entries()) {
      const { document } = parseExportText(file.text, file.name);
      const { ir } = importWebexFlow(document, file.name);
      if (!ir) continue;
      const { source, shape } = await printFlow(ir, { source: file.name, shapeFile: `f${i}.webex.json` });
      writeFileSync(join(workspace, `f${i}.flow.ts`), source);
      writeFileSync(join(workspace, `f${i}.webex.json`), JSON.stringify(shape));
      printed.push({ file: join(workspace, `f${i}.flow.ts`), source, kinds: ir.activities.map((a) => a.kind), activities: ir.activities });
    }
  }, 120_000);
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it("prints Cisco's Zendesk export with typed factories: a menu with typed ports, steps chained by their main port", () => {
    const zd22 = printed.find((p) => p.source.includes(relative(corpusRoot, zd22Path)))!;
    const text = flat(zd22.source);
    expect(text).toContain("const mainMenu = f.menu('MainMenu', { say: 'Press 1 to connect to an agent.\\nPress 2 to disconnect this call.',");
    expect(text).toContain("choices: { '1': 'agent', '2': 'disconnect' }, entryTimeoutSeconds: 10, interruptible: true,");
    expect(text).toContain("mainMenu.on('1', queueContact);");
    expect(text).toContain("mainMenu.on('timeout', queueContact);");
    // A GET through a connector is an f.httpRequest, with its mapped outputs as typed variables.
    expect(text).toContain("const lookupUser = f.httpRequest('LookupUser', { connector: {");
    expect(text).toContain('{ variable: userID, path: ');
    expect(text).toContain("const conditionCheck = f.condition('ConditionCheck', { when: text`");
    expect(text).toContain("conditionCheck.on('true', playTicketDetailsNoTicket);");
    // `.then` wires the main port only; the start's is `out`, a prompt's and a request's `default`.
    expect(text).toContain('f.start.then(greeting);');
    expect(text).toContain('lookupUser.then(lookupTicket);');
    expect(text).toContain('const callDisconnect = f.disconnect(');
    expect(text).not.toMatch(/f\.activity\('(menu|condition|play-message|disconnect-contact|end|queue-contact|screen-pop)'/);
    // Flow Designer's text body prints as `bodyText`, sent as written.
    expect(text).toContain("const postComments = f.httpRequest('PostComments', {");
    expect(text).toContain(`bodyText: '{"ticket": {"comment": { "body": "Ticket update`);
    expect(text).toContain('postComments.then(callDisconnect);');
  });

  it('prints every corpus activity of a kind with a factory typed, except the ledger', () => {
    const generic: Record<string, number> = {};
    for (const p of printed) {
      for (const m of flat(p.source).matchAll(/f\.activity\('([a-z-]+)'/g)) generic[m[1]!] = (generic[m[1]!] ?? 0) + 1;
    }
    expect(generic).toStrictEqual(genericLedger);
    const total = printed.reduce((n, p) => n + p.kinds.filter((k) => k !== 'start').length, 0);
    const untyped = Object.values(generic).reduce((n, c) => n + c, 0);
    // 205 of 826 before issue 10 (event and raw nodes and the issue-9 kinds), 766 before url, text and field bodies and once-played or dynamic music.
    expect({ total, typed: total - untyped }).toStrictEqual({ total: 826, typed: 826 });
  });

  it('every typed factory builds exactly the options it was printed from', async () => {
    const differing: string[] = [];
    for (const p of printed) {
      const module = (await import(pathToFileURL(p.file).href)) as { default: FlowDefinition };
      const { index } = validateFlow(buildFlow(module.default, {}).ir);
      for (const imported of p.activities) {
        const parsed = index.activities.get(imported.name)?.options;
        if (!isDeepStrictEqual(rendered(parsed), rendered(imported.options))) differing.push(`${imported.kind} ${imported.name}`);
      }
    }
    expect(differing).toStrictEqual([]);
  }, 120_000);

  it('the printed definitions type-check: ports, inputs and variable types are typed', () => {
    // The check bites: a copy of the Zendesk definition wiring a key its menu does not offer.
    const zd22 = printed.find((p) => p.source.includes(relative(corpusRoot, zd22Path)))!;
    const wrongPort = join(workspace, 'wrong-port.flow.ts');
    writeFileSync(wrongPort, zd22.source.replace("mainMenu.on('1', queueContact);", "mainMenu.on('7', queueContact);").replace(/f\d+\.webex\.json/, 'f0.webex.json'));
    const config = ts.getParsedCommandLineOfConfigFile(join(repoRoot, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const program = ts.createProgram([...printed.map((p) => p.file), wrongPort], { ...config.options, noEmit: true, rootDir: undefined });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ({ file: d.file?.fileName ?? '', message: ts.flattenDiagnosticMessageText(d.messageText, '\n') }));
    expect(errors.filter((e) => e.file !== wrongPort)).toStrictEqual([]);
    expect(errors.filter((e) => e.file === wrongPort).map((e) => e.message)).toStrictEqual([expect.stringContaining('Argument of type \'"7"\' is not assignable')]);
  }, 120_000);
});

// A made flow (test/fixtures/made is for files; this one is built in place): a bot whose answer is parsed, a case on a variable.
const made = defineFlow({ name: 'Printed_References', params: z.object({}) }, (f) => {
  const reason = f.variable('reason', 'string');
  const bye = f.disconnect('Bye');
  const bot = f.virtualAgentVoice('Bot', { connector: 'ccai-1' });
  const parse = f.parse('ReadAnswer', { input: bot.metaData, outputs: [{ variable: reason, path: '$.reason' }] });
  const byReason = f.case('ByReason', { value: reason, cases: ['billing'] });
  f.start.then(bot);
  bot.routes({ ENDED: parse, ESCALATE: bye });
  parse.then(byReason);
  byReason.routes({ billing: bye, default: bye });
});

async function printedMade(edit: (ir: NonNullable<ReturnType<typeof importWebexFlow>['ir']>) => void = () => {}) {
  const { index } = validateFlow(buildFlow(made, {}).ir);
  const { ir } = importWebexFlow(JSON.parse(JSON.stringify(await emitWebexFlow(index))), 'made.json');
  edit(ir!);
  return flat((await printFlow(ir!, { source: 'made.json' })).source);
}

describe('what a printed input refers to', () => {
  it("an activity's output as the handle's member, a declared variable as its handle", async () => {
    const text = await printedMade();
    expect(text).toContain("const readAnswer = f.parse('ReadAnswer', { input: bot.metaData, contentType: 'JSON', outputs: [{ variable: reason, path: '$.reason' }]");
    expect(text).toContain("const byReason = f.case('ByReason', { value: reason, cases: ['billing']");
    expect(text).toContain("bot.on('ENDED', readAnswer);");
    expect(text).toContain('readAnswer.then(byReason);');
  });

  it('falls back to f.activity when the output belongs to an activity declared after it', async () => {
    const text = await printedMade((ir) => ir.activities.reverse());
    expect(text).toContain("f.activity('parse', 'ReadAnswer', { input: 'Bot.MetaData',");
    expect(text).toContain("const byReason = f.case('ByReason', { value: reason,");
  });

  it('prints a variable the flow does not declare as its text where the input takes text, else falls back', async () => {
    const text = await printedMade((ir) => {
      ir.variables = [];
    });
    expect(text).toContain("const byReason = f.case('ByReason', { value: text`{{reason}}`, cases: ['billing']");
    expect(text).toContain("f.activity('parse', 'ReadAnswer', { input: 'Bot.MetaData', contentType: 'JSON', outputs: [{ variable: 'reason', path: '$.reason' }] }");
  });
});
