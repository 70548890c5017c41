import { defineFlow, z } from 'wxcc-flowgen';

export const params = z.object({ openingHours: z.string().default('{ "from": 9, "to": 5 }') });

export default defineFlow({ name: 'Hours', params }, (f, p) => {
  const hours = JSON.parse(p.openingHours) as { from: number; to: number };
  f.start.then(f.playMessage('Hours', { say: `We are open from ${hours.from} to ${hours.to}.` })).then(f.disconnect('Bye'));
});
