/** The documented wrong and right examples of FG0xx-FG2xx: loading, shape, graph, variables (docs/diagnostics.md). */
import { describeExamples } from './describe-examples.js';

describeExamples(/^FG[0-2]/);
