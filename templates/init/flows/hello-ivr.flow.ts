/**
 * A first IVR: greets the caller with the tenant's company name, offers an agent or hanging up,
 * and queues the caller with hold music. Every tenant-specific value is a parameter; each
 * tenants/<tenant>.yaml gives its own values and `npx flowgen build --all-tenants` builds them all.
 */
import { defineFlow, text, z } from 'wxcc-flowgen';

export const params = z.object({
  companyName: z.string().min(1).default('Example Corp').describe('Spoken in the greeting'),
  queue: z
    .object({ id: z.string().min(1).describe('Queue id in Control Hub'), name: z.string().min(1).describe('Queue name in Control Hub') })
    .default({ id: '00000000-0000-4000-8000-000000000001', name: 'Support' }),
  voice: z.string().min(1).default('en-US-Standard-C').describe('Cisco Cloud TTS voice'),
});

export default defineFlow({ name: 'Hello_IVR', description: 'Greets the caller and queues them for an agent.', params }, (f, p) => {
  const greeting = f.playMessage('Greeting', { say: text`Welcome to ${p.companyName}.`, voice: p.voice });
  const menu = f.menu('MainMenu', {
    say: 'To speak with an agent, press 1. To end the call, press 2.',
    voice: p.voice,
    choices: { 1: 'agent', 2: 'hang up' },
  });
  const queue = f.queueContact('Queue', { queue: p.queue });
  const music = f.playMusic('HoldMusic').loop();
  const goodbye = f.playMessage('Goodbye', { say: 'Thank you for calling. Goodbye.', voice: p.voice });
  const hangUp = f.disconnect('HangUp');

  f.start.then(greeting).then(menu);
  menu.routes({ 1: queue, 2: goodbye, timeout: queue, invalid: queue, error: queue });
  queue.then(music);
  queue.on('failure', goodbye);
  goodbye.then(hangUp);

  f.onEvent('OnGlobalError').then(f.playMessage('ErrorMessage', { say: 'Sorry, something went wrong. Goodbye.', voice: p.voice })).then(f.disconnect('ErrorHangUp'));
});
