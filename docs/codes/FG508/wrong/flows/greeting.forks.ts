import { defineFork, forkSet, z, type FlowBuilder, type Target } from 'wxcc-flowgen';

export interface GreetingHooks {
  /** Before the welcome: returns the first activity a caller reaches, which leads on to `welcome`. */
  beforeWelcome(context: { f: FlowBuilder; welcome: Target }): Target;
}

const notice = (name: string, say: string) =>
  defineFork<GreetingHooks>()({
    description: `Plays "${say}" before the welcome.`,
    options: z.object({}),
    hooks: {
      beforeWelcome({ f, welcome }) {
        const message = f.playMessage(name, { say });
        message.then(welcome);
        return message;
      },
    },
  });

export const greetingForks = forkSet<GreetingHooks>({
  'recording-notice': notice('RecordingNotice', 'Calls are recorded for training.'),
  'holiday-notice': notice('HolidayNotice', 'We are closed on public holidays.'),
});
