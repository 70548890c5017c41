import { defineFlow, z } from 'wxcc-flowgen';

export const params = z.object({ team: z.string().default('billing') });

export default defineFlow({ name: 'Callback_Request', params }, (f, p) => {
  const crm = f.connector({ id: 'd892fbcd-0000-4000-8000-000000000001', name: 'CRM', baseUrl: 'https://crm.acme.example' });
  const request = f.httpRequest('RequestCallback', {
    connector: crm,
    method: 'POST',
    path: '/callbacks',
    body: f.renderBody('callback', { values: { team: p.team } }),
  });
  f.start.then(request).then(f.playMessage('Confirm', { say: 'We will call you back.' })).then(f.disconnect('Bye'));
});
