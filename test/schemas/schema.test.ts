/**
 * The generated schemas (`schemas/`) against the real corpus and against hand edits.
 *
 * - Every flow document in shared/corpus (template wrappers unwrapped, format doc §2.1) has zero
 *   violations: the schemas are of the format (what Flow Designer needs), not of the corpus.
 * - `schemas/*.json` are byte-identical to a fresh run of scripts/build-schemas.ts.
 * - Mutated corpus documents fail at the right JSON pointer, naming the activity.
 *
 * The corpus is found at `<repoRoot>/../shared/corpus` (CI clones the repository with `shared/` beside it).
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFlowDocument } from '../../src/emit/webex/schema-check.js';
import { MIN_CORPUS_FLOW_DOCUMENTS } from '../harness/corpus.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sharedDir = path.resolve(repoRoot, '../shared');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');

type Json = Record<string, any>;

const hasShared = existsSync(corpusDir);

function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJsonFiles(full));
    else if (entry.name.endsWith('.json')) out.push(full);
  }
  return out.sort();
}

/** The export inside a file, or undefined when the file is not a flow export (Postman collection). */
function loadFlow(file: string): Json | undefined {
  let doc: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof doc === 'object' && doc !== null && typeof (doc as Json).flow === 'string') {
    doc = JSON.parse((doc as Json).flow as string);
  }
  const flow = doc as Json;
  return typeof flow?.process === 'object' && typeof flow?.diagram === 'object' ? flow : undefined;
}

const corpus = listJsonFiles(corpusDir).map((file) => ({
  name: path.relative(corpusDir, file).split(path.sep).join('/'),
  flow: loadFlow(file),
}));
const flows = corpus.filter((entry): entry is { name: string; flow: Json } => entry.flow !== undefined);

function corpusFlow(fileNamePart: string): Json {
  const entry = flows.find((f) => f.name.includes(fileNamePart));
  if (!entry) throw new Error(`corpus file *${fileNamePart}* not found`);
  return structuredClone(entry.flow);
}

function activityOfKind(process: Json, activityName: string): Json {
  const activity = Object.values(process.activities as Record<string, Json>).find(
    (a) => a.properties?.activityName === activityName,
  );
  if (!activity) throw new Error(`no ${activityName} activity`);
  return activity;
}

describe.skipIf(!hasShared)('corpus documents validate against schemas/flow.schema.json', () => {
  it(`finds the flow documents of the corpus (at least ${MIN_CORPUS_FLOW_DOCUMENTS})`, () => {
    expect(flows.length).toBeGreaterThanOrEqual(MIN_CORPUS_FLOW_DOCUMENTS);
    expect(corpus.length - flows.length).toBe(1);
  });

  for (const { name, flow } of flows) {
    it(name, () => {
      expect(checkFlowDocument(flow)).toEqual([]);
    });
  }
});

