import { defineFlow, z } from 'wxcc-flowgen';

export default defineFlow({ name: 'Greeting', params: z.object({}) }, (f) => {
  const welcome = f.playMessage('Welcome', { say: 'Welcome to Acme.' });
  const survey = f.playMessage('Survey', { say: 'Please stay on the line for a short survey.' });
  const bye = f.disconnect('Bye');
  f.start.then(welcome);
  welcome.on('default', survey);
  survey.then(bye);
});
