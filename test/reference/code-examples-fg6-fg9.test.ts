/** The documented wrong and right examples of FG6xx-FG9xx: diff, checks, simulate, graph, plan and deploy (docs/diagnostics.md). */
import { describeExamples } from './describe-examples.js';

describeExamples(/^FG[6-9]/);
