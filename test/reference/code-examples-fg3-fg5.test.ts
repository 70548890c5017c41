/** The documented wrong and right examples of FG3xx-FG5xx: settings, security, tenants, templates (docs/diagnostics.md). */
import { describeExamples } from './describe-examples.js';

describeExamples(/^FG[3-5]/);
