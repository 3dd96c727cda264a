/**
 * One inspector added on site, editable in a draft: name, certificate number (may stay empty
 * until finalising; a malformed one is refused at the field) and unit, saved on leaving a field.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftInspector } from '../../../shared/domain/inspector';
import { Field } from '../../components/Field';
import { evidenceFieldId } from './problemTarget';

type Errors = Partial<Record<'name' | 'certificateNumber' | 'unit', string>>;

/** The first message per field of a failed parse (messages are i18n keys 'errors.…'). */
export function inspectorErrors(values: unknown): { value?: DraftInspector; errors: Errors } {
  const parsed = DraftInspector.safeParse(values);
  if (parsed.success) return { value: parsed.data, errors: {} };
  const errors: Errors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    if (
      (key === 'name' || key === 'certificateNumber' || key === 'unit') &&
      errors[key] === undefined
    )
      errors[key] = issue.message;
  }
  return { errors };
}

interface InspectorRowProps {
  inspector: DraftInspector;
  index: number;
  onSave: (next: DraftInspector) => void;
  onRemove: () => void;
}

export function InspectorRow({ inspector, index, onSave, onRemove }: InspectorRowProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    name: inspector.name,
    certificateNumber: inspector.certificateNumber,
    unit: inspector.unit,
  });
  const [errors, setErrors] = useState<Errors>({});

  const save = () => {
    const result = inspectorErrors({ ...inspector, ...values });
    setErrors(result.errors);
    if (result.value === undefined) return;
    const same =
      result.value.name === inspector.name &&
      result.value.certificateNumber === inspector.certificateNumber &&
      result.value.unit === inspector.unit;
    if (!same) onSave(result.value);
  };
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  return (
    <fieldset className="inspector-row" id={evidenceFieldId(['inspectors', index])}>
      <legend>{t('evidence.inspectors.onSite', { n: index + 1 })}</legend>
      <Field label={t('evidence.inspectors.name')} error={errors.name} required>
        <input value={values.name} maxLength={40} onChange={set('name')} onBlur={save} />
      </Field>
      <div id={evidenceFieldId(['inspectors', index, 'certificateNumber'])}>
        <Field
          label={t('evidence.inspectors.certificateNumber')}
          error={errors.certificateNumber}
          hint={t('evidence.inspectors.certificateLaterHint')}
        >
          <input
            value={values.certificateNumber}
            maxLength={30}
            onChange={set('certificateNumber')}
            onBlur={save}
          />
        </Field>
      </div>
      <Field label={t('evidence.inspectors.unit')} error={errors.unit} required>
        <input value={values.unit} maxLength={110} onChange={set('unit')} onBlur={save} />
      </Field>
      <button
        type="button"
        className="danger small"
        onClick={() => {
          if (window.confirm(t('evidence.inspectors.confirmRemove', { name: inspector.name })))
            onRemove();
        }}
      >
        {t('evidence.inspectors.remove')}
      </button>
    </fieldset>
  );
}
