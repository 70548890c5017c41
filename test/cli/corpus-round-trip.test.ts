/**
 * The round trip as a user runs it, over every flow document in ../shared/corpus: `flowgen import F
 * -o <dir>/x.flow.ts`, then `flowgen build`, and the built flow equals F (activities, properties,
 * links, event flows, variables; test/harness/semantic.ts), defect flows included (their findings
 * go into the definition's baseline). One import process per file, four at a time; the builds are
 * batched, one `flowgen build` per group of definitions with distinct flow names (build writes
 * `<FlowName>.json`, and the corpus holds several versions of one flow). The definitions live in
 * test/.cli-roundtrip/ so that `import … from 'wxcc-flowgen'` resolves to this package.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles, MIN_CORPUS_FLOW_DOCUMENTS } from '../harness/corpus.js';
import { unwrap } from '../harness/document.js';
import { corpusRoot, hasShared, repoRoot } from '../harness/paths.js';
import { semantic } from '../harness/semantic.js';

const run = promisify(execFile);
const bin = join(repoRoot, 'build/cli/main.js');
const workspace = join(repoRoot, 'test/.cli-roundtrip');
const CONCURRENCY = 4;

interface Case {
  file: string;
  flowName: string;
  dir: string;
  import?: { code: number; stderr: string };
  build?: { code: number; stderr: string; outDir: string };
}

async function flowgen(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? String(error) };
  }
}

async function inPool<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

/** Groups in which no two cases share a flow name, in file order. */
function distinctNameGroups(cases: readonly Case[]): Case[][] {
  const groups: Case[][] = [];
  for (const c of cases) {
    const group = groups.find((g) => !g.some((other) => other.flowName === c.flowName));
    if (group) group.push(c);
    else groups.push([c]);
  }
  return groups;
}

const flows: Case[] = corpusFiles.flatMap((file, i) => {
  const parsed = JSON.parse(file.text);
  if (!parsed?.process && typeof parsed?.flow !== 'string') return [];
  return [{ file: file.name, flowName: unwrap(parsed).name as string, dir: join(workspace, `f${String(i).padStart(2, '0')}`) }];
});

describe.skipIf(!hasShared)('the corpus through the CLI: flowgen import, then flowgen build', () => {
  beforeAll(async () => {
    rmSync(workspace, { recursive: true, force: true });
    await inPool(flows, async (c) => {
      mkdirSync(c.dir, { recursive: true });
      const result = await flowgen('import', join(corpusRoot, c.file), '-o', join(c.dir, 'x.flow.ts'));
      c.import = { code: result.code, stderr: result.stderr };
    });
    const groups = distinctNameGroups(flows.filter((c) => c.import?.code === 0));
    await inPool(groups, async (group) => {
      const outDir = join(group[0]!.dir, 'dist');
      const result = await flowgen('build', '-q', '-o', outDir, ...group.map((c) => join(c.dir, 'x.flow.ts')));
      for (const c of group) c.build = { code: result.code, stderr: result.stderr, outDir };
    });
  }, 600_000);

  it(`covers every flow document (at least ${MIN_CORPUS_FLOW_DOCUMENTS})`, () => {
    expect(flows.length).toBeGreaterThanOrEqual(MIN_CORPUS_FLOW_DOCUMENTS);
  });

  it.each(flows.map((c) => [c.file, c] as const))('%s: imports, builds, and equals the export', (_, c) => {
    expect(c.import, 'import').toMatchObject({ code: 0 });
    expect(c.build?.code, `build: ${c.build?.stderr}`).toBe(0);
    const original = unwrap(JSON.parse(readFileSync(join(corpusRoot, c.file), 'utf8')));
    const built = JSON.parse(readFileSync(join(c.build!.outDir, `${c.flowName}.json`), 'utf8'));
    expect(semantic(built)).toEqual(semantic(original));
  });
});
