/**
 * Round trip over the whole corpus: every real export is imported, built again, and compared with
 * the original: the same activities (by name, with the same group, activityName, activityId and
 * properties, ignoring `_renderRequestTimestamp`), the same links (source name, port, target name),
 * the same event flows and the same variables. Ids and canvas geometry are not compared: flowgen
 * derives its own ids, and positions are kept as imported. One test per file; none is skipped.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFlow, type FlowDefinition } from '../../src/dsl/define-flow.js';
import { printFlow } from '../../src/print/dsl.js';
import { hasShared, repoRoot } from '../harness/paths.js';
import { emitWebexFlow } from '../../src/emit/webex/emit.js';
import { importWebexFlow, parseExportText } from '../../src/import/webex/import.js';
import { checkFlowDocument } from '../../src/index.js';
import { validateFlow } from '../../src/validate/index.js';
import { corpusFiles, MIN_CORPUS_FLOW_DOCUMENTS } from '../harness/corpus.js';
import { unwrap } from '../harness/document.js';
import { semantic } from '../harness/semantic.js';

type Json = any;

function isFlowFile(text: string, name: string): boolean {
  const parsed = parseExportText(text, name).document as Json;
  return Boolean(parsed?.process) || typeof parsed?.flow === 'string';
}

async function rebuild(original: Json) {
  const { ir, diagnostics } = importWebexFlow(original, 'export.json');
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const { index } = validateFlow(ir!);
  return emitWebexFlow(index);
}

describe.skipIf(!hasShared)('corpus round trip: import → build → compare', () => {
  it(`finds the corpus (at least ${MIN_CORPUS_FLOW_DOCUMENTS} flow documents and one Postman collection)`, () => {
    const flows = corpusFiles.filter((f) => isFlowFile(f.text, f.name));
    expect(flows.length).toBeGreaterThanOrEqual(MIN_CORPUS_FLOW_DOCUMENTS);
    expect(corpusFiles.length - flows.length).toBe(1);
  });

  for (const file of corpusFiles) {
    const parsed = parseExportText(file.text, file.name).document as Json;
    if (!parsed?.process && typeof parsed?.flow !== 'string') {
      it(`${file.name}: not a flow, import says so with FG020`, () => {
        expect(importWebexFlow(parsed, file.name).diagnostics.map((d) => d.code)).toEqual(['FG020']);
      });
      continue;
    }
    it(`${file.name}: builds back to an equal flow`, async () => {
      const original = unwrap(parsed);
      const rebuilt = await rebuild(original);
      expect(semantic(rebuilt)).toEqual(semantic(original));
      expect(checkFlowDocument(rebuilt)).toEqual([]);
      // A second round is a fixed point: build(import(build(x))) == build(x), byte for byte.
      expect(JSON.stringify(await rebuild(rebuilt))).toBe(JSON.stringify(rebuilt));
    });
  }
});

describe.skipIf(!hasShared)('corpus round trip through the printed definition: import → flowgen import → build → compare', () => {
  const workspace = join(repoRoot, 'test/.roundtrip');
  rmSync(workspace, { recursive: true, force: true });

  for (const file of corpusFiles) {
    const parsed = parseExportText(file.text, file.name).document as Json;
    if (!parsed?.process && typeof parsed?.flow !== 'string') continue;
    it(`${file.name}: the printed definition builds back to an equal flow`, async () => {
      const original = unwrap(parsed);
      const { ir } = importWebexFlow(original, file.name);
      const dir = join(workspace, file.name.replace(/[^A-Za-z0-9]+/g, '_'));
      mkdirSync(dir, { recursive: true });
      const printed = await printFlow(ir!, { source: file.name, shapeFile: 'flow.webex.json' });
      writeFileSync(join(dir, 'flow.flow.ts'), printed.source);
      writeFileSync(join(dir, 'flow.webex.json'), JSON.stringify(printed.shape, null, 2));
      const module = (await import(pathToFileURL(join(dir, 'flow.flow.ts')).href)) as { default: FlowDefinition };
      const built = buildFlow(module.default, {});
      expect(built.diagnostics).toEqual([]);
      const { index } = validateFlow(built.ir);
      const rebuilt = await emitWebexFlow(index);
      expect(semantic(rebuilt)).toEqual(semantic(original));
    });
  }
});
