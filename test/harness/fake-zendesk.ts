/**
 * A fake Zendesk on 127.0.0.1 (ephemeral port) for the three calls the Zendesk IVR makes
 * (docs/zendesk-api.md §1–§4): user search by phone, ticket search, ticket update with a comment.
 * It checks API-token Basic auth (`<email>/token:<token>`), answers with Zendesk-shaped JSON,
 * records every request, and can be told to fail (500/429) or to answer late.
 * Anything it does not understand is a 400 with a description, never a silent success.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  id: number;
  name: string;
  email: string;
  phone: string | null;
  role: 'end-user' | 'agent' | 'admin';
  created_at: string;
  updated_at: string;
}

export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
export interface FakeTicket {
  id: number;
  subject: string;
  description: string;
  status: TicketStatus;
  priority: 'urgent' | 'high' | 'normal' | 'low' | null;
  requester_id: number;
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  rawBody: string;
  /** The status the fake answered (undefined while a delayed answer is pending or was abandoned). */
  status?: number;
}

export interface RecordedComment {
  ticketId: number;
  body: string;
  /** As sent; `undefined` when the request left it out (Zendesk then makes a public reply). */
  public: unknown;
  rawBody: string;
}

/** A scripted failure for the next matching requests. */
export interface Fault {
  /** Which requests it applies to: a method and path test. */
  match: (method: string, path: string) => boolean;
  /** Answer with this status (500, 429, …) instead of the real answer. */
  status?: number;
  /** Answer only after this many milliseconds (capped at 30 s). */
  delayMs?: number;
  /** How many matching requests it applies to. @default Infinity */
  times?: number;
}

export interface FakeZendeskOptions {
  /** The API-token owner, e.g. `agent@example.com` (the Basic user is `<email>/token`). */
  email: string;
  token: string;
}

export const SUBDOMAIN = 'acme';
const STATUS_ORDER: readonly TicketStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const MAX_DELAY_MS = 30_000;

/** Seed data: phones in several stored formats, an agent sharing a caller's number, a user with only solved tickets. */
export function seedUsers(): FakeUser[] {
  return [
    // An agent with the same number as Ada: `role:end-user` must keep it out of the caller search.
    { id: 372140580001, name: 'Sam Agent', email: 'sam.agent@acme.example', phone: '+1 408 555 1234', role: 'agent', created_at: '2024-01-02T09:00:00Z', updated_at: '2026-01-02T09:00:00Z' },
    { id: 372140581231, name: 'Ada Lovelace', email: 'ada@example.com', phone: '+1 (408) 555-1234', role: 'end-user', created_at: '2025-02-10T10:00:00Z', updated_at: '2026-02-10T10:00:00Z' },
    { id: 372140581232, name: 'Grace Hopper', email: 'grace@example.com', phone: '650.555.0199', role: 'end-user', created_at: '2025-03-11T10:00:00Z', updated_at: '2026-03-11T10:00:00Z' },
    { id: 372140581233, name: 'Alan Turing', email: 'alan@example.co.uk', phone: '+44 20 7946 0958', role: 'end-user', created_at: '2025-04-12T10:00:00Z', updated_at: '2026-04-12T10:00:00Z' },
    { id: 372140581234, name: 'Margaret Hamilton', email: 'margaret@example.com', phone: '(212) 555-0143', role: 'end-user', created_at: '2025-05-13T10:00:00Z', updated_at: '2026-05-13T10:00:00Z' },
    { id: 372140581235, name: 'No Phone', email: 'nophone@example.com', phone: null, role: 'end-user', created_at: '2025-06-14T10:00:00Z', updated_at: '2026-06-14T10:00:00Z' },
  ];
}

