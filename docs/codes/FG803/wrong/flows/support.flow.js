import { defineFlow, resourceParam, z } from 'wxcc-flowgen';

export const params = z.object({
  /** The orders connector by name, or as { id, name }. */
  ordersConnector: resourceParam('Connector').default({ name: 'Orders' }),
});

export default defineFlow({ name: 'Support', params }, (f, p) => {
  const orders = f.connector({ ...p.ordersConnector, baseUrl: 'https://orders.acme.example' });
  const lookup = f.httpRequest('LookupOrder', { connector: orders, path: '/orders/status' });
  f.start.then(lookup).then(f.disconnect('Bye'));
});
