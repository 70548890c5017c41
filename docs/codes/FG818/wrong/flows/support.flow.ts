import { defineFlow, resourceParam, text, z } from 'wxcc-flowgen';

export const params = z.object({
  companyName: z.string().min(1).default('Acme'),
  /** A queue by name (looked up in each org by plan and deploy) or as { id, name }. */
  supportQueue: resourceParam('Queue').default({ name: 'Support' }),
});

export default defineFlow({ name: 'Support', params }, (f, p) => {
  const queue = f.queueContact('Queue', { queue: p.supportQueue });
  const sorry = f.playMessage('Sorry', { say: 'We cannot take your call right now.' });
  f.start.then(f.playMessage('Welcome', { say: text`Welcome to ${p.companyName}.` })).then(queue);
  queue.then(f.playMusic('Hold').loop());
  queue.on('failure', sorry);
  sorry.then(f.disconnect('Bye'));
});
