import { defineFlow, text, z } from 'wxcc-flowgen';

export default defineFlow({ name: 'Greeting', params: z.object({}) }, (f) => {
  const ticketId = f.variable('ticketId', 'string', { initial: 'none' });
  const lastTicket = f.variable('lastTicketId', 'string', { initial: 'none' });
  f.start.then(f.playMessage('Welcome', { say: text`Your ticket is ${ticketId}, your last one ${lastTicket}.` })).then(f.disconnect('Bye'));
});
