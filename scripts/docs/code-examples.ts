/**
 * The documented examples of each diagnostic code, as files: `docs/codes/FGnnn/example.yaml` says
 * what is wrong and how it is fixed, and which command shows it; `wrong/` is a tiny project (the
 * files a user would have) and `right/` lays the files that fix it over `wrong/`. A code that has
 * no wrong input by its nature (a bug in flowgen) has `exempt: <why>` instead of examples.
 * scripts/docs/diagnostics.ts renders them; test/reference/diagnostics.test.ts runs them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** The org a plan/deploy example talks to: the test serves it from a local fake of the Webex API. */
const fakeOrg = z.strictObject({
  token: z.string(),
  scopes: z.array(z.string()).optional(),
  queues: z.array(z.strictObject({ id: z.string(), name: z.string() })).optional(),
  entryPoints: z.array(z.strictObject({ id: z.string(), name: z.string() })).optional(),
  audioFiles: z.array(z.strictObject({ id: z.string(), name: z.string() })).optional(),
  businessHours: z.array(z.strictObject({ id: z.string(), name: z.string() })).optional(),
});

/** A failure the fake answers with (test/harness/fake-flow-api.ts `Fault`): `status` for `times` requests of `operation` (any when absent). */
const fakeFault = z.strictObject({ status: z.number().int(), operation: z.string().optional(), times: z.number().int().optional(), retryAfter: z.string().optional() });

/**
 * A file (or many) of the wrong example too large to keep in the repository, written when the
 * example runs: `fill` repeated to `bytes`, or `count` copies of `text` in `folder` named by
 * `name` with `{n}` numbered from 1.
 */
const generatedInput = z.union([
  z.strictObject({ path: z.string(), bytes: z.number().int().positive(), fill: z.string().min(1), describe: z.string().min(10) }),
  z.strictObject({ folder: z.string(), count: z.number().int().positive(), name: z.string().includes('{n}'), text: z.string(), describe: z.string().min(10) }),
]);
export type GeneratedInput = z.infer<typeof generatedInput>;

const exampleMeta = z.union([
  z.strictObject({ exempt: z.string().min(20) }),
  z.strictObject({
    /** What the wrong example does wrong, in one sentence. */
    problem: z.string().min(10),
    /** What the right example changes. */
    fix: z.string().min(10),
    /** The command line that shows the code, run in the example's folder. */
    command: z.string().startsWith('flowgen '),
    /** A command run first, its output not checked (the build whose outputs `build --check` checks). */
    setup: z.string().startsWith('flowgen ').optional(),
    /** The right example's setup, when it differs (none: `""`). */
    rightSetup: z.string().optional(),
    /** The folder is a git repository with the example's files committed (for `diff --git`). */
    git: z.boolean().optional(),
    /** The right example's command, when it differs. */
    rightCommand: z.string().startsWith('flowgen ').optional(),
    /** Codes the wrong example reports besides its own, each a consequence of the one problem. */
    alsoReports: z.array(z.string().regex(/^FG\d{3}$/)).optional(),
    /** Files of `wrong/` the right example does not have (a file renamed: the new name is in `right/`). */
    rightRemoves: z.array(z.string()).optional(),
    /** The exit code the right example ends with (0 unless said). */
    rightExitCode: z.number().int().optional(),
    /** Environment variables the commands need (an access token's variable, for plan/deploy). */
    env: z.record(z.string(), z.string()).optional(),
    /** The Webex org(s) plan/deploy meet, by org id: served by the test's fake Webex API. */
    webex: z.record(z.string(), fakeOrg).optional(),
    faults: z.array(fakeFault).optional(),
    /** Instead of the Webex API, something else answers every request (a proxy's login page): the test serves this on 127.0.0.1. */
    proxyAnswer: z.strictObject({ status: z.number().int(), contentType: z.string(), body: z.string() }).optional(),
    /** The right example's environment and faults, when they differ. */
    rightEnv: z.record(z.string(), z.string()).optional(),
    rightFaults: z.array(fakeFault).optional(),
    /** Run the built CLI in its own process: the example is about the process (its command line). */
    spawn: z.boolean().optional(),
    /** Inputs of the wrong example written when it runs (too large to keep as files). */
    generated: z.array(generatedInput).optional(),
  }),
]);
export type ExampleMeta = z.infer<typeof exampleMeta>;
export type RunnableMeta = Exclude<ExampleMeta, { exempt: string }>;

export interface ExampleFile {
  /** Path inside the example project, with `/`. */
  path: string;
  text: string;
}

export interface CodeExample {
  code: string;
  meta: ExampleMeta;
  wrong: ExampleFile[];
  /** Only the files `right/` lays over `wrong/`. */
  right: ExampleFile[];
}

export const codesDir = (repo: string): string => join(repo, 'docs', 'codes');

function filesUnder(dir: string, root = dir): ExampleFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return filesUnder(path, root);
      return [{ path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }];
    });
}

/** The example of `code`, or undefined when docs/codes/<code>/example.yaml does not exist. */
export function readCodeExample(repo: string, code: string): CodeExample | undefined {
  const dir = join(codesDir(repo), code);
  const metaFile = join(dir, 'example.yaml');
  if (!existsSync(metaFile)) return undefined;
  const meta = exampleMeta.parse(parse(readFileSync(metaFile, 'utf8')));
  return { code, meta, wrong: filesUnder(join(dir, 'wrong')), right: filesUnder(join(dir, 'right')) };
}

/** Every folder under docs/codes (to find examples of codes that are not registered). */
export function exampleFolders(repo: string): string[] {
  return existsSync(codesDir(repo)) ? readdirSync(codesDir(repo)).sort() : [];
}

/** The files of the right example: `wrong/` with `right/` laid over it. */
export function rightFiles(example: CodeExample): ExampleFile[] {
  const overlay = new Map(example.right.map((f) => [f.path, f]));
  const removed = 'exempt' in example.meta ? [] : (example.meta.rightRemoves ?? []);
  const base = example.wrong.filter((f) => !overlay.has(f.path) && !removed.includes(f.path));
  return [...base, ...example.right].sort((a, b) => a.path.localeCompare(b.path));
}

/** One side of an example, as it is run and shown. */
export interface ExampleSide {
  files: ExampleFile[];
  command: string;
  setup: string | undefined;
  env: Record<string, string>;
  faults: z.infer<typeof fakeFault>[];
  /** What answers instead of the API (wrong side only). */
  proxyAnswer: RunnableMeta['proxyAnswer'];
  /** Inputs written when the side runs (wrong side only). */
  generated: GeneratedInput[];
}

export function wrongSide(example: CodeExample, meta: RunnableMeta): ExampleSide {
  return { files: example.wrong, command: meta.command, setup: meta.setup, env: meta.env ?? {}, faults: meta.faults ?? [], proxyAnswer: meta.proxyAnswer, generated: meta.generated ?? [] };
}

export function rightSide(example: CodeExample, meta: RunnableMeta): ExampleSide {
  return {
    files: rightFiles(example),
    command: meta.rightCommand ?? meta.command,
    setup: meta.rightSetup ?? meta.setup,
    env: meta.rightEnv ?? meta.env ?? {},
    faults: meta.rightFaults ?? meta.faults ?? [],
    proxyAnswer: undefined,
    generated: [],
  };
}

/** The package.json every example project has (so flowgen finds the project root), not shown per example. */
export const examplePackageJson = `${JSON.stringify({ name: 'example', private: true, type: 'module', devDependencies: { 'wxcc-flowgen': '*' } }, null, 2)}\n`;