export function seedTickets(): FakeTicket[] {
  const t = (id: number, requester: number, status: TicketStatus, priority: FakeTicket['priority'], created: string, subject: string): FakeTicket => ({
    id,
    subject,
    description: `${subject} (details)`,
    status,
    priority,
    requester_id: requester,
    created_at: created,
    updated_at: created.replace('T10', 'T18'),
  });
  return [
    // Ada: the newest ticket is closed, the second newest solved; the newest unsolved is 1509 (hold, urgent).
    t(1507, 372140581231, 'open', 'high', '2026-03-02T10:00:00Z', 'Invoice shows the wrong VAT'),
    t(1512, 372140581231, 'closed', 'low', '2026-03-07T10:00:00Z', 'Duplicate of 1509'),
    t(1509, 372140581231, 'hold', 'urgent', '2026-03-04T10:00:00Z', 'Cannot log in after a password reset'),
    t(1510, 372140581231, 'solved', 'normal', '2026-03-05T10:00:00Z', 'Printer on fire'),
    t(1502, 372140581231, 'new', null, '2026-02-20T10:00:00Z', 'Feature request: dark mode'),
    // Grace: one pending ticket without priority.
    t(1520, 372140581232, 'pending', null, '2026-03-01T10:00:00Z', 'Where is my "refund"?'),
    // Alan: one normal-priority open ticket.
    t(1530, 372140581233, 'open', 'normal', '2026-02-01T10:00:00Z', 'Delivery to London'),
    // Margaret: nothing unsolved.
    t(1540, 372140581234, 'solved', 'high', '2026-03-09T10:00:00Z', 'Apollo guidance'),
    t(1541, 372140581234, 'closed', 'normal', '2026-01-09T10:00:00Z', 'Old question'),
  ];
}

const digits = (s: string): string => s.replace(/\D/g, '');

export class FakeZendesk {
  users: FakeUser[] = seedUsers();
  tickets: FakeTicket[] = seedTickets();
  readonly requests: RecordedRequest[] = [];
  readonly comments: RecordedComment[] = [];
  faults: Fault[] = [];
  private server: Server | undefined;
  private readonly timers = new Set<NodeJS.Timeout>();
  private nextAuditId = 9_000_000_001;

  constructor(private readonly options: FakeZendeskOptions) {}

