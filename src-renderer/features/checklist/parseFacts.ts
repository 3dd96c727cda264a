/** The start facts as typed → the values stored and conditions see, plus per-fact errors. */
import type { ChecklistTemplate } from '../../../shared/templates/templateSchema';
import { parseFact, type FactValue, type FieldError } from './fieldChecks';

export interface ParsedFacts {
  readonly values: Record<string, FactValue>;
  readonly errors: Record<string, FieldError>;
}

export function parseFacts(
  template: ChecklistTemplate,
  raw: Readonly<Record<string, string>>,
): ParsedFacts {
  const values: Record<string, FactValue> = {};
  const errors: Record<string, FieldError> = {};
  for (const fact of template.facts) {
    const { value, error } = parseFact(fact, raw[fact.id] ?? '');
    if (value !== undefined) values[fact.id] = value;
    if (error !== undefined) errors[fact.id] = error;
  }
  return { values, errors };
}
