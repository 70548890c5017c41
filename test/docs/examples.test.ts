/**
 * Every fenced example in README.md and docs/**\/*.md runs as written (issue 16): each page in its
 * own scratch copy of the project (a git checkout with test/fixtures/made/), block by block in
 * page order. TypeScript blocks are type-checked (one strict tsc run for all) and flows among them
 * built; YAML flows and tenant files built; shell blocks run; console blocks' output compared.
 * Conventions and markers: docs/contributing.md#examples-in-the-docs-are-tests. The generated
 * references (docs/diagnostics.md, docs/dsl-reference.md, docs/codes/) are test/reference/'s.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { basename, dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildFlowFiles } from '../../src/api/build-files.js';
import { buildTenantFiles } from '../../src/api/build-tenants.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { repoRoot } from '../harness/paths.js';
import { consoleSessions, excerptLines, fencedBlocks, matchesShownOutput, type FencedBlock } from './markdown-blocks.js';

const GENERATED = new Set(['docs/diagnostics.md', 'docs/dsl-reference.md']);
/** Blocks not run at all (deploy needs a Webex org and token; the benchmark and the fuzzer run for minutes); kept few on purpose. */
const MAX_BARE_EXCERPTS = 2;
const SHELL = new Set(['sh', 'bash']);
const NOT_RUN = new Set(['text', 'mermaid', 'json']);

function markdownPages(): string[] {
  const pages = ['README.md'];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(join(repoRoot, folder), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory() && path !== 'docs/codes') walk(path);
      else if (entry.name.endsWith('.md') && !GENERATED.has(path)) pages.push(path);
    }
  };
  walk('docs');
  return pages;
}

/** `npx flowgen …` and `flowgen …` in a shell example mean the scratch copy's own CLI; nothing else is fetched. */
const shim = (bin: string): string => `
set -e
flowgen() { node ${JSON.stringify(bin)} "$@"; }
npx() { if [ "$1" = flowgen ]; then shift; flowgen "$@"; else echo "docs test: npx $1 is not run" >&2; return 127; fi; }
`;

interface Project {
  root: string;
  sh(script: string): { code: number | null; output: string };
  remove(): void;
}

const AWKWARD_FOLDER = 'Mý Prøject #1,a';
/** What a page's examples may write to, copied; what they only read, linked (copying build/ and src/ per page is most of the time). */
const COPIED = ['package.json', 'tsconfig.json', 'flows', 'templates', 'tenants', 'test/fixtures/made'];
const LINKED = ['build', 'src', 'schemas', 'node_modules'];

/** A scratch checkout for one page: in a folder with spaces, `#`, a comma and non-ASCII letters; a git repository when the page uses `--git`. */
function pageProject(withGit: boolean): Project {
  const base = mkdtempSync(join(tmpdir(), 'flowgen-docs-'));
  const root = join(base, AWKWARD_FOLDER);
  for (const entry of COPIED) cpSync(join(repoRoot, entry), join(root, entry), { recursive: true });
  for (const entry of LINKED) symlinkSync(join(repoRoot, entry), join(root, entry), 'dir');
  if (withGit) {
    const identity = { GIT_AUTHOR_NAME: 'docs', GIT_AUTHOR_EMAIL: 'docs@example.com', GIT_COMMITTER_NAME: 'docs', GIT_COMMITTER_EMAIL: 'docs@example.com' };
    writeFileSync(join(root, '.gitignore'), 'dist\n');
    for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-qm', 'scratch']]) spawnSync('git', args, { cwd: root, env: { ...process.env, ...identity } });
  }
  const bin = join(root, 'build/cli/main.js');
  return {
    root,
    remove: () => rmSync(base, { recursive: true, force: true }),
    sh(script) {
      const run = spawnSync('bash', ['-c', `${shim(bin)}\n${script}`], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, npm_config_update_notifier: 'false' } });
      return { code: run.status, output: run.stdout };
    },
  };
}

