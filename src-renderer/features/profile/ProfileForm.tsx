/** The inspector's own enforcement details, checked field by field before anything is stored. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Inspector, type InspectorInput } from '../../../shared/domain/inspector';
import { useServices } from '../../app/services';
import { CountySelect } from '../../components/CountySelect';
import { Field } from '../../components/Field';
import { saveProfile } from '../../db/profileRepository';
import { errorMessage } from '../../errors/errorMessage';

interface ProfileFormProps {
  initial: Inspector | undefined;
  onSaved?: (profile: Inspector) => void;
}

const empty: InspectorInput = {
  name: '',
  certificateNumber: '',
  unit: '',
  countyCode: '' as 'city',
};

export function ProfileForm({ initial, onSaved }: ProfileFormProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [status, setStatus] = useState<'idle' | 'saved' | { error: string }>('idle');
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<InspectorInput, unknown, Inspector>({
    resolver: zodResolver(Inspector),
    defaultValues: initial ?? empty,
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });

  const submit = handleSubmit(async (profile) => {
    try {
      const saved = await saveProfile(db, profile);
      setStatus('saved');
      onSaved?.(saved);
    } catch (error) {
      setStatus({ error: errorMessage(t, error) });
    }
  });

  return (
    <form
      className="form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('profile.title')}
    >
      <Field label={t('profile.name')} error={errors.name?.message} required>
        <input {...register('name')} autoComplete="name" />
      </Field>
      <Field
        label={t('profile.certificateNumber')}
        error={errors.certificateNumber?.message}
        hint={t('profile.certificateHint')}
        required
      >
        <input {...register('certificateNumber')} autoComplete="off" spellCheck={false} />
      </Field>
      <Field label={t('profile.unit')} error={errors.unit?.message} required>
        <input {...register('unit')} autoComplete="organization" />
      </Field>
      <Field label={t('profile.county')} error={errors.countyCode?.message} required>
        <CountySelect withCity emptyLabel={t('profile.choose')} {...register('countyCode')} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('common.save')}
        </button>
        {status === 'saved' ? (
          <span role="status" className="ok">
            {t('profile.saved')}
          </span>
        ) : null}
        {typeof status === 'object' ? (
          <span role="alert" className="field-error">
            {t('common.error', { message: status.error })}
          </span>
        ) : null}
      </div>
    </form>
  );
}
