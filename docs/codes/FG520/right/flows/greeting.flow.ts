import { defineFlow, z } from 'wxcc-flowgen';

export const params = z.object({ companyName: z.string().min(1).default('Acme') });

export default defineFlow({ name: 'Greeting', params }, (f, p) => {
  const welcome = f.playMessage('Welcome', { say: f.renderText('greeting', { values: { companyName: p.companyName } }) });
  f.start.then(welcome).then(f.disconnect('Bye'));
});
