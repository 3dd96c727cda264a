/**
 * A labelled control of the registration form, as components/Field but with the unit shown
 * beside the control and this feature's own error keys (`registry.errors.…`) translated too.
 */
import { cloneElement, useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

interface MachineFieldProps {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  unit?: string | undefined;
  required?: boolean;
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
}

/** An i18n key this form may show; anything else (a library's English text) is generic. */
function messageKey(message: string | undefined): string {
  if (message && (message.startsWith('errors.') || message.startsWith('registry.errors.')))
    return message;
  return 'errors.invalid';
}

export function MachineField({ label, error, hint, unit, required, children }: MachineFieldProps) {
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
    <div className={error ? 'field field-invalid' : 'field'}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
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
          {t(messageKey(error))}
        </small>
      ) : null}
    </div>
  );
}
