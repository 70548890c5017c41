import { defineFlow, z } from 'wxcc-flowgen';

export default defineFlow(
  {
    name: 'Order_Status',
    params: z.object({}),
    // Recorded by `flowgen import`: findings the export already had, accepted for now.
    baseline: [{ code: 'FG401', data: { activity: 'LookupOrder', header: 'Authorization' }, message: 'recorded by flowgen import' }],
  },
  (f) => {
    const orders = f.connector({ id: 'd892fbcd-0000-4000-8000-000000000001', name: 'Orders', baseUrl: 'https://orders.acme.example' });
    const lookup = f.httpRequest('LookupOrder', { connector: orders, path: '/orders/status', headers: { Authorization: 'Basic b3JkZXJzOnMzY3JldA==' } });
    f.start.then(lookup).then(f.disconnect('Bye'));
  },
);
