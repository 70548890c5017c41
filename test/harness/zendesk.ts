/** Compiles the bundled Zendesk IVR once per test file. */
import { compileFlow, type CompiledFlow } from '../../src/index.js';
import zendeskIvr from '../../flows/zendesk-ivr.flow.js';

let cached: Promise<CompiledFlow> | undefined;

export function compiledZendesk(): Promise<CompiledFlow> {
  cached ??= compileFlow(zendeskIvr, { file: 'flows/zendesk-ivr.flow.ts' });
  return cached;
}

export { zendeskIvr };
