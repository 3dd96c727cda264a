/** A new site: every field checked at the field, the credit code by its GB 32100 check character. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Site, siteKinds, type SiteKind } from '../../../shared/domain/site';
import { CountySelect } from '../../components/CountySelect';
import { Field } from '../../components/Field';

export const NewSite = Site.omit({ id: true });
export type NewSite = z.output<typeof NewSite>;
type NewSiteInput = z.input<typeof NewSite>;

interface SiteFormProps {
  defaultKind: SiteKind;
  submitLabel: string;
  /** Prefills the name, e.g. a machine's registered site of use. */
  defaultName?: string;
  disabled?: boolean;
  onSubmit: (site: NewSite) => Promise<void>;
}

export function SiteForm({
  defaultKind,
  submitLabel,
  defaultName = '',
  disabled,
  onSubmit,
}: SiteFormProps) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<NewSiteInput, unknown, NewSite>({
    resolver: zodResolver(NewSite),
    defaultValues: {
      kind: defaultKind,
      name: defaultName,
      creditCode: '',
      address: '',
      countyCode: '' as NewSiteInput['countyCode'],
      legalRepresentative: '',
      contact: { name: '', position: '', phone: '' },
    },
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => void handleSubmit(onSubmit)(e)}
      aria-label={t('newInspection.newSite')}
    >
      <Field label={t('site.kind')} error={errors.kind?.message} required>
        <select {...register('kind')}>
          {siteKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`siteKind.${kind}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('site.name')} error={errors.name?.message} required>
        <input {...register('name')} />
      </Field>
      <Field
        label={t('site.creditCode')}
        error={errors.creditCode?.message}
        hint={t('site.creditCodeHint')}
        required
      >
        <input {...register('creditCode')} spellCheck={false} autoComplete="off" maxLength={30} />
      </Field>
      <Field label={t('site.address')} error={errors.address?.message} required>
        <input {...register('address')} />
      </Field>
      <Field label={t('site.county')} error={errors.countyCode?.message} required>
        <CountySelect emptyLabel={t('profile.choose')} {...register('countyCode')} />
      </Field>
      <Field label={t('site.legalRepresentative')} error={errors.legalRepresentative?.message}>
        <input {...register('legalRepresentative')} />
      </Field>
      <Field label={t('site.contactName')} error={errors.contact?.name?.message}>
        <input {...register('contact.name')} />
      </Field>
      <Field label={t('site.contactPosition')} error={errors.contact?.position?.message}>
        <input {...register('contact.position')} />
      </Field>
      <Field label={t('site.contactPhone')} error={errors.contact?.phone?.message}>
        <input {...register('contact.phone')} type="tel" inputMode="tel" />
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={disabled || isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
