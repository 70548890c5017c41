/** The initial value a variable of each type gets when none is given (Webex stores values as strings). */
import type { VariableType } from './types.js';

export function defaultInitialValue(type: VariableType): string {
  switch (type) {
    case 'integer':
    case 'decimal':
      return '0';
    case 'boolean':
      return 'false';
    case 'json':
      return '{}';
    default:
      return '';
  }
}
