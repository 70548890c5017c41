/**
 * Widget and port geometry of the Flow Designer canvas.
 *
 * Contract: pure functions from a widget's top-left `point` to the absolute canvas positions of
 * its ports, plus the widget's footprint. Layout uses these to tell elk where ports are (so edges
 * leave and enter where Flow Designer draws them) and how much room a widget needs; the emitter
 * uses the same functions to write port coordinates, so the two can never disagree.
 *
 * Sources: docs/webex-flow-format.md §5.1-5.3, checked against the corpus export
 * hnavilur__webex-contact-center-flows/zendesk-datadip-template__Zendesk_HTTP_Template.json
 * (206 action widgets: `in` at (x-8, y+18), first output at (x+167, y+18); link end points are
 * port positions + 8.5). Flow Designer recomputes exact port coordinates on load, so the
 * 33-unit pitch between output ports is an approximation of the 32-34 seen for menu digits.
 */

export interface Point {
  x: number;
  y: number;
}

export const WIDGET_WIDTH = 175;

/** Offset of a port's centre from its stored position, in both axes (§5.3: link points = port + 8.5). */
export const PORT_CENTER_OFFSET = 8.5;

/** A port is drawn as a square twice its centre offset; used for footprints, not stored anywhere. */
export const PORT_SIZE = PORT_CENTER_OFFSET * 2;

const IN_PORT_DX = -8;
const PORT_TOP = 18;
const OUT_PORT_DX = 167;
const OUT_PORT_PITCH = 33;
// The UI draws the same inset below the last port as above the first.
const BOTTOM_MARGIN = PORT_TOP;
// Flow Designer draws single-port widgets noticeably taller than their one port needs; going
// below this would let elk pack them tighter than they appear on screen.
const MIN_WIDGET_HEIGHT = 70;

/**
 * How far the entry port sticks out to the left of `point.x`. A widget's drawn footprint starts
 * here, so overlap checks and canvas translation must count it.
 */
export const IN_PORT_OVERHANG = -IN_PORT_DX;

/** Height of a widget with `outPortCount` output ports: every port fits, plus a bottom margin. */
export function widgetHeight(outPortCount: number): number {
  const ports = Math.max(1, Math.floor(outPortCount));
  const lastPortBottom = PORT_TOP + (ports - 1) * OUT_PORT_PITCH + PORT_SIZE;
  return Math.max(MIN_WIDGET_HEIGHT, lastPortBottom + BOTTOM_MARGIN);
}

/** Position of the entry port `in` of a widget whose top-left corner is `widget`. */
export function inPortPosition(widget: Point): Point {
  return { x: widget.x + IN_PORT_DX, y: widget.y + PORT_TOP };
}

/** Position of output port number `index` (0-based, in the activity's port order). */
export function outPortPosition(widget: Point, index: number): Point {
  return { x: widget.x + OUT_PORT_DX, y: widget.y + PORT_TOP + index * OUT_PORT_PITCH };
}
