/**
 * Every flow document of the shared corpus, diffed with itself after a re-export, reports nothing.
 * Two kinds of re-export: flowgen's own (import, then build: new ids, its own key order and
 * widgets) and test/harness/reexport.ts, which disturbs a document the way another export would
 * (ids consistently remapped, shuffled keys, reordered links and variables, moved widgets, new
 * timestamps). Template
 * wrappers are compared as wrapped against the re-exported inner document. The bundled flow
 * compiled from its definition is also compared with its golden.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffFlows } from '../../src/diff/diff.js';
import { parseFlowText } from '../../src/diff/document.js';
import { unwrapFlowDocument } from '../../src/diff/model.js';
import { compiledZendesk } from '../harness/zendesk.js';
import { corpusRoot, hasShared, repoRoot } from '../harness/paths.js';
import { reexport } from '../harness/reexport.js';
import { MIN_CORPUS_FLOW_DOCUMENTS } from '../harness/corpus.js';
import { emitWebexFlow } from '../../src/emit/webex/emit.js';
import { importWebexFlow } from '../../src/import/webex/import.js';
import { validateFlow } from '../../src/validate/index.js';

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []))
    .sort();
}

const files = hasShared ? jsonFiles(corpusRoot).map((path) => ({ name: relative(corpusRoot, path), text: readFileSync(path, 'utf8') })) : [];
const flows = files.filter((f) => unwrapFlowDocument(JSON.parse(f.text)) !== undefined);

describe.skipIf(!hasShared)('corpus exports re-exported', () => {
  it(`the corpus holds at least ${MIN_CORPUS_FLOW_DOCUMENTS} flow documents and one file that is not a flow`, () => {
    expect(flows.length).toBeGreaterThanOrEqual(MIN_CORPUS_FLOW_DOCUMENTS);
    const others = files.filter((f) => !flows.includes(f));
    expect(others.map((f) => parseFlowText(f.text, f.name).diagnostics.map((d) => d.code))).toEqual([['FG602']]);
  });

  it.each(flows.map((f, i) => [f.name, f, i] as const))('%s: no difference', (_, file, index) => {
    // GIVEN the export as stored, and the same flow as a second export would write it
    const original = parseFlowText(file.text, file.name);
    const moved = reexport(unwrapFlowDocument(JSON.parse(file.text)), index + 1);
    expect(JSON.stringify(moved)).not.toContain(String(unwrapFlowDocument(JSON.parse(file.text))!['id']));
    const again = parseFlowText(JSON.stringify(moved), file.name);
    // THEN the diff is empty
    expect(original.diagnostics).toEqual([]);
    expect(diffFlows(original.model!, again.model!)).toEqual([]);
  });
});

describe.skipIf(!hasShared)('corpus exports re-exported through flowgen (import, then build)', () => {
  it.each(flows.map((f) => [f.name, f] as const))('%s: no difference', async (_, file) => {
    const { ir } = importWebexFlow(JSON.parse(file.text), file.name);
    const rebuilt = await emitWebexFlow(validateFlow(ir!).index);
    const original = parseFlowText(file.text, file.name);
    const again = parseFlowText(JSON.stringify(rebuilt), file.name);
    expect(diffFlows(original.model!, again.model!)).toEqual([]);
  });
});

describe('the bundled flow and its golden', () => {
  it('flows/zendesk-ivr.flow.ts compiled in memory has no difference from test/golden/Zendesk_IVR.json', async () => {
    const golden = parseFlowText(readFileSync(join(repoRoot, 'test/golden/Zendesk_IVR.json'), 'utf8'), 'Zendesk_IVR.json');
    const zendesk = await compiledZendesk();
    expect(zendesk.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const compiled = parseFlowText(zendesk.text!, 'compiled');
    expect(diffFlows(golden.model!, compiled.model!)).toEqual([]);
  });
});

describe.skipIf(!hasShared)('the re-export check is not vacuous', () => {
  it.each(flows.slice(0, 5).map((f) => [f.name, f] as const))('%s: one rewired link in a re-export is one change', (_, file) => {
    // GIVEN a re-export in which the first link now points where the second one does
    const moved = reexport(unwrapFlowDocument(JSON.parse(file.text)), 99) as { process: { links: { targetActivityId: string }[] } };
    const links = moved.process.links;
    const other = links.find((l) => l.targetActivityId !== links[0]!.targetActivityId)!;
    links[0]!.targetActivityId = other.targetActivityId;
    // THEN exactly that link is reported as rewired
    const changes = diffFlows(parseFlowText(file.text, file.name).model!, parseFlowText(JSON.stringify(moved), file.name).model!);
    expect(changes.map((c) => c.kind)).toEqual(['link-rewired']);
  });
});
