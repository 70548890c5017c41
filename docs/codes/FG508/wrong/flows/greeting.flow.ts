import { defineFlow, text, z } from 'wxcc-flowgen';
import { greetingForks } from './greeting.forks.js';

export const params = z.object({ companyName: z.string().min(1).default('Acme') });

export default defineFlow({ name: 'Greeting', params, forks: greetingForks }, (f, p, hooks) => {
  const welcome = f.playMessage('Welcome', { say: text`Welcome to ${p.companyName}.` });
  welcome.then(f.disconnect('Bye'));
  f.start.then(hooks.beforeWelcome?.({ f, welcome }) ?? welcome);
});
