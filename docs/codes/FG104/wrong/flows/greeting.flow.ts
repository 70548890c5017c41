import { defineFlow, z } from 'wxcc-flowgen';

export default defineFlow({ name: 'Greeting', params: z.object({}) }, (f) => {
  const first = f.playMessage('Welcome', { say: 'Welcome to Acme.' });
  const second = f.playMessage('Welcome', { say: 'Calls are recorded for training.' });
  f.start.then(first).then(second).then(f.disconnect('Bye'));
});