  /** `http://127.0.0.1:<port>` once started. */
  get baseUrl(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address) throw new Error('fake Zendesk is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return this;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Back to the seed data, no faults, nothing recorded. */
  reset(): void {
    this.users = seedUsers();
    this.tickets = seedTickets();
    this.requests.length = 0;
    this.comments.length = 0;
    this.faults = [];
  }

  /** The requests whose method and path match. */
  recorded(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= 1_000_000) chunks.push(chunk);
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const record: RecordedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        rawBody: Buffer.concat(chunks).toString('utf8'),
      };
      this.requests.push(record);
      const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        if (res.destroyed || res.writableEnded) return;
        record.status = status;
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(body));
      };
      const fault = this.takeFault(record.method, record.path);
      const respond = () => {
        if (fault?.status !== undefined) {
          const headers: Record<string, string> = fault.status === 429 ? { 'Retry-After': '1' } : {};
          const body = fault.status === 429 ? { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' } : { error: 'InternalServerError', description: 'Something went wrong' };
          answer(fault.status, body, headers);
          return;
        }
        const [status, body] = this.route(record);
        answer(status, body);
      };
      if (fault?.delayMs) {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          respond();
        }, Math.min(fault.delayMs, MAX_DELAY_MS));
        this.timers.add(timer);
        res.on('close', () => {
          clearTimeout(timer);
          this.timers.delete(timer);
        });
      } else respond();
    });
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const index = this.faults.findIndex((f) => f.match(method, path) && (f.times ?? Infinity) > 0);
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    if (fault.times !== undefined) fault.times -= 1;
    return fault;
  }

  private authorized(header: string | undefined): boolean {
    const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '');
    if (!match) return false;
    return Buffer.from(match[1]!, 'base64').toString('utf8') === `${this.options.email}/token:${this.options.token}`;
  }

  private route(r: RecordedRequest): [number, unknown] {
    if (!this.authorized(r.headers.authorization)) return [401, { error: "Couldn't authenticate you" }];
    if (r.method === 'GET' && r.path === '/api/v2/users/search.json') return this.searchUsers(r.query);
    if (r.method === 'GET' && r.path === '/api/v2/search.json') return this.searchTickets(r.query);
    const ticketPath = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(r.path);
    if (r.method === 'PUT' && ticketPath) return this.updateTicket(Number(ticketPath[1]), r);
    return [404, { error: 'InvalidEndpoint', description: `Not found: ${r.method} ${r.path}` }];
  }

  /** `role:<role> phone:[*]<digits>`; `*` = the stored phone, reduced to digits, ends with the digits. */
  private searchUsers(query: URLSearchParams): [number, unknown] {
    const q = query.get('query');
    if (q === null) return [400, { error: 'invalid', description: 'query parameter is required' }];
    const tests: ((u: FakeUser) => boolean)[] = [];
    for (const term of q.split(/\s+/).filter(Boolean)) {
      const role = /^role:(end-user|agent|admin)$/.exec(term);
      const phone = /^phone:(\*?)(\d*)$/.exec(term);
      if (role) tests.push((u) => u.role === role[1]);
      else if (phone) {
        const [, star, wanted] = phone;
        tests.push((u) => u.phone !== null && (star ? digits(u.phone).endsWith(wanted!) : digits(u.phone) === wanted));
      } else return [400, { error: 'invalid', description: `fake Zendesk does not understand the user search term "${term}"` }];
    }
    const users = this.users.filter((u) => tests.every((t) => t(u))).map((u) => this.userJson(u));
    return [200, { users, next_page: null, previous_page: null, count: users.length }];
  }

  /** `type:ticket status<solved requester:<id>` with sort_by, sort_order, per_page, page. */
  private searchTickets(query: URLSearchParams): [number, unknown] {
    const q = query.get('query');
    if (q === null) return [400, { error: 'invalid', description: 'query parameter is required' }];
    const tests: ((t: FakeTicket) => boolean)[] = [];
    let typed = false;
    for (const term of q.split(/\s+/).filter(Boolean)) {
      const status = /^status([<>:])(new|open|pending|hold|solved|closed)$/.exec(term);
      const requester = /^requester:(\d+)$/.exec(term);
      if (term === 'type:ticket') typed = true;
      else if (status) {
        const rank = STATUS_ORDER.indexOf(status[2] as TicketStatus);
        const op = status[1];
        tests.push((t) => {
          const r = STATUS_ORDER.indexOf(t.status);
          return op === '<' ? r < rank : op === '>' ? r > rank : r === rank;
        });
      } else if (requester) tests.push((t) => t.requester_id === Number(requester[1]));
      else return [400, { error: 'invalid', description: `fake Zendesk does not understand the search term "${term}"` }];
    }
    if (!typed) return [400, { error: 'invalid', description: 'fake Zendesk only searches type:ticket' }];
    const sortBy = query.get('sort_by') ?? 'created_at';
    const sortOrder = query.get('sort_order') ?? 'desc';
    if (!['created_at', 'updated_at'].includes(sortBy) || !['asc', 'desc'].includes(sortOrder)) {
      return [400, { error: 'invalid', description: `unsupported sort ${sortBy} ${sortOrder}` }];
    }
    const perPage = Number(query.get('per_page') ?? '100');
    const page = Number(query.get('page') ?? '1');
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100 || !Number.isInteger(page) || page < 1) {
      return [400, { error: 'invalid', description: 'per_page must be 1..100 and page ≥ 1' }];
    }
    const key = sortBy as 'created_at' | 'updated_at';
    const all = this.tickets
      .filter((t) => tests.every((test) => test(t)))
      .sort((a, b) => (sortOrder === 'asc' ? 1 : -1) * a[key].localeCompare(b[key]));
    const results = all.slice((page - 1) * perPage, page * perPage).map((t) => ({ ...this.ticketJson(t), result_type: 'ticket' }));
    const hasNext = page * perPage < all.length;
    const pageUrl = (n: number) => `https://${SUBDOMAIN}.zendesk.com/api/v2/search.json?page=${n}&per_page=${perPage}&query=${encodeURIComponent(q)}&sort_by=${sortBy}&sort_order=${sortOrder}`;
    return [200, { results, facets: null, next_page: hasNext ? pageUrl(page + 1) : null, previous_page: page > 1 ? pageUrl(page - 1) : null, count: all.length }];
  }

  private updateTicket(id: number, r: RecordedRequest): [number, unknown] {
    let body: unknown;
    try {
      body = JSON.parse(r.rawBody);
    } catch (error) {
      return [400, { error: 'InvalidJSON', description: `The request body is not valid JSON: ${(error as Error).message}` }];
    }
    const ticket = this.tickets.find((t) => t.id === id);
    if (!ticket) return [404, { error: 'RecordNotFound', description: 'Not found' }];
    const comment = (body as { ticket?: { comment?: { body?: unknown; public?: unknown } } })?.ticket?.comment;
    if (!comment || typeof comment.body !== 'string' || comment.body.trim() === '') {
      return [422, { error: 'RecordInvalid', description: 'Record validation errors', details: { base: [{ description: 'Comment: body is required' }] } }];
    }
    if (ticket.status === 'closed') return [422, { error: 'RecordInvalid', description: 'Record validation errors', details: { status: [{ description: 'Status: closed prevents ticket update' }] } }];
    this.comments.push({ ticketId: id, body: comment.body, public: comment.public, rawBody: r.rawBody });
    const now = '2026-03-10T14:05:09Z';
    ticket.updated_at = now;
    const auditId = this.nextAuditId++;
    const isPublic = comment.public === undefined ? true : comment.public === true;
    return [
      200,
      {
        ticket: this.ticketJson(ticket),
        audit: {
          id: auditId,
          ticket_id: id,
          created_at: now,
          author_id: 372140580001,
          metadata: { system: { client: 'Webex', ip_address: '127.0.0.1' }, custom: {} },
          events: [{ id: auditId + 1, type: 'Comment', author_id: 372140580001, body: comment.body, html_body: `<div class="zd-comment"><p>${comment.body}</p></div>`, plain_body: comment.body, public: isPublic, attachments: [], audit_id: auditId }],
          via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
        },
      },
    ];
  }

  private userJson(u: FakeUser) {
    return {
      id: u.id,
      url: `https://${SUBDOMAIN}.zendesk.com/api/v2/users/${u.id}.json`,
      name: u.name,
      email: u.email,
      created_at: u.created_at,
      updated_at: u.updated_at,
      time_zone: 'Pacific Time (US & Canada)',
      iana_time_zone: 'America/Los_Angeles',
      phone: u.phone,
      shared_phone_number: u.phone === null ? null : false,
      photo: null,
      locale_id: 1,
      locale: 'en-US',
      organization_id: null,
      role: u.role,
      verified: true,
      external_id: null,
      tags: [],
      alias: '',
      active: true,
      shared: false,
      shared_agent: false,
      last_login_at: null,
      two_factor_auth_enabled: null,
      signature: null,
      details: '',
      notes: '',
      role_type: null,
      custom_role_id: null,
      moderator: u.role !== 'end-user',
      ticket_restriction: u.role === 'end-user' ? 'requested' : null,
      only_private_comments: false,
      restricted_agent: u.role === 'end-user',
      suspended: false,
      default_group_id: null,
      report_csv: false,
      user_fields: {},
    };
  }

  private ticketJson(t: FakeTicket) {
    return {
      url: `https://${SUBDOMAIN}.zendesk.com/api/v2/tickets/${t.id}.json`,
      id: t.id,
      external_id: null,
      via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
      created_at: t.created_at,
      updated_at: t.updated_at,
      type: null,
      subject: t.subject,
      raw_subject: t.subject,
      description: t.description,
      priority: t.priority,
      status: t.status,
      recipient: null,
      requester_id: t.requester_id,
      submitter_id: t.requester_id,
      assignee_id: 372140580001,
      organization_id: null,
      group_id: 360000000001,
      collaborator_ids: [],
      follower_ids: [],
      email_cc_ids: [],
      forum_topic_id: null,
      problem_id: null,
      has_incidents: false,
      is_public: true,
      due_at: null,
      tags: [],
      custom_fields: [],
      satisfaction_rating: null,
      sharing_agreement_ids: [],
      custom_status_id: 360000000010 + STATUS_ORDER.indexOf(t.status),
      fields: [],
      followup_ids: [],
      ticket_form_id: 360000000100,
      brand_id: 360000000200,
      allow_channelback: false,
      allow_attachments: true,
      from_messaging_channel: false,
    };
  }
}
