/**
 * A labelled form control with its error under it. The label is tied to the control, the
 * error to `aria-describedby`, so screen readers and the e2e tests find both by their text.
 * Features whose messages live in their own namespace pass `errorKeyOf` (and `errorValues`
 * for messages with values); a unit, when given, stands beside the control.
 */
import { useId, type ReactElement, cloneElement } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../i18n/i18n';

export interface FieldProps {
  label: string;
  error?: string | undefined;
  /** The i18n key of an error; by default a shared `errors.…` key, anything else generic. */
  errorKeyOf?: (error: string) => string;
  errorValues?: Record<string, string> | undefined;
  hint?: string | undefined;
  unit?: string | undefined;
  required?: boolean;
  className?: string | undefined;
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
}

export function Field({
  label,
  error,
  errorKeyOf = errorKey,
  errorValues,
  hint,
  unit,
  required,
  className,
  children,
}: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const control = cloneElement(children, {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  });
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {/* Outside the label, so the control's accessible name is the label text alone. */}
        {required ? (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {unit ? (
        <div className="field-with-unit">
          {control}
          <span className="field-unit">{unit}</span>
        </div>
      ) : (
        control
      )}
      {hint ? (
        <small id={hintId} className="field-hint">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={errorId} className="field-error" role="alert">
          {t(errorKeyOf(error), errorValues)}
        </small>
      ) : null}
    </div>
  );
}
