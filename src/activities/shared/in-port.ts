/**
 * Whether an activity can be entered, i.e. its widget has an `in` port: the one answer the flow
 * index, the rules, layout and the emitter share. The kind says so (start, event and subflow-start
 * nodes have none), except for a raw activity, whose widget ports as exported decide (an imported
 * subflow start of a kind flowgen does not model has none). An unknown kind, or options that did
 * not parse, count as enterable: other rules report those.
 */
export function hasInPort(kind: string, definition: { readonly hasInPort: boolean } | undefined, options: unknown): boolean {
  if (definition?.hasInPort === false) return false;
  if (kind !== 'raw' || typeof options !== 'object' || options === null) return true;
  const ports = (options as { ports?: unknown }).ports;
  return !Array.isArray(ports) || ports.includes('in');
}
