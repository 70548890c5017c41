import { defineFlow, z } from 'wxcc-flowgen';

export default defineFlow(
  {
    name: 'Greeting',
    params: z.object({}),
    // Recorded by `flowgen import`: findings the export already had, accepted for now.
    baseline: [{ code: 'FG101', data: { activity: 'OldPromo' }, message: '"OldPromo" cannot be reached from the start or from an event.' }],
  },
  (f) => {
    const bye = f.disconnect('Bye');
    f.start.then(f.playMessage('Welcome', { say: 'Welcome to Acme.' })).then(bye);
    f.playMessage('OldPromo', { say: 'Ask about our summer offer.' }).then(bye);
  },
);
