/**
 * components/Field for the checklist: its errors are keys of `checklist.errors` (some with
 * values), typed so a row cannot show a message the namespace does not have.
 */
import { Field, type FieldProps } from '../../components/Field';
import type { FieldError } from './fieldChecks';

type ChecklistFieldProps = Omit<FieldProps, 'error' | 'errorKeyOf'> & {
  error?: FieldError | undefined;
};

function checklistErrorKey(error: string): string {
  return `checklist.errors.${error}`;
}

export function ChecklistField({ error, ...rest }: ChecklistFieldProps) {
  return <Field {...rest} error={error} errorKeyOf={checklistErrorKey} />;
}
