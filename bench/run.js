/**
 * `npm run bench`: time to build the Zendesk IVR and synthetic flows of 100, 1,000 and 5,000
 * activities, per activity, next to the floor (`JSON.stringify` of the same document), with the
 * phases split out so the ratio can be watched as the code grows. Never part of the test suite.
 */
import { performance } from 'node:perf_hooks';
import { format } from 'prettier';
import { buildFlow, checkFlowDocument, validateFlow } from '../build/index.js';
import { emitWebexFlow } from '../build/emit/webex/emit.js';
import { loadDefinitionModule } from '../build/load/definition-module.js';
import { syntheticFlow } from './synthetic-flow.js';
import { loadTemplates } from '../build/load/templates.js';

const benchTemplates = loadTemplates(new URL('../templates', import.meta.url).pathname);

const sizes = process.argv.slice(2).map(Number).filter(Boolean);

async function measure(definition, repeat) {
  const times = { build: 0, validate: 0, emit: 0, schema: 0, prettier: 0, stringify: 0 };
  let activities = 0;
  let bytes = 0;
  for (let i = 0; i < repeat; i++) {
    let t = performance.now();
    const lap = (key) => {
      const now = performance.now();
      times[key] += now - t;
      t = now;
    };
    const built = buildFlow(definition, definition.settings.params.parse({}), undefined, { templates: benchTemplates });
    lap('build');
    const { diagnostics, index } = validateFlow(built.ir);
    lap('validate');
    if (diagnostics.some((d) => d.severity === 'error')) throw new Error(`bench flow invalid: ${diagnostics[0].message}`);
    const document = await emitWebexFlow(index);
    lap('emit');
    const violations = checkFlowDocument(document);
    lap('schema');
    if (violations.length) throw new Error(`bench flow breaks the schema: ${violations[0].path} ${violations[0].message}`);
    const json = JSON.stringify(document);
    lap('stringify');
    const text = await format(json, { parser: 'json-stringify' });
    lap('prettier');
    activities = built.ir.activities.length;
    bytes = text.length;
  }
  for (const key of Object.keys(times)) times[key] /= repeat;
  return { activities, bytes, times };
}

const row = (label, { activities, bytes, times }) => {
  const total = times.build + times.validate + times.emit + times.schema + times.stringify + times.prettier;
  const per = (ms) => `${((ms / activities) * 1000).toFixed(0)} µs`;
  return [
    label.padEnd(16),
    String(activities).padStart(6),
    `${(bytes / 1024).toFixed(0)} KiB`.padStart(10),
    `${total.toFixed(0)} ms`.padStart(10),
    per(total).padStart(10),
    per(times.stringify).padStart(10),
    `${(total / times.stringify).toFixed(0)}x`.padStart(8),
    ` build ${times.build.toFixed(0)} · validate ${times.validate.toFixed(0)} · layout+emit ${times.emit.toFixed(0)} · schema ${times.schema.toFixed(0)} · prettier ${times.prettier.toFixed(0)} ms`,
  ].join(' ');
};

console.log(`node ${process.version}; times are means, after one warm-up run`);
console.log(['flow'.padEnd(16), 'acts'.padStart(6), 'output'.padStart(10), 'total'.padStart(10), 'per act'.padStart(10), 'floor/act'.padStart(10), 'ratio'.padStart(8), ' phases'].join(' '));

const zendesk = await loadDefinitionModule(new URL('../flows/zendesk-ivr.flow.ts', import.meta.url).pathname);
await measure(zendesk.definition, 1);
console.log(row('Zendesk_IVR', await measure(zendesk.definition, 5)));
for (const size of sizes.length ? sizes : [100, 1000, 5000]) {
  const definition = syntheticFlow(size);
  if (size <= 1000) await measure(definition, 1);
  console.log(row(`synthetic ${size}`, await measure(definition, size <= 1000 ? 3 : 1)));
}

// 500 tenants of the Zendesk IVR, values generated in memory (no files): the whole per-tenant path
// (tenant check, forks, templates, compile, prettier) as `flowgen build --all-tenants` runs it.
{
  const { compileTenant } = await import('../build/api/build-tenants.js');
  const { parseTenantText } = await import('../build/load/tenant-file.js');
  const { loadTemplates } = await import('../build/load/templates.js');
  const templates = loadTemplates(new URL('../templates', import.meta.url).pathname);
  const definitions = new Map([['Zendesk_IVR', { definition: zendesk.definition, file: zendesk.file }]]);
  const tenantText = (i) => `flowName: "{flow}_{tenant}"
flows:
  Zendesk_IVR:
    params:
      companyName: Tenant ${i} Support
      greetingMessage: Thanks for calling tenant ${i}.
      zendeskSubdomain: tenant-${i}
      zendeskConnectorId: conn-${i}
      standardQueue: { id: std-${i}, name: Standard_${i} }
      priorityQueue: { id: vip-${i}, name: Priority_${i} }
      voice: ${i % 2 ? 'en-US-Standard-C' : 'en-GB-Standard-A'}
${i % 3 === 0 ? '    forks: { vip-only-severity: true, language-menu: true }\n' : ''}`;
  const count = Number(process.env.BENCH_TENANTS ?? 500);
  const texts = Array.from({ length: count }, (_, i) => tenantText(i));
  await compileTenant(parseTenantText(texts[0], 'tenants/t0.yaml').tenant, definitions, templates);
  const started = performance.now();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const loaded = parseTenantText(texts[i], `tenants/t${i}.yaml`);
    const built = await compileTenant(loaded.tenant, definitions, templates);
    if (built.diagnostics.some((d) => d.severity === 'error')) throw new Error(`bench tenant invalid: ${built.diagnostics[0].message}`);
    bytes += built.flows[0].text.length;
  }
  const total = performance.now() - started;
  console.log(`tenants: ${count} builds of Zendesk_IVR (every third with 2 forks) in ${(total / 1000).toFixed(1)} s: ${(total / count).toFixed(1)} ms per tenant, ${(bytes / 1024 / 1024).toFixed(1)} MiB of output`);
}
