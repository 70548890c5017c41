/**
 * `flowgen plan` and `flowgen deploy`: per tenant (org) and flow, what would change or what was
 * done, against the Webex Contact Center Flow API. Exit 0 when every org succeeded, 1 when any
 * failed or a flow has errors (the report says which), 2 on usage errors. `--format json` prints
 * exactly one JSON document on stdout; diagnostics go to stderr otherwise.
 */
import { Option, type Command } from 'commander';
import { deployTenants, planTenants, type DeployReport } from '../../api/deploy-tenants.js';
import { formatDeployMarkdown, formatDeployText } from '../../deploy/format.js';
import { exitCodeFor, formatOption, reportToStderr } from '../output.js';

interface DeployFlags {
  tenant?: string[];
  allTenants?: boolean;
  apiUrl?: string;
  format: 'text' | 'json' | 'markdown';
  publish?: boolean;
  tag?: 'Live' | 'Test' | 'Dev';
  comment?: string;
  dryRun?: boolean;
  concurrency: string;
  timeout: string;
}

function common(command: Command, mode: 'plan' | 'deploy'): Command {
  return command
    .option('--tenant <name...>', 'tenants (orgs) to work on: tenants/<name>.yaml')
    .option('--all-tenants', 'every tenants/*.yaml')
    .option('--api-url <url>', "API host instead of each tenant's region host (a proxy, a test server)")
    .addOption(formatOption(mode === 'plan' ? ['text', 'markdown', 'json'] : ['text', 'json'], 'output format'))
    .option('--concurrency <n>', 'orgs worked on at once', '8')
    .option('--timeout <ms>', 'timeout of one HTTP attempt', '30000');
}

async function act(mode: 'plan' | 'deploy', flags: DeployFlags, command: Command, setExit: (code: number) => void): Promise<void> {
  if (flags.tenant && flags.allTenants) command.error('use --tenant or --all-tenants, not both', { exitCode: 2 });
  if (!flags.tenant && !flags.allTenants) command.error(`flowgen ${mode} needs --tenant <name…> or --all-tenants`, { exitCode: 2 });
  if ((flags.tag !== undefined || flags.comment !== undefined) && !flags.publish) command.error('--tag and --comment go with --publish', { exitCode: 2 });
  const concurrency = Number(flags.concurrency);
  const timeoutMs = Number(flags.timeout);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) command.error('--concurrency expects a whole number from 1 to 64', { exitCode: 2 });
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100) command.error('--timeout expects milliseconds (at least 100)', { exitCode: 2 });
  if (flags.apiUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(flags.apiUrl)) command.error('--api-url expects a URL such as https://api.wxcc-us1.cisco.com', { exitCode: 2 });
  const debug = Boolean(command.optsWithGlobals()['debug']);
  const options = {
    cwd: process.cwd(),
    tenants: flags.allTenants ? ('all' as const) : flags.tenant!,
    env: process.env,
    concurrency,
    timeoutMs,
    ...(flags.apiUrl ? { apiUrl: flags.apiUrl } : {}),
    ...(flags.publish ? { publish: { tag: flags.tag ?? 'Live', comment: flags.comment ?? 'Published by flowgen deploy' } } : {}),
    ...(flags.dryRun ? { dryRun: true } : {}),
    ...(debug ? { debug: (line: string) => process.stderr.write(`debug: ${line}\n`) } : {}),
  };
  const report: DeployReport = mode === 'plan' ? await planTenants(options) : await deployTenants(options);
  const diagnostics = [...report.diagnostics, ...report.orgs.flatMap((o) => o.diagnostics)];
  if (flags.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    reportToStderr(diagnostics);
    const render = flags.format === 'markdown' ? formatDeployMarkdown : formatDeployText;
    process.stdout.write(render(report.orgs, mode, report.dryRun));
    const s = report.summary;
    if (flags.format === 'text') process.stdout.write(`${s.orgs} ${s.orgs === 1 ? 'org' : 'orgs'}, ${s.failed} failed; flows: ${s.new} new, ${s.changed} changed, ${s.unchanged} unchanged; ${s.imported} imported, ${s.published} published, ${s.writeCalls} write calls\n`);
  }
  const exitCode = exitCodeFor(diagnostics);
  setExit(exitCode === 0 && report.summary.failed > 0 ? 1 : exitCode);
}

export function registerPlan(program: Command, setExit: (code: number) => void): void {
  common(program.command('plan').description('show, per org and flow, what deploy would change (read-only)'), 'plan')
    .addOption(new Option('--publish', 'also say whether the tag would move'))
    .addOption(new Option('--tag <tag>', 'the tag to check with --publish').choices(['Live', 'Test', 'Dev']))
    .action((flags: DeployFlags, command: Command) => act('plan', flags, command, setExit));
}

export function registerDeploy(program: Command, setExit: (code: number) => void): void {
  common(program.command('deploy').description('import new and changed flows into each org (subflows first), publish if asked'), 'deploy')
    .option('--publish', 'publish each imported flow (and any flow whose tag lags behind)')
    .addOption(new Option('--tag <tag>', 'tag the published version').choices(['Live', 'Test', 'Dev']))
    .option('--comment <text>', 'publish comment')
    .option('--dry-run', 'plan only: report what would be done, write nothing')
    .action((flags: DeployFlags, command: Command) => act('deploy', flags, command, setExit));
}
