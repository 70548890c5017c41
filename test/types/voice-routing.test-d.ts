/**
 * Type-level promises of the issue-9 voice/routing factories: each handle has exactly its kind's
 * ports, `routes({…})` needs every required branch, and option shapes that Flow Designer's radio
 * buttons exclude (a static entity and a variable, a version for an entry point) do not compile.
 */
import { describe, test } from 'vitest';
import { defineFlow, z } from '../../src/index.js';

const settings = { name: 'Types', params: z.object({}) };

describe('business hours', () => {
  test('needs every branch but error; no other port exists', () => {
    defineFlow(settings, (f) => {
      const bye = f.disconnect('Bye');
      const hours = f.businessHours('Hours', { schedule: { id: 'bh-1', name: 'Support hours' } });
      hours.routes({ workingHours: bye, holidays: bye, override: bye, default: bye });
      hours.routes({ workingHours: bye, holidays: bye, override: bye, default: bye, error: bye });
      // @ts-expect-error holidays is missing
      hours.routes({ workingHours: bye, override: bye, default: bye });
      // @ts-expect-error "closed" is not a port of business hours
      hours.on('closed', bye);
      // @ts-expect-error a static entity and a variable at once
      f.businessHours('Both', { schedule: { id: 'bh-1', name: 'S' }, scheduleVariable: f.variable('bh', 'string') });
      // @ts-expect-error the entity's variable must be a String variable
      f.businessHours('Int', { scheduleVariable: f.variable('n', 'integer') });
    });
  });
});

describe('queue contact with a variable queue', () => {
  test('needs its fallback queue, and takes no static queue beside it', () => {
    defineFlow(settings, (f) => {
      const queueId = f.variable('queueId', 'string');
      f.queueContact('Queue', { queueVariable: queueId, fallbackQueue: { id: 'q-1', name: 'Support' } });
      // @ts-expect-error a variable queue needs its fallback queue
      f.queueContact('NoFallback', { queueVariable: queueId });
      // @ts-expect-error a static queue and a variable one at once
      f.queueContact('Both', { queue: { id: 'q', name: 'Q' }, queueVariable: queueId, fallbackQueue: { id: 'q-1', name: 'Support' } });
      // @ts-expect-error the queue id is text: an integer variable cannot hold it
      f.queueContact('Int', { queueVariable: f.variable('n', 'integer'), fallbackQueue: { id: 'q-1', name: 'Support' } });
    });
  });
});

describe('percentage allocation', () => {
  test('has one port per declared path, plus error', () => {
    defineFlow(settings, (f) => {
      const bye = f.disconnect('Bye');
      const split = f.percentAllocation('Split', { paths: [{ name: 'Main', percent: 90 }, { name: 'Overflow', percent: 10 }] });
      split.routes({ Main: bye, Overflow: bye, error: bye });
      // @ts-expect-error Overflow is missing
      split.routes({ Main: bye });
      // @ts-expect-error "Other" is not a path of this allocation
      split.on('Other', bye);
    });
  });
});

describe('transfers, GoTo, callbacks, caller id, feedback', () => {
  test('have exactly their kinds\' ports', () => {
    defineFlow(settings, (f) => {
      const bye = f.disconnect('Bye');
      const dn = f.variable('dn', 'string');
      // Blind transfer, GoTo and Set Caller ID leave the flow: nothing chains after them.
      // @ts-expect-error a blind transfer has no output port
      f.blindTransfer('Out', { to: '4001' }).then(bye);
      // @ts-expect-error the destination variable must be a String variable
      f.blindTransfer('Int', { to: f.variable('n', 'integer') });
      const bridged = f.bridgedTransfer('Bridge', { to: dn, timeoutSeconds: 30 });
      bridged.routes({ default: bye, failure: bye });
      // @ts-expect-error failure is missing
      bridged.routes({ default: bye });
      // @ts-expect-error a bridged transfer has no error port
      bridged.on('error', bye);
      const goTo = f.goTo('GoTo', { flow: { id: 'f-1', name: 'Other_Flow' }, version: 'Live' });
      goTo.on('error', bye);
      // @ts-expect-error GoTo has no default exit
      goTo.on('default', bye);
      // @ts-expect-error an entry point and a flow at once
      f.goTo('Both', { entryPoint: { id: 'ep', name: 'EP' }, flow: { id: 'f', name: 'F' } });
      // @ts-expect-error an entry point has no version
      f.goTo('EpVersion', { entryPoint: { id: 'ep', name: 'EP' }, version: 'Live' });
      // @ts-expect-error a version is "Latest", "Live" or a variable
      f.goTo('BadVersion', { flow: { id: 'f', name: 'F' }, version: 'Draft' });
      const later = f.scheduledCallback('Later', { dialNumber: '{{CallbackNumber}}', customerName: 'x', date: 'd', startTime: 's', endTime: 'e', queue: dn, timezone: dn });
      later.routes({ default: bye, failure: bye });
      // @ts-expect-error "timeout" is not a port of scheduled callback
      later.on('timeout', bye);
      // @ts-expect-error Set Caller ID is terminal
      f.setCallerId('Caller', { callerId: '+15186199162' }).then(bye);
      const survey = f.feedback('Survey', { survey: 'inline:1:2' });
      survey.then(bye);
      survey.on('error', bye);
      // @ts-expect-error "failure" is not a port of feedback
      survey.on('failure', bye);
    });
  });
});
