/**
 * One item of the checklist. Memoized and subscribed to its own answer and finding only, so
 * typing here re-renders this row and nothing else (readings also follow the facts, which
 * choose their limit). A failed item or exceeded reading opens its finding editor here.
 */
import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateItem } from '../../../shared/templates/templateSchema';
import type { ChecklistDraft } from './checklistDraft';
import { useChecklist } from './checklistContext';
import { ensureFinding, setAnswer, setResult, useChecklistSelector } from './checklistStore';
import { ChecklistField } from './ChecklistField';
import { FindingEditor } from './FindingEditor';
import { targetElementId } from './focusTarget';
import { ReadingFields } from './ReadingFields';
import { parseFacts } from './parseFacts';
import { computeCheck } from '../../../shared/templates/computedCheck';
import { basisText } from '../../../shared/templates/localBasis';
import { RegistryValues } from './RegistryValues';
import { ResultRadios } from './ResultRadios';
import { useRenderProbe } from './renderProbe';
import { toAnswer } from './toInspection';
import { useLocalized } from './useLocalized';
import { itemProblems, type ProblemCode } from './validateChecklist';
import { findingRequired } from '../../../shared/templates/judge';
import { isResultOverride, judgedResult } from '../../../shared/templates/readingResult';

const noFacts: Readonly<Record<string, string>> = {};
/** What the row itself flags: all but the plain "not done yet", which the list shows. */
const blocking = new Set<ProblemCode>([
  'reading-invalid',
  'instrument-invalid',
  'reading-result-missing',
  'result-override-reason-missing',
  'finding-missing',
  'finding-description-missing',
  'finding-rule-missing',
  'finding-requirement-missing',
  'finding-deadline-missing',
  'finding-deadline-past',
  'finding-invalid',
  'finding-not-needed',
]);
function ItemRowImpl({ item, number }: { item: TemplateItem; number: string }) {
  useRenderProbe(`ItemRow:${item.id}`);
  const { t } = useTranslation();
  const localize = useLocalized();
  const { store, env, readOnly, machine } = useChecklist();
  const titleId = useId();
  // 备注 opens on demand (a 100-item list of empty note boxes is noise), unless it has text.
  const [noteOpen, setNoteOpen] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const focusNote = useRef(false);
  const answer = useChecklistSelector(
    store,
    useCallback((d: ChecklistDraft) => d.answers[item.id], [item.id]),
  );
  const finding = useChecklistSelector(
    store,
    useCallback((d: ChecklistDraft) => d.findings[item.id], [item.id]),
  );
  const facts = useChecklistSelector(
    store,
    useCallback(
      (d: ChecklistDraft) =>
        item.kind === 'reading' || item.computedBy !== undefined ? d.facts : noFacts,
      [item],
    ),
  );
  const stored = answer ? toAnswer(item, answer, facts, env) : undefined;
  const needsFinding = findingRequired(stored, item);
  const computed =
    item.kind === 'check' ? computeCheck(item, parseFacts(env.template, facts).values) : undefined;
  const judged = judgedResult(stored);
  const override =
    judged !== undefined && stored?.result !== undefined && isResultOverride(stored)
      ? { judged, chosen: stored.result }
      : undefined;
  const mini: ChecklistDraft = {
    options: [],
    facts,
    answers: answer ? { [item.id]: answer } : {},
    findings: finding ? { [item.id]: finding } : {},
  };
  const problems = itemProblems(item, mini, env);
  const invalid = problems.some((p) => blocking.has(p.code));

  const showNote = noteOpen || (answer?.note ?? '') !== '';
  useEffect(() => {
    // The 备注 button gives way to the box: the keyboard goes on into it.
    if (noteOpen && focusNote.current) {
      focusNote.current = false;
      noteRef.current?.focus();
    }
  }, [noteOpen]);

  useEffect(() => {
    // A finding is asked for the moment it is needed, prefilled with the rule breached.
    if (needsFinding && finding === undefined && !readOnly)
      store.update(ensureFinding(item.id, `${item.source}：${item.text.zh}`));
  }, [needsFinding, finding, readOnly, store, item]);

  return (
    <article
      id={targetElementId({ type: 'item', id: item.id })}
      className={`item${invalid ? ' item-invalid' : ''}${answer?.result ? ` item-${answer.result}` : ''}`}
      aria-labelledby={titleId}
      aria-invalid={invalid || undefined}
      tabIndex={-1}
    >
      <div className="item-head">
        <h3 id={titleId} className="item-title">
          <span className="item-number">{number}</span> {localize(item.text)}
        </h3>
        <ResultRadios
          name={`result-${item.id}`}
          value={stored?.result}
          disabled={readOnly}
          onChange={(result) => store.update(setResult(item.id, result))}
        />
      </div>
      <p className="item-meta">
        {t('checklist.source')}：{basisText(item.source, env.template.type)}
        {item.guidance ? (
          <>
            {' · '}
            {t('checklist.guidance')}：{localize(item.guidance)}
          </>
        ) : null}
      </p>
      {machine !== undefined ? <RegistryValues itemId={item.id} machine={machine} /> : null}
      {item.kind === 'reading' ? <ReadingFields item={item} answer={answer} facts={facts} /> : null}
      {computed !== undefined ? (
        <p className={`computed computed-${computed.result}`} aria-live="polite">
          {t('checklist.computed', {
            result: t(`checklist.result.${computed.result}`),
            explanation: computed.explanation,
          })}
        </p>
      ) : null}
      {override !== undefined ? (
        <div className="item-override">
          <p className="muted">
            {t('checklist.reading.overrideHint', {
              judged: t(`checklist.result.${override.judged}`),
              chosen: t(`checklist.result.${override.chosen}`),
            })}
          </p>
          <ChecklistField label={t('checklist.reading.overrideReason')}>
            <textarea
              rows={2}
              maxLength={500}
              value={answer?.overrideReason ?? ''}
              readOnly={readOnly}
              onChange={(e) =>
                store.update(setAnswer(item.id, (a) => ({ ...a, overrideReason: e.target.value })))
              }
            />
          </ChecklistField>
        </div>
      ) : null}
      {showNote ? (
        <ChecklistField label={t('checklist.note')} className="item-note">
          <textarea
            ref={noteRef}
            rows={1}
            maxLength={2000}
            value={answer?.note ?? ''}
            readOnly={readOnly}
            onChange={(e) =>
              store.update(setAnswer(item.id, (a) => ({ ...a, note: e.target.value })))
            }
          />
        </ChecklistField>
      ) : readOnly ? null : (
        <button
          type="button"
          className="note-open"
          aria-expanded={false}
          onClick={() => {
            focusNote.current = true;
            setNoteOpen(true);
          }}
        >
          {t('checklist.note')}
        </button>
      )}
      {finding !== undefined &&
      (needsFinding || finding.description + finding.requirement + finding.deadline !== '') ? (
        <FindingEditor itemId={item.id} finding={finding} needed={needsFinding} />
      ) : null}
      {invalid ? (
        <p className="item-problems" role="note">
          {problems
            .filter((p) => blocking.has(p.code))
            .map((p) => t(p.messageKey, p.params ?? {}))
            .join('；')}
        </p>
      ) : null}
    </article>
  );
}

export const ItemRow = memo(ItemRowImpl);
