/**
 * A labelled control with its message, like components/Field but for this feature's
 * messages (`checklist.errors.*`, some with values). The error is tied to the control by
 * aria-describedby and announced (role=alert), so keyboard and screen-reader users get it.
 */
import { cloneElement, useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from './fieldChecks';

interface ChecklistFieldProps {
  label: string;
  error?: FieldError | undefined;
  errorValues?: Record<string, string>;
  hint?: string | undefined;
  required?: boolean;
  className?: string;
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
}

export function ChecklistField({
  label,
  error,
  errorValues,
  hint,
  required,
  className,
  children,
}: ChecklistFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint ? (
        <small id={`${id}-hint`} className="field-hint">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={`${id}-error`} className="field-error" role="alert">
          {t(`checklist.errors.${error}`, errorValues)}
        </small>
      ) : null}
    </div>
  );
}
