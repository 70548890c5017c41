/**
 * What a simulated call is given: the caller, the keys they press, when an agent answers or the
 * caller hangs up, the clock, faults to inject, and answers for activities no flow setting
 * decides. Plain data, built from `flowgen simulate` options or a scenario file's case.
 */
import type { SimulatedValue } from '../activities/shared/simulation.js';
import type { BusinessHoursSchedule } from './business-hours.js';

export interface AgentScenario {
  /** Seconds after the contact is queued until an agent answers. */
  answersAfterSeconds: number;
  /** Seconds after answering until the agent leaves the call (AgentDisconnected); absent: stays. */
  disconnectsAfterSeconds?: number;
  name: string;
  id: string;
  email: string;
  team: string;
}

export interface CallScenario {
  ani: string;
  dnis: string;
  /**
   * The caller's answers, one per Menu or Collect Digits, in order: keys (`1`, `1234#`), or `timeout`
   * (nothing pressed). When they run out, every further entry times out.
   */
  digits: readonly string[];
  /**
   * `available`: agents are available but none answers during the simulation; `none`: no agent
   * is available (Queue Contact with availability check takes `failure`); or an agent who answers.
   */
  agent: 'available' | 'none' | AgentScenario;
  /** Seconds after the call starts when the caller hangs up. */
  hangupAfterSeconds?: number;
  /** The call's start time (what `now()` returns at the start). */
  at: Date;
  /** Activity name → the port it leaves by as a platform fault (`error`, or `failure` for queues). */
  faults: Readonly<Record<string, string>>;
  /** Activity name → what it does, for activities no setting decides (virtual agents, queue info). */
  answers: Readonly<Record<string, { port?: string; outputs?: Record<string, SimulatedValue> }>>;
  /** Business Hours entity (name or id) → its schedule. */
  businessHours: Readonly<Record<string, BusinessHoursSchedule>>;
  /** Seed of the generator percentage allocation draws from. */
  seed: number;
  /** Simulated seconds after which the call is stopped as a runaway loop. */
  maxSeconds: number;
}

/** 2026-01-05 is a Monday: 09:00 UTC is a working morning in Europe and the night before in the US. */
export const DEFAULT_START = new Date('2026-01-05T09:00:00Z');

export const DEFAULT_AGENT: Omit<AgentScenario, 'answersAfterSeconds'> = {
  name: 'Simulated Agent',
  id: 'agent-0001',
  email: 'agent@example.com',
  team: 'Simulated Team',
};

export function callScenario(partial: Partial<CallScenario> = {}): CallScenario {
  return {
    ani: '+14085551234',
    dnis: '+18005550100',
    digits: [],
    agent: 'available',
    at: DEFAULT_START,
    faults: {},
    answers: {},
    businessHours: {},
    seed: 1,
    maxSeconds: 3600,
    ...partial,
  };
}
