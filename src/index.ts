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
  UploadAudioHandle,
  UploadAudioInput,
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
// Voice and routing kinds of issue 9, and regions.
export type {
  BusinessHoursHandle,
  BusinessHoursInput,
  PercentAllocationHandle,
  PercentAllocationInput,
  BridgedTransferHandle,
  BridgedTransferInput,
  TransferInput,
  GoToHandle,
  GoToInput,
  FlowVersion,
  ScheduledCallbackHandle,
  ScheduledCallbackInput,
  FeedbackHandle,
  FeedbackInput,
} from './dsl/define-flow.js';
export { REGIONS } from './activities/shared/regions.js';
export type { Region } from './activities/shared/regions.js';
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
export { graphFlowFile, readFlowDocument, mermaidLimitWarnings } from './api/graph-files.js';
export type { GraphFormat, GraphOptions, GraphResult, ReadFlow } from './api/graph-files.js';
export { flowGraph } from './graph/model.js';
export type { FlowGraph, GraphNode, GraphLink, GraphView, GraphSetting, LinkPath } from './graph/model.js';
export { toMermaid, linkKey } from './graph/mermaid.js';
export type { MarkedGraph, Mark } from './graph/mermaid.js';
export { renderHtml } from './graph/html.js';
export type { HtmlOptions, LegendEntry } from './graph/html.js';
export { toSvg } from './graph/svg.js';
export type { FlowIR, ActivityIR, VariableIR, Template, Suppression } from './ir/types.js';
export { planTenants, deployTenants } from './api/deploy-tenants.js';
export type { DeployOptions, DeployReport, OrgReport } from './api/deploy-tenants.js';
export type { FlowOutcome, PublishRequest } from './deploy/org.js';
export { resourceParam } from './activities/shared/resources.js';
export type { ResourceKind, ResourceRef } from './activities/shared/resources.js';
export * as zendesk from './connectors/zendesk/index.js';
export { simulateFile, loadSimulationFlow, readFixtureFile, fetchTransport } from './api/simulate-flow.js';
export type { SimulateFileOptions, SimulateFileResult } from './api/simulate-flow.js';
export { testFlows } from './api/test-flows.js';
export type { TestFlowsOptions, TestFlowsResult } from './api/test-flows.js';
export { simulateCall } from './simulate/engine.js';
export type { SimulationOptions, SimulationResult, SimulationOutcome, PathStep } from './simulate/engine.js';
export { callScenario } from './simulate/scenario.js';
export type { CallScenario } from './simulate/scenario.js';
export type { Fixture } from './simulate/http.js';
export { z } from 'zod';
