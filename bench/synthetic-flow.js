/**
 * Synthetic flows for the benchmark: `size` activities in the shapes real IVRs have (TTS prompts,
 * HTTP lookups with a status check, set-variable steps, menus, a queue with hold music), in
 * segments of ten chained one after the other. Made by us; not a Webex export.
 */
import { z } from 'zod';
import { defineFlow } from '../build/dsl/define-flow.js';
import { expr, text } from '../build/dsl/refs.js';

export function syntheticFlow(size) {
  return defineFlow({ name: `Synthetic_${size}`, params: z.object({}) }, (f) => {
    const counter = f.variable('counter', 'integer', { initial: 0 });
    const lastStatus = f.variable('lastStatus', 'string', { initial: 'null' });
    const connector = f.connector({ id: 'c0000000-0000-4000-8000-000000000000', name: 'Bench', baseUrl: 'https://bench.example.com' });
    const queue = f.queueContact('Queue', { queue: { id: 'q0000000-0000-4000-8000-000000000000', name: 'Bench_Queue' } });
    queue.then(f.playMusic('HoldMusic').loop());
    queue.on('failure', f.disconnect('QueueFailed'));
    // Start, queue, music and disconnect are four; each segment adds ten.
    const segments = Math.max(1, Math.round((size - 4) / 10));
    let previous = f.start;
    for (let s = 0; s < segments; s++) {
      const say = f.playMessage(`Say_${s}`, { say: text`Step ${s}, attempt ${counter}.` });
      const lookup = f.httpRequest(`Lookup_${s}`, {
        connector,
        path: text`/api/items/${counter}`,
        query: { q: text`${lastStatus}` },
        outputs: [{ variable: lastStatus, path: '$.status' }],
      });
      const ok = f.condition(`Ok_${s}`, { when: expr`${lookup.statusCode} == 200` });
      const sorry = f.playMessage(`Sorry_${s}`, { say: 'That did not work.' });
      const count = f.setVariable(`Count_${s}`, { variable: counter, value: text`${counter}` });
      const menu = f.menu(`Menu_${s}`, { say: 'Press 1 to go on, 2 for an agent.', choices: { 1: 'next', 2: 'agent' } });
      const byStatus = f.case(`ByStatus_${s}`, { value: lastStatus, cases: ['open', 'closed'] });
      const note = f.setVariable(`Note_${s}`, { variable: lastStatus, value: 'seen' });
      const again = f.playMessage(`Again_${s}`, { say: 'Once more.' });
      const next = f.setVariable(`Next_${s}`, { variable: counter, value: 1 });
      previous.then(say).then(lookup).then(ok);
      ok.routes({ true: count, false: sorry });
      sorry.then(queue);
      count.then(menu);
      menu.routes({ 1: byStatus, 2: queue, timeout: again, invalid: again });
      again.then(queue);
      byStatus.routes({ open: note, closed: note, default: next });
      note.then(next);
      previous = next;
    }
    previous.then(queue);
  });
}
