/**
 * Where Blind Transfer and Bridged Transfer send the call: a Specific Dial Number or a String
 * variable (docs/webex-activities-and-api.md §1.3 "Blind Transfer"), both written in
 * `transfertodn`. Real shapes: a static number has `transfertodn:radioName` `dn` (CARS
 * `BlindTransfer_jvq`, 2023; Cisco's PercentageAllocation_Template `BlindTransfer_stj`, 2024); a
 * variable has `setToVariable`, the value `{{variable}}` and the variable's type in the name shadows
 * (`transfertodn:name: "STRING"`, Bridged_Transfer_Template `BridgedTransfer_5vu` and
 * `BlindTransfer_uk4`, 2024).
 */
import { z } from 'zod';
import { renderText } from '../../ir/template.js';
import type { Template } from '../../ir/types.js';
import { textTemplate } from './from-webex.js';
import { literal, plainText, variableValue, type PrintedValue } from './print-input.js';
import { templateSchema, variableNameSchema } from './schemas.js';
import { radioShadows } from './shadow-keys.js';
import { DESCRIBED_KEYS, type Described, type Variable } from './factory.js';
import { toTemplate } from './factory-input.js';

export const transferDestinationShape = {
  /** The number to transfer to (`4001`, `+15551234567`), or a template that yields one. */
  dialNumber: templateSchema.optional(),
  /** A String variable holding the number (Flow Designer's "Variable" choice). */
  dialNumberVariable: variableNameSchema.optional(),
};

export interface TransferDestination {
  dialNumber?: Template | undefined;
  dialNumberVariable?: string | undefined;
}

/** Exactly one of the two, as the activity's radio button allows. */
export function refineDestination(o: TransferDestination, ctx: z.RefinementCtx): void {
  if ((o.dialNumber === undefined) === (o.dialNumberVariable === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['dialNumber'], message: 'give exactly one of "dialNumber" and "dialNumberVariable"' });
  }
}

/** The templates the destination reads (the variable as a reference, so FG201 checks it exists). */
export function destinationTemplates(o: TransferDestination): Template[] {
  if (o.dialNumberVariable !== undefined) return [{ parts: [{ ref: o.dialNumberVariable }] }];
  return o.dialNumber ? [o.dialNumber] : [];
}

export function destinationProperties(o: TransferDestination): Record<string, unknown> {
  if (o.dialNumberVariable !== undefined) {
    return {
      transfertodn: `{{${o.dialNumberVariable}}}`,
      ...radioShadows('transfertodn', 'setToVariable'),
      'transfertodn:name': 'STRING',
      transfertodn_name: 'STRING',
    };
  }
  return { transfertodn: renderText(o.dialNumber!), ...radioShadows('transfertodn', 'dn') };
}

const SINGLE_VARIABLE = /^\{\{\s*([A-Za-z_$][A-Za-z0-9_$]*)\s*\}\}$/;

/** The destination options of an exported transfer, or undefined when not representable. */
export function destinationFromWebex(p: Readonly<Record<string, unknown>>): TransferDestination | undefined {
  const value = p['transfertodn'];
  const radio = p['transfertodn:radioName'] ?? 'dn';
  if (radio === 'dn') {
    const dialNumber = textTemplate(value);
    return dialNumber && !('transfertodn:name' in p) ? { dialNumber } : undefined;
  }
  const match = radio === 'setToVariable' && typeof value === 'string' ? SINGLE_VARIABLE.exec(value) : null;
  // `{{ name }}` with spaces would not write back as exported; keep such a shape raw.
  return match && value === `{{${match[1]}}}` ? { dialNumberVariable: match[1]! } : undefined;
}

/** The destination part of the Blind and Bridged Transfer factories' input. */
export interface TransferInput extends Described {
  /** A dial number (`'4001'`, `'+15551234567'`) or a String variable holding one. */
  to: string | Variable<'string'>;
}

/** The option names of {@link TransferInput}, for a factory's `inputKeys`. */
export const TRANSFER_INPUT_KEYS = [...DESCRIBED_KEYS, 'to'] as const;

/** A factory's `to` → the destination options. */
export function transferOptions(to: string | Variable<'string'>): Record<string, unknown> {
  return typeof to === 'string' ? { dialNumber: toTemplate(to) } : { dialNumberVariable: to.name };
}

/** The factories' `to`: the number as a string, or the declared String variable holding it. */
export function printDestination(o: TransferDestination): PrintedValue | undefined {
  if (o.dialNumberVariable !== undefined) return variableValue(o.dialNumberVariable, 'string');
  const text = plainText(o.dialNumber);
  return text === undefined ? undefined : literal(text);
}
