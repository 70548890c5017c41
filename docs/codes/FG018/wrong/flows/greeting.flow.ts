import { defineFlow, z } from 'wxcc-flowgen';
import { welcome } from './prompts.js';

export default defineFlow({ name: 'Greeting', params: z.object({}) }, (f) => {
  f.start.then(f.playMessage('Welcome', { say: welcome })).then(f.disconnect('Bye'));
});
