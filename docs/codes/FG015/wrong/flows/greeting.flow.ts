import { defineFlow, z } from 'wxcc-flowgen';

export default defineFlow({ name: 'Greeting', params: z.object({}) }, (f) => {
  f.start.then(f.playMessage('Welcome', { say: 'Welcome to Acme.' })).then(f.disconnect('Bye'));
});
