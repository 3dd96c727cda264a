/**
 * The values of a reading item (as many inputs as the method needs), judged live against the
 * limit the facts select, with the limit and its source shown as they will be stored.
 * What is typed stays in the input; a value with letters gets its message and is not stored.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResolvedLimit } from '../../../shared/templates/resolveLimit';
import type { ReadingItem } from '../../../shared/templates/templateSchema';
import { unitLabels } from '../../../shared/templates/units';
import type { AnswerDraft } from './checklistDraft';
import { useChecklist } from './checklistContext';
import { setReadingText } from './checklistStore';
import { ChecklistField } from './ChecklistField';
import { readingTextError } from './fieldChecks';
import { InstrumentFields } from './InstrumentFields';
import { judgeItem } from './judgeItem';
import { useLocalized } from './useLocalized';

interface ReadingFieldsProps {
  item: ReadingItem;
  answer: AnswerDraft | undefined;
  facts: Readonly<Record<string, string>>;
}

export function ReadingFields({ item, answer, facts }: ReadingFieldsProps) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const { store, env, readOnly } = useChecklist();
  const texts = answer?.readingTexts ?? [];
  const max = item.maxRepeats ?? item.repeats;
  // Inputs added with 增加测点 but still empty live here: the store keeps only what was typed.
  const [added, setAdded] = useState(0);
  const count = Math.min(max, Math.max(item.repeats, texts.length, added));
  const unit = localize(unitLabels[item.unit]);
  const judged = judgeItem(item, texts, facts, env);
  const { judgement, resolution } = judged;

  return (
    <div className="reading">
      <div className="reading-values">
        {Array.from({ length: count }, (_, index) => (
          <ChecklistField
            key={index}
            label={
              count === 1
                ? t('checklist.reading.valueSingle', { unit })
                : t('checklist.reading.value', { n: index + 1, unit })
            }
            error={readingTextError(item, texts[index] ?? '')}
          >
            <input
              type="text"
              inputMode="decimal"
              autoComplete="off"
              className="reading-input"
              value={texts[index] ?? ''}
              readOnly={readOnly}
              onChange={(e) => store.update(setReadingText(item.id, index, e.target.value))}
            />
          </ChecklistField>
        ))}
        {!readOnly && count < max ? (
          <button type="button" className="small" onClick={() => setAdded(count + 1)}>
            {t('checklist.reading.addValue')}
          </button>
        ) : null}
      </div>
      <p className="judgement" aria-live="polite">
        {resolution.ok ? (
          <span className="limit">
            {t('checklist.reading.limit', {
              bound: boundText(resolution.limit),
              unit,
              source: resolution.limit.source,
            })}
            {resolution.limit.overridden ? t('checklist.reading.limitOverridden') : ''}
          </span>
        ) : (
          <span className="warning-text">
            {t('checklist.reading.limitUnavailable', {
              reason: t(`checklist.reading.reasons.${resolution.reason}`),
            })}
          </span>
        )}
        {judgement.value !== null ? (
          <span>
            {' · '}
            {t('checklist.reading.judged', { value: judgement.value.toFixed(item.decimals), unit })}
            {t('checklist.reading.judgedRule', {
              rule: t(`checklist.reading.rules.${item.judgedBy}`, { count: judged.values.length }),
              decimals: item.decimals,
            })}
          </span>
        ) : null}
        {judgement.exceeded === true ? (
          <strong className="verdict verdict-exceeded"> · {t('checklist.reading.exceeded')}</strong>
        ) : judgement.exceeded === false ? (
          <strong className="verdict verdict-within"> · {t('checklist.reading.within')}</strong>
        ) : judgement.reason === 'incomplete' ? (
          <span className="muted"> · {t('checklist.reading.incomplete')}</span>
        ) : null}
      </p>
      <InstrumentFields item={item} answer={answer} />
    </div>
  );
}

/** The complying side, strict bounds with < and > (limitSchema.ts). */
function boundText(limit: ResolvedLimit): string {
  const { min, max } = limit;
  const low = min === undefined ? '' : `${limit.minExclusive === true ? '>' : '≥'} ${min}`;
  const high = max === undefined ? '' : `${limit.maxExclusive === true ? '<' : '≤'} ${max}`;
  if (
    min !== undefined &&
    max !== undefined &&
    limit.minExclusive !== true &&
    limit.maxExclusive !== true
  )
    return `${min}–${max}`;
  return [low, high].filter((s) => s !== '').join(', ');
}
