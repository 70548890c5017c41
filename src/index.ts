/**
 * flowgen's public library API. Everything the CLI does is available here.
 */
export { defineFlow, isFlowDefinition, buildFlow } from './dsl/define-flow.js';
export type {
  FlowBuilder,
  FlowDefinition,
  FlowSettings,
  ConnectorRef,
  ConnectorInput,
  Target,
  StartHandle,
  EventHandle,
  PlayMessageHandle,
  MenuHandle,
  ConditionHandle,
  CaseHandle,
  SetVariableHandle,
  QueueContactHandle,
  PlayMusicHandle,
  ScreenPopHandle,
  HttpRequestHandle,
  TerminalHandle,
  GenericHandle,
  RawInput,
  FlowShape,
} from './dsl/define-flow.js';
// Recording, business rules and digital channels (issue 9).
export type {
  RecordHandle,
  RecordInput,
  RecordingControlHandle,
  RecordingControlInput,
  BreRequestHandle,
  BreRequestInput,
  WaitHandle,
  WaitInput,
  SendCustomMessageHandle,
  SendCustomMessageInput,
  ReceiveMessageHandle,
  ReceiveMessageInput,
  OutputMapping,
} from './dsl/define-flow.js';
export { text, expr, filter, now, pebble } from './dsl/refs.js';
export type { Variable, OutputRef, TextTemplate, Hole } from './dsl/refs.js';
export { compileFlow, compileIr } from './api/compile-flow.js';
export type { CompiledFlow, CompileOptions } from './api/compile-flow.js';
export { buildFlowFiles, findFlowFiles } from './api/build-files.js';
export { buildTenantFiles, compileTenant, compileForTenant, findTenantFiles } from './api/build-tenants.js';
export type { TenantBuildOptions, TenantBuildResult, TenantCompiled } from './api/build-tenants.js';
export { defineFork, forkSet } from './dsl/forks.js';
export type { ForkDefinition, ForkSet, ForkHooks } from './dsl/forks.js';
export type { RenderInput, TemplateLibrary, TemplateSource } from './dsl/build-template.js';
export type { BuildExtras } from './dsl/define-flow.js';
export { loadTenantFile, parseTenantText, tenantSchemaFor } from './load/tenant-file.js';
export type { TenantFile, TenantPositions } from './load/tenant-file.js';
export { checkTenantFlow } from './load/tenant-values.js';
export { loadTemplates } from './load/templates.js';
export { validateFlow } from './validate/index.js';
export { checkFlowDocument } from './emit/webex/schema-check.js';
export { formatText } from './diagnostics/format/text.js';
export { formatJson } from './diagnostics/format/json.js';
export { formatGithub } from './diagnostics/format/github.js';
export type { Diagnostic, SourceLocation, FlowLocation } from './diagnostics/diagnostic.js';
export { diagnosticCodes } from './diagnostics/codes.js';
export type { FlowIR, ActivityIR, VariableIR, Template, Suppression } from './ir/types.js';
export * as zendesk from './connectors/zendesk/index.js';
export { z } from 'zod';
