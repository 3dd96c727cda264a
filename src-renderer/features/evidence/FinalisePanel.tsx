/**
 * 定稿: every blocking problem at once (findFinaliseProblems, the same rules the store applies),
 * each a link to its field; with none, a confirmation and then finaliseInspectionRecord,
 * which numbers, hashes and locks the record (the store checks everything again).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../shared/domain/inspection';
import {
  findFinaliseProblems,
  type FinaliseProblem,
} from '../../../shared/records/finaliseValidation';
import { allItems, type ChecklistTemplate } from '../../../shared/templates/templateSchema';
import { useServices } from '../../app/services';
import {
  FinaliseBlockedError,
  finaliseInspectionRecord,
  getInspection,
} from '../../db/inspectionRepository';
import { useLocalized } from '../checklist/useLocalized';
import { focusProblem } from './problemTarget';
import { errorMessage } from '../../errors/errorMessage';

interface FinalisePanelProps {
  inspection: Inspection;
  template: ChecklistTemplate;
}

export function FinalisePanel({ inspection, template }: FinalisePanelProps) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const { db } = useServices();
  const [problems, setProblems] = useState<readonly FinaliseProblem[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);

  const itemLabel = (itemId: string | undefined): string => {
    if (itemId === undefined) return '';
    const found = allItems(template).find(({ item }) => item.id === itemId);
    return found ? `${localize(found.item.text)}：` : `${itemId}：`;
  };

  const check = async () => {
    setMessage(null);
    // The stored record, not this screen's copy: a checklist save may have just landed.
    const stored = (await getInspection(db, inspection.id)) ?? inspection;
    const found = findFinaliseProblems(stored, template);
    setProblems(found);
    if (found.length === 0) dialogRef.current?.showModal();
  };

  const finalise = async () => {
    dialogRef.current?.close();
    setBusy(true);
    try {
      await finaliseInspectionRecord(db, inspection.id);
      setProblems(null);
    } catch (e) {
      if (e instanceof FinaliseBlockedError) setProblems(e.problems);
      else setMessage(t('evidence.finalise.failed', { message: errorMessage(t, e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="evidence-section finalise" aria-labelledby="ev-finalise-title">
      <h2 id="ev-finalise-title">{t('evidence.finalise.title')}</h2>
      <button type="button" className="primary" disabled={busy} onClick={() => void check()}>
        {busy ? t('evidence.finalise.checking') : t('evidence.finalise.button')}
      </button>
      {message ? (
        <p role="alert" className="warning">
          {message}
        </p>
      ) : null}
      {problems !== null && problems.length > 0 ? (
        <div role="alert" className="problem-list finalise-problems">
          <p>{t('evidence.finalise.problems', { count: problems.length })}</p>
          <ol>
            {problems.map((problem, index) => (
              <li key={`${problem.code}-${problem.path.join('/')}-${index}`}>
                <button type="button" className="link" onClick={() => focusProblem(problem)}>
                  {itemLabel(problem.itemId)}
                  {t(problem.messageKey, problem.params ?? {})}
                </button>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <dialog
        ref={dialogRef}
        aria-labelledby="ev-finalise-confirm-title"
        className="confirm-dialog"
      >
        <h2 id="ev-finalise-confirm-title">{t('evidence.finalise.confirmTitle')}</h2>
        <p>{t('evidence.finalise.confirmText')}</p>
        <div className="form-actions">
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t('evidence.finalise.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void finalise()}>
            {t('evidence.finalise.confirm')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
