/**
 * 执法人员: the profile inspector (as snapshotted when the draft began) and the colleagues
 * added on site; 《行政处罚法》 Art. 42 asks for at least two, each with a certificate number.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../shared/domain/inspection';
import type { DraftInspector } from '../../../shared/domain/inspector';
import { useServices } from '../../app/services';
import { Field } from '../../components/Field';
import { clearSignatureFromDraft } from './evidenceStore';
import { patchDraft } from '../../db/inspectionRepository';
import { evidenceFieldId } from './problemTarget';
import { InspectorRow, inspectorErrors } from './InspectorRow';
import { ReasonRecorder } from './ReasonRecorder';

interface InspectorListProps {
  inspection: Inspection;
  readOnly: boolean;
  onError: (e: unknown) => void;
}

function InspectorText({ inspector }: { inspector: DraftInspector }) {
  const { t } = useTranslation();
  return (
    <>
      {inspector.name}（{t('evidence.inspectors.certificateNumber')}{' '}
      {inspector.certificateNumber || t('evidence.inspectors.certificateMissing')}）{inspector.unit}
    </>
  );
}

export function InspectorList({ inspection, readOnly, onError }: InspectorListProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const first = inspection.inspectors[0];
  const [draft, setDraft] = useState({ name: '', certificateNumber: '', unit: first?.unit ?? '' });
  const [errors, setErrors] = useState<ReturnType<typeof inspectorErrors>['errors']>({});

  const save = (change: (list: DraftInspector[]) => DraftInspector[]) =>
    patchDraft(db, inspection.id, (current) => ({
      ...current,
      inspectors: change([...current.inspectors]),
    })).catch(onError);

  // A signature is tied to the name it was given under: renaming or removing the inspector
  // drops it (and its image), so no stray signature is printed or counted.
  const dropSignatureOf = (name: string) =>
    clearSignatureFromDraft(db, inspection.id, 'inspector', name).catch(onError);

  const add = () => {
    const result = inspectorErrors({
      ...draft,
      countyCode: first?.countyCode ?? inspection.site.countyCode,
    });
    setErrors(result.errors);
    const value = result.value;
    if (value === undefined) return;
    void save((list) => [...list, value]).then(() =>
      setDraft({ name: '', certificateNumber: '', unit: draft.unit }),
    );
  };

  return (
    <section
      className="evidence-section"
      aria-labelledby="ev-inspectors-title"
      id={evidenceFieldId(['inspectors'])}
    >
      <h2 id="ev-inspectors-title">{t('evidence.inspectors.title')}</h2>
      <ol className="inspector-list">
        {inspection.inspectors.map((inspector, index) =>
          readOnly || (index === 0 && inspector.certificateNumber !== '') ? (
            <li key={`${index}-${inspector.name}`} id={evidenceFieldId(['inspectors', index])}>
              <InspectorText inspector={inspector} />
              {index === 0 && !readOnly ? (
                <small className="muted">（{t('evidence.inspectors.profile')}）</small>
              ) : null}
            </li>
          ) : (
            <li key={`${index}-${inspector.name}`}>
              <InspectorRow
                inspector={inspector}
                index={index}
                onSave={(next) =>
                  void save((list) => list.map((p, j) => (j === index ? next : p))).then(() =>
                    next.name.trim() === inspector.name.trim()
                      ? undefined
                      : dropSignatureOf(inspector.name),
                  )
                }
                onRemove={() =>
                  void save((list) => list.filter((_, j) => j !== index)).then(() =>
                    dropSignatureOf(inspector.name),
                  )
                }
              />
            </li>
          ),
        )}
      </ol>
      <ReasonRecorder inspection={inspection} readOnly={readOnly} onError={onError} />
      {!readOnly && inspection.inspectors.length < 6 ? (
        <fieldset className="inspector-add">
          <legend>{t('evidence.inspectors.addTitle')}</legend>
          <Field label={t('evidence.inspectors.name')} error={errors.name} required>
            <input
              value={draft.name}
              maxLength={40}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          </Field>
          <Field
            label={t('evidence.inspectors.certificateNumber')}
            error={errors.certificateNumber}
            hint={t('evidence.inspectors.certificateLaterHint')}
          >
            <input
              value={draft.certificateNumber}
              maxLength={30}
              onChange={(e) => setDraft({ ...draft, certificateNumber: e.target.value })}
            />
          </Field>
          <Field label={t('evidence.inspectors.unit')} error={errors.unit} required>
            <input
              value={draft.unit}
              maxLength={110}
              onChange={(e) => setDraft({ ...draft, unit: e.target.value })}
            />
          </Field>
          <button type="button" onClick={add}>
            {t('evidence.inspectors.add')}
          </button>
        </fieldset>
      ) : null}
    </section>
  );
}
