/**
 * The Zendesk IVR: a caller is looked up in Zendesk by phone number, hears the status of their
 * newest unsolved ticket, and is routed by the ticket's priority (urgent/high to a priority queue
 * that checks agent availability) or offered to hang up, in which case an internal note is posted
 * to the ticket. After every call with a ticket, a note summarises the call. Every Zendesk failure
 * (no answer, an error status, no user, no ticket) leads the caller to an agent with a message.
 *
 * Parameters carry every tenant-specific value; the defaults are documented examples (the org's
 * own ids are marked `.meta({ exampleDefault: true })`: a tenant that leaves one out is warned,
 * FG514). Tenants set them in tenants/<tenant>.yaml and may select forks (zendesk-ivr.forks.ts) that change the flow at
 * its hooks. Greeting and ticket details are the build-time templates
 * templates/zendesk-greeting.txt.hbs and templates/zendesk-ticket-details.txt.hbs.
 */
import { defineFlow, expr, now, resourceParam, text, z, zendesk } from 'wxcc-flowgen';
import { zendeskForks } from './zendesk-ivr.forks.js';

/** A queue by name (`Acme_Standard`, looked up in each org by plan/deploy) or as { id, name }. */
const queue = resourceParam('Queue');

export const params = z.object({
  companyName: z.string().min(1).default('Acme Support').describe('Spoken in the greeting'),
  greetingMessage: z.string().min(1).default('Please give us a moment to fetch your details.').describe('Spoken after "Welcome to <companyName>."'),
  zendeskSubdomain: zendesk.subdomainSchema.default('acme').describe('acme for https://acme.zendesk.com'),
  zendeskConnectorId: z.string().min(1).default('d892fbcd-0000-4000-8000-000000000001').describe('Id of the Zendesk connector in Control Hub').meta({ exampleDefault: true }),
  zendeskConnectorName: z.string().min(1).default('Zendesk').describe('Display name of that connector'),
  standardQueue: queue.default({ id: '745fab6b-0000-4000-8000-000000000002', name: 'Support_Standard' }).meta({ exampleDefault: true }),
  priorityQueue: queue.default({ id: '745fab6b-0000-4000-8000-000000000003', name: 'Support_Priority' }).meta({ exampleDefault: true }),
  voice: z.string().min(1).default('en-US-Standard-C').describe('Cisco Cloud TTS voice'),
  nationalNumberDigits: z.number().int().min(4).max(15).default(10).describe('Digits of a national phone number (10 in North America)'),
  minimumPhoneDigits: z.number().int().min(3).max(15).default(7).describe('Shorter caller numbers (withheld, internal) are not searched'),
});

