import { defineFlow, z, type Target } from 'wxcc-flowgen';

/** A survey read out question by question: 20 prompts in a row. */
export default defineFlow({ name: 'Long_Survey', params: z.object({}) }, (f) => {
  const bye = f.disconnect('Bye');
  let next: Target = bye;
  for (let question = 20; question >= 1; question--) {
    const prompt = f.playMessage(`Question${question}`, { say: `Question ${question}.` });
    prompt.then(next);
    next = prompt;
  }
  f.start.then(next);
});
