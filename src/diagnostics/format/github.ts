/** GitHub Actions workflow annotations, one `::error file=…,line=…,col=…,title=…::message` each. Pure. */
import { isSourceLocation, type Diagnostic } from '../diagnostic.js';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const level = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      const props: string[] = [];
      const location = d.location;
      if (location.file) props.push(`file=${escapeProperty(location.file)}`);
      if (isSourceLocation(location)) props.push(`line=${location.line}`, `col=${location.column}`);
      props.push(`title=${escapeProperty(`${d.code} ${d.rule}`)}`);
      const activity = !isSourceLocation(location) && location.activity ? ` (activity "${location.activity}")` : '';
      const hint = d.hint ? ` Hint: ${d.hint}` : '';
      return `::${level} ${props.join(',')}::${escapeData(d.message + activity + hint)}`;
    })
    .join('\n')
    .concat(diagnostics.length ? '\n' : '');
}
