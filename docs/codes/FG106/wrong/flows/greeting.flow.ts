import { defineFlow, z } from 'wxcc-flowgen';

export default defineFlow({ name: 'Greeting', params: z.object({}) }, (f) => {
  const bye = f.disconnect('Bye');
  f.start.then(f.playMessage('Welcome', { say: 'Welcome to Acme.' })).then(bye);
  f.onEvent('AgentAnswered').then(bye);
});
