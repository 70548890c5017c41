import { defineFlow, text, z } from 'wxcc-flowgen';

export const params = z.object({
  companyName: z.string().min(1).default('Acme'),
  maxWaitMinutes: z.number().int().min(1).max(60).default(10),
});

export default defineFlow({ name: 'Greeting', params }, (f, p) => {
  const welcome = f.playMessage('Welcome', { say: text`Welcome to ${p.companyName}. Your wait is under ${p.maxWaitMinutes} minutes.` });
  f.start.then(welcome).then(f.disconnect('Bye'));
});
