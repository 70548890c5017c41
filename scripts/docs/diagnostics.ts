/**
 * Renders docs/diagnostics.md: every code registered in src/diagnostics/codes.ts, in code order,
 * with its rule, default severity and summary, and its wrong and right example from docs/codes/
 * (see scripts/docs/code-examples.ts). The page is generated; test/reference checks it is fresh
 * and runs every example.
 */
import { extname } from 'node:path';
import { diagnosticCodes } from '../../src/diagnostics/codes.js';
import { readCodeExample, rightSide, wrongSide, type CodeExample, type ExampleFile, type ExampleSide, type RunnableMeta } from './code-examples.js';

/** Code families (house style §4), by the code's first digits. */
const families: readonly [prefix: string, title: string][] = [
  ['FG0', 'FG0xx: loading and shape'],
  ['FG1', 'FG1xx: the graph of activities'],
  ['FG2', 'FG2xx: variables and expressions'],
  ['FG3', 'FG3xx: activity settings'],
  ['FG4', 'FG4xx: security'],
  ['FG5', 'FG5xx: tenants, forks and templates'],
  ['FG6', 'FG6xx: diff and drift checks'],
  ['FG7', 'FG7xx: simulate, test and graph'],
  ['FG8', 'FG8xx: plan and deploy'],
  ['FG9', 'FG9xx: bugs in flowgen'],
];

const fenceLanguage: Record<string, string> = { '.ts': 'ts', '.js': 'js', '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json', '.hbs': 'handlebars' };

/** A fence longer than any backtick run in `text`, so a file's own fences cannot close it. */
function fenced(text: string, language: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

function renderFiles(files: readonly ExampleFile[]): string[] {
  return files.map((file) => `\`${file.path}\`\n\n${fenced(file.text, fenceLanguage[extname(file.path)] ?? 'text')}`);
}

/** The Webex org a plan/deploy example meets, and the failures its API answers with. */
function renderOrg(meta: RunnableMeta, side: ExampleSide): string[] {
  if (side.proxyAnswer) return [`Instead of the Webex API, a proxy answers every request with ${side.proxyAnswer.status} and a ${side.proxyAnswer.contentType} page (in the test, a server on 127.0.0.1 given by \`--api-url\`).`];
  if (!meta.webex) return [];
  const orgs = Object.entries(meta.webex).map(([orgId, org]) => {
    const resources = (['queues', 'entryPoints', 'audioFiles', 'businessHours'] as const).flatMap((kind) => (org[kind] ?? []).map((r) => `${kind.replace(/s$/, '')} "${r.name}" (${r.id})`));
    const scopes = org.scopes ? `; its tokens have the scopes ${org.scopes.join(', ') || 'none'}` : '';
    return `org ${orgId} has ${resources.length ? resources.join(', ') : 'no queues, entry points, audio files or business hours'}${scopes}`;
  });
  const faults = side.faults.map((f) => `the API answers ${f.status}${f.operation ? ` to ${f.operation}` : ''} ${f.times ?? 1} time${f.times === 1 || f.times === undefined ? '' : 's'}`);
  return [`The Webex org (in the test, a local fake of the Webex API, given by \`--api-url\`): ${[...orgs, ...faults].join('; ')}.`];
}

/** What happened in the folder before the command: a git commit of the files, a first command. */
function prelude(meta: RunnableMeta, side: ExampleSide): string[] {
  const git = meta.git ? ['The folder is a git repository with these files committed.'] : [];
  const generated = side.generated.map((g) => `${'path' in g ? `\`${g.path}\`` : `\`${g.folder}/\``}: ${g.describe}`);
  return [...generated, ...git, ...(side.setup ? [`After \`${side.setup}\`:`] : [])];
}

