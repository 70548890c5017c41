import { defineFlow, text, z } from 'wxcc-flowgen';

export const params = z.object({ companyName: z.string().default('Acme') });

export default defineFlow({ name: 'Greeting', params }, (f, p) => {
  f.start.then(f.playMessage('Welcome', { say: text`Welcome to ${p.companyName}.` })).then(f.disconnect('Bye'));
});