describe.skipIf(!hasShared)('schemas/ is what scripts/build-schemas.ts generates', () => {
  it('has the same files with the same bytes as a fresh build', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'flowgen-schemas-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/build-schemas.ts'), sharedDir, '--out', outDir], {
        stdio: 'pipe',
        cwd: repoRoot,
      });
      const schemasDir = path.join(repoRoot, 'schemas');
      const committed = readdirSync(schemasDir).filter((f) => f.endsWith('.json')).sort();
      const fresh = readdirSync(outDir).sort();
      expect(committed).toEqual(fresh);
      for (const file of fresh) {
        const want = readFileSync(path.join(outDir, file));
        const have = readFileSync(path.join(schemasDir, file));
        expect(have.equals(want), `schemas/${file} differs from the generator output; run npm run schemas`).toBe(true);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasShared)('mutated documents are reported at the right place', () => {
  it('a menu without "menuLinks" fails, naming the activity (its ports are the keys)', () => {
    const doc = corpusFlow('Zendesk__zendesk-ivr-http-connector');
    const menu = activityOfKind(doc.process, 'ivr-menu');
    delete menu.properties.menuLinks;
    expect(checkFlowDocument(doc)).toEqual([
      {
        path: `/process/activities/${menu.id}/properties/menuLinks`,
        message: expect.stringContaining('"menuLinks" is missing; Flow Designer needs it'),
        activityName: menu.name,
      },
    ]);
  });

  // The variations real exports beyond the corpus showed (issue 9): each is the format, not an error.
  it('accepts what other real exports write: optional settings missing, numbers as strings and strings as numbers, nulls', () => {
    const hello = corpusFlow('HelloWorld_Template');
    const play = activityOfKind(hello.process, 'play-message');
    delete play.properties.description;
    Object.assign(play.properties, { speakingRate: 1, volumeGainDb: 0 });
    delete play.properties.promptsTts;
    hello.variables = [{ name: 'x', type: 'STRING', value: null, desktopLabel: null, description: null, isSecure: false }];
    expect(checkFlowDocument(hello)).toEqual([]);

    const es = corpusFlow('CCAI_Flow_DialogFlowES');
    activityOfKind(es.process, 'ivr-virtualassistant').properties.terminationDelay = '3';
    expect(checkFlowDocument(es)).toEqual([]);

    const readout = corpusFlow('CL_1_readout_2');
    Object.assign(activityOfKind(readout.process, 'ivr-collectdigits').properties, { connector: 'Cisco Cloud Text-to-Speech', prompts: null, promptsTts: [], toggle: true });
    expect(checkFlowDocument(readout)).toEqual([]);

    const http = corpusFlow('Zendesk__zendesk-ivr-http-connector');
    const request = activityOfKind(http.process, 'http-request-v2');
    request.properties.httpResponseTimeout = '5000';
    expect(checkFlowDocument(http)).toEqual([]);
    delete request.properties.httpResponseTimeout;
    expect(checkFlowDocument(http)).toEqual([]);
  });

  it("a known kind accepts any region's catalogue id, but not a slug or a malformed id", () => {
    const doc = corpusFlow('HelloWorld_Template');
    const play = activityOfKind(doc.process, 'play-message');
    play.properties.activityId = '606d3c7f79e48057e3c47eb4'; // the APJ id (Cars demo)
    expect(checkFlowDocument(doc)).toEqual([]);
    for (const wrong of ['play-message', '5f114466ef5cfc454fbbf13']) {
      play.properties.activityId = wrong;
      const violations = checkFlowDocument(doc);
      expect(violations).toHaveLength(1);
      expect(violations[0]).toMatchObject({ path: `/process/activities/${play.id}/properties/activityId`, activityName: play.name });
      expect(violations[0]?.message).toContain('catalogue id (24 hex digits)');
    }
  });

  it('a slug kind keeps its slug; the group is not checked (sources disagree on it)', () => {
    const doc = corpusFlow('Zendesk__zendesk-ivr-http-connector');
    const http = activityOfKind(doc.process, 'http-request-v2');
    http.group = 'http-request';
    expect(checkFlowDocument(doc)).toEqual([]);
    http.properties.activityId = '0123456789abcdef01234567';
    expect(checkFlowDocument(doc).map((v) => v.path)).toEqual([`/process/activities/${http.id}/properties/activityId`]);
  });

  it('an event node without "eventSpecificationName" fails inside the event flow', () => {
    const doc = corpusFlow('Zendesk__zendesk-ivr-http-connector');
    const events = doc.eventFlows.eventsMap.GLOBAL_EVENTS.process;
    const node = Object.values(events.activities as Record<string, Json>).find((a) => a.group === 'event');
    if (!node) throw new Error('no event node');
    delete node.properties.eventSpecificationName;
    expect(checkFlowDocument(doc)).toEqual([
      {
        path: `/eventFlows/eventsMap/GLOBAL_EVENTS/process/activities/${node.id}/properties/eventSpecificationName`,
        message: expect.any(String),
        activityName: node.name,
      },
    ]);
  });

  it('an unknown activity kind gets the structural checks only', () => {
    const doc = corpusFlow('HelloWorld_Template');
    const play = activityOfKind(doc.process, 'play-message');
    play.properties.activityName = 'kind-in-no-export';
    play.properties.activityId = 'kind-in-no-export';
    play.group = 'some-new-group';
    delete play.properties.promptsTts;
    expect(checkFlowDocument(doc)).toEqual([]);
    delete play.properties.activityId;
    expect(checkFlowDocument(doc).map((v) => v.path)).toEqual([`/process/activities/${play.id}/properties/activityId`]);
  });

  it('a link without "conditionExpr" fails at the link', () => {
    const doc = corpusFlow('HelloWorld_Template');
    delete doc.process.links[1].conditionExpr;
    expect(checkFlowDocument(doc)).toEqual([
      { path: '/process/links/1/conditionExpr', message: '"conditionExpr" is missing.' },
    ]);
  });

  it('a widget port whose "linkId" is a number fails, naming the activity of the widget', () => {
    const doc = corpusFlow('HelloWorld_Template');
    const play = activityOfKind(doc.process, 'play-message');
    doc.diagram.widgets[play.id].ports[0].linkId = 42;
    expect(checkFlowDocument(doc)).toEqual([
      {
        path: `/diagram/widgets/${play.id}/ports/0/linkId`,
        message: '"linkId" must be a string or null, not an integer.',
        activityName: play.name,
      },
    ]);
  });

  it('a link widget without "sourcePort" fails without an activity name', () => {
    const doc = corpusFlow('HelloWorld_Template');
    const linkId = doc.process.links[0].id as string;
    delete doc.diagram.widgets[linkId].sourcePort;
    expect(checkFlowDocument(doc)).toEqual([
      { path: `/diagram/widgets/${linkId}/sourcePort`, message: '"sourcePort" is missing.' },
    ]);
  });

  it('a top-level member of the wrong type fails once, at the member', () => {
    const doc = corpusFlow('HelloWorld_Template');
    doc.variables = {};
    expect(checkFlowDocument(doc)).toEqual([
      { path: '/variables', message: '"variables" must be an array, not an object.' },
    ]);
  });

  it('a missing top-level member and a non-object document are reported', () => {
    const doc = corpusFlow('HelloWorld_Template');
    delete doc.process;
    expect(checkFlowDocument(doc)).toEqual([{ path: '/process', message: '"process" is missing.' }]);
    const lean = corpusFlow('HelloWorld_Template');
    delete lean.validating;
    delete lean.settings;
    expect(checkFlowDocument(lean)).toEqual([]);
    expect(checkFlowDocument([])).toEqual([{ path: '', message: 'The document must be an object, not an array.' }]);
  });
});