function commandLine(side: ExampleSide): string {
  const names = Object.keys(side.env);
  const env = names.length ? `With ${names.map((k) => `\`${k}\``).join(', ')} set in the environment:\n\n` : '';
  return `${env}${fenced(`$ ${side.command}`, 'sh')}`;
}

function removedText(meta: RunnableMeta): string {
  const removed = meta.rightRemoves ?? [];
  return removed.length ? ` ${removed.map((path) => `\`${path}\``).join(', ')} ${removed.length === 1 ? 'is' : 'are'} gone.` : '';
}

function renderExample(example: CodeExample, meta: RunnableMeta): string[] {
  const code = example.code;
  const also = meta.alsoReports?.length ? ` (and, as a consequence, ${meta.alsoReports.join(', ')})` : '';
  const [wrong, right] = [wrongSide(example, meta), rightSide(example, meta)];
  const rightOrg = JSON.stringify(right.faults) === JSON.stringify(wrong.faults) && !wrong.proxyAnswer ? [] : renderOrg(meta, right);
  return [
    `**Wrong:** ${meta.problem}`,
    ...renderFiles(example.wrong),
    ...renderOrg(meta, wrong),
    ...prelude(meta, wrong),
    `${commandLine(wrong)}\n\nreports ${code}${also}.`,
    `**Right:** ${meta.fix}${removedText(meta)}${example.right.length ? ' The files that change:' : ''}`,
    ...renderFiles(example.right),
    ...rightOrg,
    ...prelude(meta, right),
    `${commandLine(right)}\n\ndoes not report ${code}.`,
  ];
}

function renderCode(code: string, repo: string): string[] {
  const info: { rule: string; severity: string; summary: string; retired?: boolean } = diagnosticCodes[code as keyof typeof diagnosticCodes];
  const heading = [`### ${code} ${info.rule}`, `${info.retired ? '*Retired.* ' : ''}Default severity: **${info.severity}**. ${info.summary}`];
  const example = readCodeExample(repo, code);
  if (!example) return [...heading, '*No example yet.*'];
  if ('exempt' in example.meta) return [...heading, `*No example:* ${example.meta.exempt}`];
  return [...heading, ...renderExample(example, example.meta)];
}

/** The page's text, from codes.ts and the example files under `repo`/docs/codes. */
export function renderDiagnosticsPage(repo: string): string {
  const codes = Object.keys(diagnosticCodes).sort();
  const sections = families.flatMap(([prefix, title]) => {
    const inFamily = codes.filter((c) => c.startsWith(prefix));
    return inFamily.length ? [`## ${title}`, ...inFamily.flatMap((code) => renderCode(code, repo))] : [];
  });
  const index = codes.map((code) => `[${code}](#${code.toLowerCase()}-${diagnosticCodes[code as keyof typeof diagnosticCodes].rule})`).join(' · ');
  return `${[
    '<!-- Generated by `npm run docs` (scripts/docs/diagnostics.ts) from src/diagnostics/codes.ts and docs/codes/: do not edit by hand. -->',
    '# Diagnostics',
    'Every message flowgen prints carries a stable code (`FG102`), a rule name (`unwired-port`), a severity, where the problem is (file:line:col, or the activity and JSON path) and a hint. This page lists every code with an example of input that gets it (**wrong**) and the same input fixed (**right**).',
    'Each example is a small project folder: the files shown, plus a `package.json` that depends on `wxcc-flowgen`; the command runs in that folder. The right example is the wrong one with the files shown under it changed. The examples live in `docs/codes/<code>/` (`example.yaml`, `wrong/`, `right/`), and the tests in `test/reference/` run every one: the wrong example must report its code (and no other code it does not name), the right one must not, and every TypeScript file must type-check unless the type error is the problem. A code that cannot have an example says why.',
    'Exit codes: 0 clean (warnings and infos do not fail), 1 when a diagnostic is an error (or a warning, under `--strict`), 2 for a usage mistake or a bug in flowgen (FG9xx).',
    index,
    ...sections,
    '## Adding a code',
    'Register the code in `src/diagnostics/codes.ts`, then give it an example: `docs/codes/<code>/example.yaml` (`problem`, `fix` and the `command` that shows the code; the fields are described in `scripts/docs/code-examples.ts`), the wrong project in `wrong/` and the files that fix it in `right/`. Run `npm run docs` to regenerate this page and `npx vitest run test/reference` to run the examples. The test fails for a registered code with neither an example nor an exemption.',
  ].join('\n\n')}\n`;
}
