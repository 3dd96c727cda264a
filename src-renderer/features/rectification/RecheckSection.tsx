/**
 * The items of a 复查 (docs/rectification.md "复查"): each shows the original finding,
 * requirement and deadline, and takes an outcome: rectified with photos, not rectified with a
 * new deadline, or referred. Every change is applied to the stored draft (patchDraft), so the
 * evidence sections saving the same record meanwhile lose nothing. Read-only once finalised.
 */
import { errorMessage } from '../../errors/errorMessage';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../shared/domain/inspection';
import { recheckOutcomes, type RecheckItem } from '../../../shared/rectification/recheckSchema';
import { useServices } from '../../app/services';
import { formatDateTime } from '../../components/formatTime';
import { addPhotoToDraft, PhotoRejectedError } from '../evidence/addPhoto';
import { patchDraft } from '../../db/inspectionRepository';
import { evidenceFieldId } from '../evidence/problemTarget';

function withItem(
  record: Inspection,
  findingId: string,
  change: (item: RecheckItem) => RecheckItem,
): Inspection {
  const recheck = record.recheck;
  if (recheck === undefined) return record;
  return {
    ...record,
    recheck: {
      ...recheck,
      items: recheck.items.map((item) =>
        item.origin.findingId === findingId ? change(item) : item,
      ),
    },
  };
}

export function RecheckSection({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const items = inspection.recheck?.items ?? [];
  return (
    <section className="card" aria-labelledby="recheck-items">
      <h2 id="recheck-items">{t('rectification.section')}</h2>
      {inspection.status === 'draft' ? (
        <p className="hint">{t('rectification.sectionHint')}</p>
      ) : null}
      {items.map((item, index) => (
        <RecheckItemView
          key={item.origin.findingId}
          inspection={inspection}
          item={item}
          n={index + 1}
        />
      ))}
      {inspection.status === 'draft' ? <RecheckComplete inspection={inspection} /> : null}
    </section>
  );
}

function RecheckItemView({
  inspection,
  item,
  n,
}: {
  inspection: Inspection;
  item: RecheckItem;
  n: number;
}) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [error, setError] = useState<string | null>(null);
  const readOnly = inspection.status !== 'draft';
  const label = t('rectification.item', { n });
  const save = (change: (item: RecheckItem) => RecheckItem) => {
    setError(null);
    void patchDraft(db, inspection.id, (current) =>
      withItem(current, item.origin.findingId, change),
    ).catch((e: unknown) => setError(errorMessage(t, e)));
  };
  const addPhotos = async (files: FileList) => {
    for (const file of Array.from(files)) {
      try {
        const { attachment } = await addPhotoToDraft(db, inspection.id, file, {
          siteName: inspection.site.name,
          ...(item.itemId === undefined ? {} : { itemId: item.itemId }),
        });
        await patchDraft(db, inspection.id, (current) =>
          withItem(current, item.origin.findingId, (i) =>
            i.photos.includes(attachment.sha256)
              ? i
              : { ...i, photos: [...i.photos, attachment.sha256] },
          ),
        );
      } catch (e) {
        const message =
          e instanceof PhotoRejectedError
            ? t(`evidence.photos.problems.${e.problem}`)
            : errorMessage(t, e);
        setError(t('rectification.photoFailed', { message }));
      }
    }
  };
  return (
    <article
      className="recheck-item"
      aria-label={label}
      id={evidenceFieldId(['recheck', item.origin.findingId])}
    >
      <h3>{label}</h3>
      <dl className="facts">
        <dt>{t('rectification.finding')}</dt>
        <dd>{item.description}</dd>
        <dt>{t('rectification.requirement')}</dt>
        <dd>{item.requirement}</dd>
        <dt>{t('rectification.deadline')}</dt>
        <dd>{item.deadline}</dd>
      </dl>
      <fieldset disabled={readOnly}>
        <legend>{t('rectification.outcome')}</legend>
        {recheckOutcomes.map((outcome) => (
          <label key={outcome}>
            <input
              type="radio"
              name={`outcome-${item.origin.findingId}`}
              checked={item.outcome === outcome}
              onChange={() => save((i) => ({ ...i, outcome }))}
            />
            {t(`rectification.outcomes.${outcome}`)}
          </label>
        ))}
      </fieldset>
      {item.outcome === 'rectified' ? (
        <div>
          <p>{t('rectification.photoCount', { count: item.photos.length })}</p>
          {readOnly ? null : (
            <label>
              {t('rectification.addPhoto')}
              <input
                type="file"
                accept="image/jpeg,image/png"
                multiple
                onChange={(e) => {
                  const files = e.currentTarget.files;
                  if (files !== null && files.length > 0) void addPhotos(files);
                  e.currentTarget.value = '';
                }}
              />
            </label>
          )}
        </div>
      ) : null}
      {item.outcome === 'not-rectified' ? (
        <label>
          {t('rectification.newDeadline')}
          <input
            type="date"
            readOnly={readOnly}
            value={item.newDeadline ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              save((i) => {
                const { newDeadline: _old, ...rest } = i;
                return value === '' ? rest : { ...rest, newDeadline: value };
              });
            }}
          />
        </label>
      ) : null}
      <label>
        {t('rectification.note')}
        <textarea
          readOnly={readOnly}
          defaultValue={item.note ?? ''}
          onBlur={(e) => {
            const value = e.currentTarget.value;
            if (value !== (item.note ?? '')) save((i) => ({ ...i, note: value }));
          }}
        />
      </label>
      {error ? <p role="alert">{error}</p> : null}
    </article>
  );
}

/** Stamps the end of the 复查 (the checklist's 检查完成 does this for other records). */
function RecheckComplete({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const { db } = useServices();
  return (
    <div className="completion">
      {inspection.endedAt ? (
        <p>{t('rectification.endedAt', { time: formatDateTime(inspection.endedAt) })}</p>
      ) : null}
      <button
        type="button"
        className="primary"
        onClick={() =>
          void patchDraft(db, inspection.id, (current) => ({
            ...current,
            endedAt: new Date().toISOString(),
          }))
        }
      >
        {t('rectification.complete')}
      </button>
    </div>
  );
}
