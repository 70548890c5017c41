import { defineFlow, z } from 'wxcc-flowgen';

export default defineFlow(
  {
    name: 'Greeting',
    params: z.object({}),
    // Recorded by `flowgen import`: findings the export already had, accepted for now.
    baseline: [],
  },
  (f) => {
    const bye = f.disconnect('Bye');
    f.start.then(f.playMessage('Welcome', { say: 'Welcome to Acme.' })).then(bye);
  },
);
