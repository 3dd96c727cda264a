/**
 * 检查完成: checks required facts, answers and findings by the rule finalising applies too
 * (validateChecklist.ts); with none missing it stamps
 * endedAt (the record stays a draft: finalising is a later step). Otherwise it lists every
 * blocking problem, each a button that takes the focus to the field or item.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allItems } from '../../../shared/templates/templateSchema';
import type { ChecklistDraft } from './checklistDraft';
import { useChecklist } from './checklistContext';
import { useChecklistSelector } from './checklistStore';
import { formatClock } from '../../components/formatTime';
import { focusTarget } from './focusTarget';
import { useLocalized } from './useLocalized';
import { validateChecklist, type Problem } from './validateChecklist';

const selectDraft = (d: ChecklistDraft) => d;

export function CompletionPanel({ flush }: { flush: () => Promise<void> }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const { store, env, readOnly } = useChecklist();
  // The whole draft: once the list is shown it follows every fix (this one panel re-renders).
  const draft = useChecklistSelector(store, selectDraft);
  const endedAt = draft.endedAt;
  const [shown, setShown] = useState(false);
  const problems = shown ? validateChecklist(draft, env) : null;
  const [completedOnce, setCompletedOnce] = useState(false);

  const labelOf = (problem: Problem): string => {
    if (problem.target.type === 'fact') {
      const fact = env.template.facts.find((f) => f.id === problem.target.id);
      return fact ? localize(fact.label) : problem.target.id;
    }
    const found = allItems(env.template).find(({ item }) => item.id === problem.target.id);
    return found ? localize(found.item.text) : problem.target.id;
  };

  const complete = () => {
    const found = validateChecklist(store.getState(), env);
    setShown(true);
    if (found.length > 0) return;
    store.update((d) => ({ ...d, endedAt: new Date().toISOString() }));
    setCompletedOnce(true);
    void flush();
  };

  if (readOnly) return null;
  return (
    <section className="completion" aria-labelledby="completion-title">
      <h2 id="completion-title" className="visually-hidden">
        {t('checklist.complete.button')}
      </h2>
      <button type="button" className="primary" onClick={complete}>
        {t('checklist.complete.button')}
      </button>
      {endedAt !== undefined ? (
        <p role="status" className="ok">
          {t('checklist.complete.done', { time: formatClock(endedAt) })}
        </p>
      ) : completedOnce ? (
        <p className="warning">{t('checklist.complete.reopened')}</p>
      ) : null}
      {problems !== null && problems.length > 0 ? (
        <div role="alert" className="problem-list">
          <p>{t('checklist.complete.problems', { count: problems.length })}</p>
          <ol>
            {problems.map((problem, index) => (
              <li key={`${problem.path.join('/')}-${problem.code}-${index}`}>
                <button type="button" className="link" onClick={() => focusTarget(problem.target)}>
                  {labelOf(problem)}
                </button>
                ：{t(problem.messageKey, problem.params ?? {})}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
