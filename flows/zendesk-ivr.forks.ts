/**
 * Forks of the Zendesk IVR: small, named changes a tenant selects in its tenant file
 * (`flows.Zendesk_IVR.forks`) instead of copying the flow. The flow calls each hook where it
 * applies and keeps its own behaviour when no selected fork implements it.
 *
 * - `language-menu`: a language menu before the greeting; the choice is kept in `callerLanguage`
 *   (shown on the agent desktop).
 * - `vip-only-severity`: replaces the severity rule: only the listed ticket priorities (default
 *   `urgent`) reach the priority queue; the base flow sends `urgent` and `high` there.
 */
import { defineFork, forkSet, z, type FlowBuilder, type Target, type Variable } from 'wxcc-flowgen';

/** The extension points of the Zendesk IVR. */
export interface ZendeskHooks {
  /** Before the greeting: returns the first activity a caller reaches, which leads on to `greeting`. */
  beforeGreeting(context: { f: FlowBuilder; greeting: Target; voice: string }): Target;
  /** Routes a caller who asked for an agent, by the ticket's priority: returns the activity to go to. */
  severityRule(context: { f: FlowBuilder; ticketPriority: Variable<'string'>; priorityQueue: Target; standardQueue: Target }): Target;
}

const digit = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9']);

export const languageMenu = defineFork<ZendeskHooks>()({
  description: 'A language menu before the greeting; the choice is stored in callerLanguage for the agent.',
  options: z.object({
    prompt: z.string().min(1).default('For English, press 1. Pour le français, appuyez sur 2.').describe('The menu prompt'),
    languages: z
      .array(z.object({ digit: digit.describe('Key the caller presses'), name: z.string().min(1).describe('Language name, e.g. English') }))
      .min(2)
      .max(9)
      // Two languages on one key would be two menu ports of the same name: say so at the tenant's line.
      .superRefine((languages, context) => {
        languages.forEach((language, index) => {
          if (languages.findIndex((other) => other.digit === language.digit) < index) {
            context.addIssue({ code: 'custom', path: [index, 'digit'], message: 'a digit no other language uses' });
          }
        });
      })
      .default([
        { digit: '1', name: 'English' },
        { digit: '2', name: 'French' },
      ])
      .describe('The languages offered, one digit each'),
  }),
  hooks: {
    beforeGreeting({ f, greeting, voice }, options) {
      const language = f.variable('callerLanguage', 'string', { initial: options.languages[0]!.name, desktopLabel: 'Caller Language' });
      // Digits come from the tenant file, so the menu's ports are known only at build time.
      const choices = Object.fromEntries(options.languages.map((l) => [l.digit, l.name]));
      const menu = f.menu('LanguageMenu', { description: 'Caller chooses a language', say: options.prompt, voice, choices: choices as Record<'1', string>, entryTimeoutSeconds: 5 });
      const routes: Record<string, Target> = { timeout: greeting, invalid: greeting, error: greeting };
      for (const l of options.languages) {
        const set = f.setVariable(`Language_${l.digit}`, { description: `Caller chose ${l.name}`, variable: language, value: l.name });
        set.then(greeting);
        routes[l.digit] = set;
      }
      (menu.routes as (r: Record<string, Target>) => unknown)(routes);
      return menu;
    },
  },
});

export const vipOnlySeverity = defineFork<ZendeskHooks>()({
  description: 'Only the listed ticket priorities (default urgent) reach the priority queue.',
  options: z.object({
    priorities: z.array(z.enum(['urgent', 'high', 'normal', 'low'])).min(1).default(['urgent']).describe('Zendesk priorities routed to the priority queue'),
  }),
  hooks: {
    severityRule({ f, ticketPriority, priorityQueue, standardQueue }, options) {
      const route = f.case('RouteBySeverity', { description: `Only ${options.priorities.join(', ')} tickets go to the priority queue`, value: ticketPriority, cases: options.priorities });
      const routes: Record<string, Target> = { default: standardQueue };
      for (const priority of options.priorities) routes[priority] = priorityQueue;
      (route.routes as (r: Record<string, Target>) => unknown)(routes);
      return route;
    },
  },
});

/** The forks tenant files may select, by name. */
export const zendeskForks = forkSet<ZendeskHooks>({ 'language-menu': languageMenu, 'vip-only-severity': vipOnlySeverity });
