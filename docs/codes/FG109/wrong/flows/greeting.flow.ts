import { defineFlow, z } from 'wxcc-flowgen';

export default defineFlow({ name: 'Greeting', params: z.object({}) }, (f) => {
  f.start.then(f.playMessage('Welcome', { say: 'Welcome to Acme.' })).then(f.disconnect('Bye'));
  f.onEvent('AgentAnswered').then(f.screenPop('ShowCustomer', { url: 'https://crm.acme.example/customers', label: 'Customer' })).then(f.end('EndPop'));
  f.onEvent('AgentAnswered').then(f.end('EndAnswered'));
});
