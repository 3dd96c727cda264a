/** Takes the keyboard to the first unanswered or invalid fact or item, in form order. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChecklist } from './checklistContext';
import { focusTarget } from './focusTarget';
import { validateChecklist } from './validateChecklist';

export function JumpButton() {
  const { t } = useTranslation();
  const { store, env } = useChecklist();
  const [none, setNone] = useState(false);
  return (
    <span className="jump">
      <button
        type="button"
        onClick={() => {
          const first = validateChecklist(store.getState(), env)[0];
          setNone(first === undefined);
          if (first) focusTarget(first.target);
        }}
      >
        {t('checklist.jump')}
      </button>
      {none ? <span className="ok"> {t('checklist.jumpNone')}</span> : null}
    </span>
  );
}
