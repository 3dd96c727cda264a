/**
 * 法定程序 of an on-site record (docs/domain.md §4): certificates shown, recusal asked and the
 * party's answer, rights notified, start and end time, and the party's confirmation text.
 * Every change is saved at once (boxes) or on leaving the field (texts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LegalElements, type Inspection } from '../../../shared/domain/inspection';
import { useServices } from '../../app/services';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../components/formatTime';
import { patchDraft } from '../../db/inspectionRepository';
import { evidenceFieldId } from './problemTarget';

type LegalChange = Partial<Inspection['legal']>;

interface LegalSectionProps {
  inspection: Inspection;
  readOnly: boolean;
  onError: (e: unknown) => void;
}

/** ISO (UTC) ⇄ the value of <input type="datetime-local">, in the laptop's zone. */
function toLocalInput(iso: string | undefined): string {
  if (iso === undefined) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function LegalSection({ inspection, readOnly, onError }: LegalSectionProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const { legal } = inspection;
  const suggestion = t('evidence.legal.partyConfirmationSuggestion');
  const [confirmation, setConfirmation] = useState(legal.partyConfirmation || suggestion);
  const [confirmationError, setConfirmationError] = useState<string | undefined>(undefined);
  const [start, setStart] = useState(toLocalInput(inspection.startedAt));

  const saveLegal = (change: LegalChange) =>
    void patchDraft(db, inspection.id, (current) => ({
      ...current,
      legal: { ...current.legal, ...change },
    })).catch(onError);

  const saveConfirmation = () => {
    const parsed = LegalElements.shape.partyConfirmation.safeParse(confirmation);
    if (!parsed.success) {
      setConfirmationError(parsed.error.issues[0]?.message);
      return;
    }
    setConfirmationError(undefined);
    if (parsed.data !== legal.partyConfirmation) saveLegal({ partyConfirmation: parsed.data });
  };

  const saveStart = () => {
    const time = Date.parse(start);
    if (Number.isNaN(time)) return;
    const iso = new Date(time).toISOString();
    void patchDraft(db, inspection.id, (current) =>
      current.startedAt === iso ? current : { ...current, startedAt: iso },
    ).catch(onError);
  };

  const box = (key: 'certificatesShown' | 'recusalAsked' | 'rightsNotified') => (
    <div id={evidenceFieldId(['legal', key])}>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={legal[key]}
          disabled={readOnly}
          onChange={(e) => saveLegal({ [key]: e.target.checked })}
        />
        {t(`evidence.legal.${key}`)}
      </label>
    </div>
  );

  return (
    <section
      className="evidence-section"
      aria-labelledby="ev-legal-title"
      id={evidenceFieldId(['legal'])}
    >
      <h2 id="ev-legal-title">{t('evidence.legal.title')}</h2>
      {box('certificatesShown')}
      {box('recusalAsked')}
      {legal.recusalAsked ? (
        <fieldset className="recusal" id={evidenceFieldId(['legal', 'recusalRequested'])}>
          <legend>{t('evidence.legal.recusalAnswer')}</legend>
          {([false, true] as const).map((value) => (
            <label key={String(value)} className="radio">
              <input
                type="radio"
                name={`recusal-${inspection.id}`}
                checked={legal.recusalRequested === value}
                disabled={readOnly}
                onChange={() => saveLegal({ recusalRequested: value })}
              />
              {t(value ? 'evidence.legal.recusalYes' : 'evidence.legal.recusalNo')}
            </label>
          ))}
        </fieldset>
      ) : null}
      {box('rightsNotified')}
      <div className="legal-times">
        <div id={evidenceFieldId(['startedAt'])}>
          {readOnly ? (
            <p>
              {t('evidence.legal.startedAt')}：{formatDateTime(inspection.startedAt)}
            </p>
          ) : (
            <Field label={t('evidence.legal.startedAt')}>
              <input
                type="datetime-local"
                value={start}
                onChange={(e) => setStart(e.target.value)}
                onBlur={saveStart}
              />
            </Field>
          )}
        </div>
        <p id={evidenceFieldId(['endedAt'])}>
          {t('evidence.legal.endedAt')}：
          {inspection.endedAt ? (
            formatDateTime(inspection.endedAt)
          ) : (
            <span className="muted">{t('evidence.legal.endedAtHint')}</span>
          )}
        </p>
      </div>
      <div id={evidenceFieldId(['legal', 'partyConfirmation'])}>
        {inspection.refusal || inspection.partyAbsent ? null : readOnly ? (
          legal.partyConfirmation ? (
            <p>
              {t('evidence.legal.partyConfirmation')}：{legal.partyConfirmation}
            </p>
          ) : null
        ) : (
          <Field
            label={t('evidence.legal.partyConfirmation')}
            hint={legal.partyConfirmation ? undefined : t('evidence.legal.partyConfirmationHint')}
            error={confirmationError}
          >
            <textarea
              rows={2}
              value={confirmation}
              onChange={(e) => setConfirmation(e.target.value)}
              onBlur={saveConfirmation}
            />
          </Field>
        )}
      </div>
    </section>
  );
}