export default defineFlow(
  {
    name: 'Zendesk_IVR',
    description: 'Looks the caller up in Zendesk by ANI, reads the newest unsolved ticket, routes by ticket priority and notes the call on the ticket.',
    params,
    forks: zendeskForks,
  },
  (f, p, hooks) => {
    const voice = p.voice;
    const connector = zendesk.connector(f, { subdomain: p.zendeskSubdomain, connectorId: p.zendeskConnectorId, connectorName: p.zendeskConnectorName });

    const callerPhone = f.variable('callerPhone', 'string', { description: 'Caller number as digits, for the Zendesk search' });
    const userID = f.variable('userID', 'string', { initial: 'null', description: 'Zendesk user id ("null" when not found)' });
    const userName = f.variable('userName', 'string', { initial: 'null', desktopLabel: 'User Name' });
    const ticketID = f.variable('ticketID', 'string', { initial: 'null', desktopLabel: 'Ticket ID' });
    const ticketStatus = f.variable('ticketStatus', 'string', { initial: 'null' });
    const ticketPriority = f.variable('ticketPriority', 'string', { initial: 'null', desktopLabel: 'Ticket Priority' });
    const ticketSubject = f.variable('ticketSubject', 'string', { initial: 'null', desktopLabel: 'Ticket Subject' });
    const callerChoice = f.variable('callerChoice', 'string', { initial: 'hung up before choosing an option', description: 'What the caller chose in the menu' });
    const commentPosted = f.variable('commentPosted', 'boolean', { initial: false, description: 'Whether the call was already noted on the ticket' });

    // Where callers end up: the standard queue, with hold music until an agent answers.
    const holdMusic = f.playMusic('HoldMusic', { description: 'Music while the caller waits in queue' }).loop();
    const queueStandard = f.queueContact('QueueStandard', { description: 'Standard support queue', queue: p.standardQueue });
    queueStandard.then(holdMusic);
    const queueUnavailable = f.playMessage('QueueUnavailable', {
      description: 'Queueing failed: tell the caller before hanging up',
      say: 'We are sorry, we cannot take your call right now. Please call again later. Goodbye.',
      voice,
    });
    queueStandard.on('failure', queueUnavailable);
    queueUnavailable.then(f.disconnect('DisconnectAfterQueueFailure'));

    // Urgent and high priority tickets: the priority queue, if an agent is available there.
    const queuePriority = f.queueContact('QueuePriority', {
      description: 'Priority queue for urgent and high priority tickets',
      queue: p.priorityQueue,
      priority: 1,
      checkAgentAvailability: true,
    });
    queuePriority.then(holdMusic);
    const noPriorityAgent = f.playMessage('NoPriorityAgent', {
      description: 'No priority agent is free: fall back to the standard queue',
      say: 'All of our priority agents are busy. We are connecting you to the next available agent.',
      voice,
    });
    queuePriority.on('failure', noPriorityAgent);
    noPriorityAgent.then(queueStandard);

    // The severity rule is a hook: a fork (vip-only-severity) may replace it.
    const routeBySeverity =
      hooks.severityRule?.({ f, ticketPriority, priorityQueue: queuePriority, standardQueue: queueStandard }) ??
      f.case('RouteBySeverity', { description: 'Routes by the priority of the ticket', value: ticketPriority, cases: ['urgent', 'high'] })
        .routes({ urgent: queuePriority, high: queuePriority, default: queueStandard });

    // Zendesk unreachable, slow or failing: straight to an agent.
    const zendeskUnavailable = f.playMessage('ZendeskUnavailable', {
      description: 'A Zendesk lookup failed or timed out',
      say: 'We cannot look up your account right now. Please stay on the line for the next available agent.',
      voice,
    });
    zendeskUnavailable.then(queueStandard);

    const greeting = f.playMessage('Greeting', {
      description: 'Welcome message while the caller is looked up',
      say: f.renderText('zendesk-greeting', { values: { companyName: p.companyName, greetingMessage: p.greetingMessage } }),
      voice,
    });
    const normalize = zendesk.normalizePhone(f, 'NormalizeCallerNumber', { from: f.call.ani, into: callerPhone, nationalNumberDigits: p.nationalNumberDigits });
    const lookupUser = zendesk.findUserByPhone(f, 'LookupUser', { connector, phoneDigits: callerPhone, userId: userID, userName });
    // A fork (language-menu) may put activities before the greeting.
    f.start.then(hooks.beforeGreeting?.({ f, greeting, voice }) ?? greeting);
    greeting.then(normalize.first);
    // A withheld or internal number would make the phone search match far too much.
    const numberUsable = f.condition('CallerNumberUsable', {
      description: 'Is the caller number long enough to search for?',
      when: expr`(${callerPhone} | length) >= ${p.minimumPhoneDigits}`,
    });
    normalize.last.then(numberUsable);

    const userLookupAnswered = f.condition('UserLookupAnswered', {
      description: 'Did Zendesk answer the user search?',
      when: expr`${lookupUser.statusCode} == 200`,
    });
    lookupUser.then(userLookupAnswered);
    const userFound = f.condition('UserFound', { description: 'Is the caller a known Zendesk user?', when: expr`${userID} != "null"` });
    userLookupAnswered.routes({ true: userFound, false: zendeskUnavailable, error: zendeskUnavailable });

    const noUser = f.playMessage('NoUserMessage', {
      description: 'The number belongs to no Zendesk user',
      say: 'We could not find an account for the number you are calling from. Please stay on the line for the next available agent.',
      voice,
    });
    noUser.then(queueStandard);
    numberUsable.routes({ true: lookupUser, false: noUser, error: noUser });

    const lookupTicket = zendesk.latestUnsolvedTicket(f, 'LookupTicket', {
      connector,
      userId: userID,
      ticketId: ticketID,
      status: ticketStatus,
      priority: ticketPriority,
      subject: ticketSubject,
    });
    userFound.routes({ true: lookupTicket, false: noUser, error: noUser });

    const ticketLookupAnswered = f.condition('TicketLookupAnswered', {
      description: 'Did Zendesk answer the ticket search?',
      when: expr`${lookupTicket.statusCode} == 200`,
    });
    lookupTicket.then(ticketLookupAnswered);
    const ticketFound = f.condition('TicketFound', { description: 'Has the caller an unsolved ticket?', when: expr`${ticketID} != "null"` });
    ticketLookupAnswered.routes({ true: ticketFound, false: zendeskUnavailable, error: zendeskUnavailable });

    const noTicket = f.playMessage('NoTicketMessage', {
      description: 'Known caller without an unsolved ticket',
      say: text`Hello ${userName}. There is no open ticket for your number. Please stay on the line for the next available agent.`,
      voice,
    });
    noTicket.then(queueStandard);

    const ticketDetails = f.playMessage('TicketDetails', {
      description: 'Reads the ticket number and status to the caller',
      say: f.renderText('zendesk-ticket-details', { runtime: { userName, ticketID, ticketSubject, status: zendesk.spokenStatus(ticketStatus) } }),
      voice,
    });
    ticketFound.routes({ true: ticketDetails, false: noTicket, error: noTicket });

    const mainMenu = f.menu('MainMenu', {
      description: '1 for an agent, 2 to hang up',
      say: 'To speak with an agent about this ticket, press 1. To end the call, press 2.',
      voice,
      choices: { 1: 'agent', 2: 'hang up' },
      entryTimeoutSeconds: 5,
    });
    ticketDetails.then(mainMenu);

    const choseAgent = f.setVariable('ChoseAgent', { description: 'Caller pressed 1', variable: callerChoice, value: 'asked for an agent' });
    const noChoice = f.setVariable('NoValidChoice', { description: 'Timeout, invalid digit or menu error', variable: callerChoice, value: 'made no valid choice and was sent to an agent' });
    const choseHangUp = f.setVariable('ChoseHangUp', { description: 'Caller pressed 2', variable: callerChoice, value: 'chose to hang up' });
    mainMenu.routes({ 1: choseAgent, 2: choseHangUp, timeout: noChoice, invalid: noChoice, error: noChoice });
    choseAgent.then(routeBySeverity);
    noChoice.then(routeBySeverity);

    const postHangUpComment = zendesk.addInternalComment(f, 'PostHangUpComment', {
      connector,
      ticketId: ticketID,
      body: text`Webex Contact Center: caller ${f.call.ani} checked the ticket status by phone at ${now()} (UTC) and ${callerChoice} without speaking to an agent.`,
    });
    const noteSaved = f.condition('HangUpNoteSaved', {
      description: 'If the note failed, the end-of-call flow tries again',
      when: expr`${postHangUpComment.statusCode} == 200`,
    });
    const markCommented = f.setVariable('MarkCommentPosted', { description: 'So the end-of-call note is not posted twice', variable: commentPosted, value: true });
    const goodbye = f.playMessage('Goodbye', { description: 'Before hanging up', say: 'Thank you for calling. Goodbye.', voice });
    choseHangUp.then(postHangUpComment).then(noteSaved);
    noteSaved.routes({ true: markCommented, false: goodbye, error: goodbye });
    markCommented.then(goodbye).then(f.disconnect('CallDisconnect'));

    // Event flows.
    const popTicket = f.condition('HasTicketToPop', { description: 'Only pop a ticket that was found', when: expr`${ticketID} != "null"` });
    const endAgentAnswered = f.end('EndFlow_agentAnswered');
    f.onEvent('AgentAnswered').then(popTicket);
    const screenPop = f.screenPop('ScreenPopTicket', {
      description: "Opens the caller's ticket in Zendesk on the agent desktop",
      url: zendesk.ticketUrl(p.zendeskSubdomain, ticketID),
      label: 'Zendesk ticket',
      target: 'newBrowserTab',
    });
    popTicket.routes({ true: screenPop, false: endAgentAnswered });
    screenPop.then(endAgentAnswered);

    const needsNote = f.condition('NeedsCallNote', {
      description: 'A ticket was found and the call is not noted yet',
      when: expr`${ticketID} != "null" and ${commentPosted} == false`,
    });
    const endCallEnded = f.end('EndFlow_callEnded');
    f.onEvent('PhoneContactEnded').then(needsNote);
    const postCallComment = zendesk.addInternalComment(f, 'PostCallComment', {
      connector,
      ticketId: ticketID,
      body: text`Webex Contact Center: call from ${f.call.ani} ended at ${now()} (UTC). The caller ${callerChoice}.`,
    });
    needsNote.routes({ true: postCallComment, false: endCallEnded });
    postCallComment.then(endCallEnded);

    f.onEvent('AgentDisconnected').then(f.end('EndFlow_agentDisconnected'));

    // Whatever fails without an error path of its own: apologise and queue the caller.
    const errorQueue = f.queueContact('ErrorQueue', { description: 'Queue after an unexpected error', queue: p.standardQueue });
    const errorMusic = f.playMusic('ErrorHoldMusic', { description: 'Music while queued after an error' }).loop();
    f.onEvent('OnGlobalError')
      .then(f.playMessage('ErrorMessage', { description: 'Unexpected error', say: 'We are sorry, something went wrong. We are connecting you to an agent.', voice }))
      .then(errorQueue)
      .then(errorMusic);
    errorQueue.on('failure', f.disconnect('ErrorDisconnect'));
  },
);
