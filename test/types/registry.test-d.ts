/**
 * FlowBuilder is derived from the registry (issue 10): every kind's factory method is on it, with
 * the signature its module declares (checked by `vitest --typecheck`; these bodies never run).
 */
import { expectTypeOf, test } from 'vitest';
import type { activityKinds } from '../../src/activities/index.js';
import type { wait, WaitHandle, WaitInput } from '../../src/activities/wait.js';
import type { FlowBuilder } from '../../src/index.js';

type Factories = NonNullable<(typeof activityKinds)[number]['factory']>;

test('every factory method of the registry is a FlowBuilder member, and nothing else is typed by kind', () => {
  expectTypeOf<Factories['method']>().toExtend<keyof FlowBuilder>();
  expectTypeOf<Exclude<keyof FlowBuilder, Factories['method']>>().toEqualTypeOf<
    'start' | 'call' | 'variable' | 'connector' | 'onEvent' | 'activity' | 'raw' | 'renderText' | 'renderBody'
  >();
});

test('a method has the signature its module declares', () => {
  expectTypeOf<FlowBuilder['wait']>().toEqualTypeOf<(name: string, input: WaitInput) => WaitHandle>();
  expectTypeOf<(typeof wait)['factory']['method']>().toEqualTypeOf<'wait'>();
});
