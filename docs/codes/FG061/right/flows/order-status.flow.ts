import { defineFlow, z } from 'wxcc-flowgen';

export default defineFlow(
  {
    name: 'Order_Status',
    params: z.object({}),
    // Recorded by `flowgen import`: findings the export already had, accepted for now.
    baseline: [],
  },
  (f) => {
    const orders = f.connector({ id: 'd892fbcd-0000-4000-8000-000000000001', name: 'Orders', baseUrl: 'https://orders.acme.example' });
    const lookup = f.httpRequest('LookupOrder', { connector: orders, path: '/orders/status' });
    f.start.then(lookup).then(f.disconnect('Bye'));
  },
);