const problems = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.message}`);

/** An example that must fail says with which code; one that must not shows no warning or error. */
function checkOutcome(block: FencedBlock, diagnostics: readonly Diagnostic[]): void {
  const codes = diagnostics.map((d) => d.code);
  expect(codes.filter((code) => code.startsWith('FG9')), 'no flowgen bug').toEqual([]);
  if (block.markers.expect) expect(codes, `the example must fail with ${block.markers.expect}`).toContain(block.markers.expect);
  else expect(problems(diagnostics)).toEqual([]);
}

async function buildFlow(project: Project, file: string, block: FencedBlock): Promise<void> {
  const result = await buildFlowFiles({ paths: [file], outDir: join(project.root, 'dist'), cwd: project.root });
  checkOutcome(block, result.diagnostics);
}

async function buildTenant(project: Project, tenant: string, block: FencedBlock): Promise<void> {
  const result = await buildTenantFiles({ paths: [], outDir: join(project.root, 'dist'), cwd: project.root, tenants: [tenant] });
  checkOutcome(block, result.diagnostics);
}

function write(project: Project, path: string, code: string): string {
  const file = join(project.root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, code);
  return file;
}


const isFlowModule = (block: FencedBlock): boolean => /^export default /m.test(block.code);
const tsPath = (block: FencedBlock, slug: string): string => block.markers.file ?? `doc-examples/${slug}-${block.line}${isFlowModule(block) ? '.flow.ts' : '.ts'}`;
const isRunTs = (block: FencedBlock): boolean => block.lang === 'ts' && !block.markers.excerpt && !block.markers.runBy && !block.markers.outputOf;

async function runTs(project: Project, block: FencedBlock, slug: string): Promise<void> {
  const isModule = isFlowModule(block);
  const file = write(project, tsPath(block, slug), block.code);
  // A flow is built; any other module (a rule, a test's setup) is run, and must not throw.
  if (isModule) await buildFlow(project, file, block);
  else await tsImport(pathToFileURL(file).href, import.meta.url);
}

async function runYaml(project: Project, block: FencedBlock, slug: string): Promise<void> {
  const data = parseYaml(block.code) as Record<string, unknown> | null;
  const path = block.markers.file;
  if (path) {
    const file = write(project, path, block.code);
    if (/^tenants\/[^/]+\.yaml$/.test(path)) await buildTenant(project, basename(path, '.yaml'), block);
    else if (/\.flow\.yaml$/.test(path)) await buildFlow(project, file, block);
    return;
  }
  if (data && typeof data === 'object' && 'activities' in data) {
    await buildFlow(project, write(project, `doc-examples/${slug}-${block.line}.flow.yaml`, block.code), block);
  } else if (data && typeof data === 'object' && 'flows' in data) {
    const tenant = `doc-example-${block.line}`;
    const file = write(project, `tenants/${tenant}.yaml`, block.code);
    try {
      await buildTenant(project, tenant, block);
    } finally {
      rmSync(file);
    }
  } else {
    throw new Error('a YAML block that is neither a flow (activities:) nor a tenant file (flows:) needs <!-- file: PATH --> or <!-- excerpt -->');
  }
}

function runShell(project: Project, block: FencedBlock): void {
  const run = project.sh(`exec 2>&1\n${block.code}`);
  if (block.markers.expect) {
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toContain(block.markers.expect);
  } else {
    expect(run.code, run.output).toBe(0);
  }
}

function runConsole(project: Project, block: FencedBlock): void {
  for (const session of consoleSessions(block.code)) {
    const run = project.sh(`exec 2>&1\n${session.command}`);
    const shown = session.output.join('\n');
    expect(matchesShownOutput(session.output, run.output.split('\n')), `$ ${session.command}\n--- the page shows:\n${shown}\n--- it prints:\n${run.output}`).toBe(true);
  }
}

function checkExcerpt(block: FencedBlock, sources: readonly string[]): void {
  const text = sources.map((source) => readFileSync(join(repoRoot, source), 'utf8')).join('\n');
  const squeeze = (s: string) => s.replace(/\s+/g, ' ');
  for (const line of excerptLines(block.code)) expect(squeeze(text), `excerpt line not in ${sources.join(', ')}`).toContain(squeeze(line));
}

function checkRunBy(block: FencedBlock, script: string): void {
  const text = readFileSync(join(repoRoot, script), 'utf8');
  const commands = block.code
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .flatMap((line) => line.split('&&').map((part) => part.trim()))
    .filter(Boolean);
  expect(commands.length).toBeGreaterThan(0);
  for (const command of commands) expect(text, `${script} runs "${command}"`).toContain(command);
}

async function runBlock(project: Project, block: FencedBlock, slug: string): Promise<void> {
  const { markers } = block;
  if (markers.runBy) return checkRunBy(block, markers.runBy);
  if (markers.excerpt === true) return;
  if (markers.excerpt) return checkExcerpt(block, markers.excerpt);
  if (markers.outputOf) {
    const run = project.sh(markers.outputOf);
    expect(run.output, `the block is the output of ${markers.outputOf}`).toBe(block.code);
    return;
  }
  if (block.lang === 'ts') return runTs(project, block, slug);
  if (block.lang === 'yaml') return runYaml(project, block, slug);
  if (SHELL.has(block.lang)) return runShell(project, block);
  if (block.lang === 'console') return runConsole(project, block);
  if (NOT_RUN.has(block.lang)) return;
  throw new Error(`a fence without a known language ("${block.lang}"): tag it ts, yaml, sh, console or text`);
}

const pages = markdownPages();
const pageBlocks = pages.map((page) => ({ page, slug: page.replace(/\.md$/, '').replace(/[^\w]+/g, '-'), text: readFileSync(join(repoRoot, page), 'utf8') }));
/** TypeScript blocks, at their path in one type-check project (all pages' blocks, one tsc run). */
const typeChecked = pageBlocks.flatMap(({ page, slug, text }) =>
  fencedBlocks(text)
    .filter(isRunTs)
    .map((block) => ({ path: tsPath(block, slug), code: block.code, where: `${page}:${block.line}` })),
);

describe('every example in README.md and docs/ runs as written', () => {
  for (const { page, slug, text } of pageBlocks) {
    const blocks = fencedBlocks(text);
    if (!blocks.length) continue;
    it(`${page} (${blocks.length} blocks)`, async () => {
      const project = pageProject(text.includes('--git'));
      try {
        for (const block of blocks) {
          try {
            await runBlock(project, block, slug);
          } catch (error) {
            if (error instanceof Error) error.message = `${page}:${block.line} (${block.lang} block): ${error.message}`;
            throw error;
          }
        }
      } finally {
        project.remove();
      }
    }, 120_000);
  }

  it('type-checks every TypeScript example (strict, as a project that depends on flowgen)', () => {
    expect(typeChecked.length).toBeGreaterThan(0);
    const project = pageProject(false);
    try {
      for (const { path, code } of typeChecked) {
        mkdirSync(dirname(join(project.root, path)), { recursive: true });
        writeFileSync(join(project.root, path), code);
      }
      writeFileSync(join(project.root, 'tsconfig.docs.json'), JSON.stringify({ extends: './tsconfig.json', include: typeChecked.map((t) => t.path) }));
      const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.docs.json', '--noEmit'], { cwd: project.root, encoding: 'utf8' });
      const located = (tsc.stdout + tsc.stderr).replace(/^(\S+?)\((\d+),/gm, (whole, path: string) => {
        const source = typeChecked.find((t) => t.path === path);
        return source ? `${source.where} (${path})(` : whole;
      });
      expect(located).toBe('');
      expect(tsc.status).toBe(0);
    } finally {
      project.remove();
    }
  }, 120_000);

  it(`runs nearly everything: at most ${MAX_BARE_EXCERPTS} blocks are marked as not run`, () => {
    const all = pageBlocks.flatMap(({ text }) => fencedBlocks(text));
    const notRun = all.filter((block) => block.markers.excerpt === true);
    const run = all.filter((block) => !NOT_RUN.has(block.lang) && block.markers.excerpt !== true);
    expect(run.length).toBeGreaterThan(30);
    expect(notRun.length).toBeLessThanOrEqual(MAX_BARE_EXCERPTS);
  });
});

describe('the docs pages the examples test reads', () => {
  it('includes README.md and every guide, and leaves out only the generated references', () => {
    expect(pages).toContain('README.md');
    expect(pages).toContain('docs/writing-flows.md');
    for (const generated of GENERATED) expect(pages).not.toContain(generated);
    expect(existsSync(join(repoRoot, 'docs/README.md'))).toBe(true);
  });
});
