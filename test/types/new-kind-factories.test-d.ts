/**
 * Type-level promises of the factories issue 10 added for the kinds that had none: a port the kind
 * does not have is a compile error, `routes` needs every required port, inputs are checked, and
 * the handles' outputs are typed.
 */
import { describe, expectTypeOf, test } from 'vitest';
import { defineFlow, z, type OutputRef } from '../../src/index.js';

const settings = { name: 'Types', params: z.object({}) };

describe('the new kinds’ factories', () => {
  test('collect digits: default, timeout, invalid (required) and error; the digits are a string output', () => {
    defineFlow(settings, (f) => {
      const bye = f.disconnect('Bye');
      const digits = f.collectDigits('Digits', { say: 'Enter', maxDigits: 4 });
      digits.routes({ default: bye, timeout: bye, invalid: bye });
      expectTypeOf(digits.on).parameter(0).toEqualTypeOf<'default' | 'timeout' | 'invalid' | 'error'>();
      expectTypeOf(digits.digits).toEqualTypeOf<OutputRef<'string'>>();
      // @ts-expect-error invalid is missing
      digits.routes({ default: bye, timeout: bye });
      // @ts-expect-error the terminator is # or *
      f.collectDigits('D2', { say: 'x', terminator: '5' });
    });
  });

  test('virtual agents route by ENDED and ESCALATE and have no `then`', () => {
    defineFlow(settings, (f) => {
      const bye = f.disconnect('Bye');
      const bot = f.virtualAgent('Bot', { connector: 'ccai-1' });
      bot.routes({ ENDED: bye, ESCALATE: bye, error: bye });
      // @ts-expect-error a virtual agent has no main port
      bot.then(bye);
      // @ts-expect-error ports are ENDED and ESCALATE, in capitals
      bot.on('ended', bye);
      const agent = f.virtualAgentVoice('Agent', { connector: 'ccai-2' });
      agent.routes({ ENDED: bye, ESCALATE: bye });
      expectTypeOf(agent.metaData).toEqualTypeOf<OutputRef<'json'>>();
      // @ts-expect-error the connector is an id or { id, name }
      f.virtualAgentVoice('A2', { connector: { id: 'x' } });
    });
  });

  test('parse takes a variable or an output, subflow mappings take variables', () => {
    defineFlow(settings, (f) => {
      const data = f.variable('data', 'json');
      const name = f.variable('name', 'string');
      const agent = f.virtualAgentVoice('Agent', { connector: 'ccai-2' });
      f.parse('P1', { input: data, outputs: [{ variable: name, path: '$.name' }] });
      f.parse('P2', { input: agent.metaData, outputs: [{ variable: name, path: '$.name' }] });
      // @ts-expect-error the input is a variable or an output, not its name
      f.parse('P3', { input: 'data', outputs: [] });
      f.subflow('Sub', { subflow: { name: 'checkBalance' }, versionId: 'v1', inputs: [{ from: name, to: 'subName' }] });
      // @ts-expect-error a subflow input maps a variable, not its name
      f.subflow('Sub2', { subflow: { name: 'checkBalance' }, versionId: 'v1', inputs: [{ from: 'name', to: 'subName' }] });
    });
  });

  test('queue to agent, get queue info, callback, media stream: their ports and priorities', () => {
    defineFlow(settings, (f) => {
      const bye = f.disconnect('Bye');
      const level = f.variable('level', 'integer');
      const label = f.variable('label', 'string');
      const toAgent = f.queueToAgent('ToAgent', { agent: label, reportingQueue: { id: 'q' }, recoveryQueue: { id: 'q' }, priority: level });
      toAgent.routes({ default: bye, error: bye });
      // @ts-expect-error the priority variable is an integer one
      f.queueToAgent('T2', { agent: label, reportingQueue: { id: 'q' }, recoveryQueue: { id: 'q' }, priority: label });
      const info = f.getQueueInfo('Info', { queue: 'q' });
      info.routes({ default: bye, insufficientdata: bye });
      expectTypeOf(info.ewt).toEqualTypeOf<OutputRef<'integer'>>();
      // @ts-expect-error insufficientdata is missing
      info.routes({ default: bye });
      f.callback('Cb', { dialNumber: f.call.ani }).on('failure', bye);
      // @ts-expect-error a media stream has default and failure
      f.startMediaStream('S', { destination: 'Cisco AI Assistant' }).on('error', bye);
    });
  });

  test('a subflow start is not a link target, an end subflow has no ports', () => {
    defineFlow({ ...settings, flowType: 'SUBFLOW' }, (f) => {
      const start = f.subflowStart('StartSubflow');
      const end = f.endSubflow('EndSubflow');
      start.then(end);
      // @ts-expect-error nothing links to a start
      f.playMessage('P', { say: 'x' }).then(start);
      // @ts-expect-error an end subflow has no ports
      end.on('default', end);
    });
  });
});
