/**
 * Both versions of a record in conflict, field by field; a person chooses per field or the
 * whole version, and the result is saved as a new draft on the office's head and synced.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { resolveConflict } from '../../db/resolveConflict';
import type { ConflictCopy } from '../../db/recordSyncState';
import type { SyncableRecord } from '../../db/outboxSnapshot';
import { diffRecords, mergeChoices, type Choice } from '../../sync/conflictDiff';
import { conflictRowText } from '../../sync/conflictLabels';
import { useSyncController } from './useSync';
import { errorMessage } from '../../errors/errorMessage';

export function ConflictResolver({
  mine,
  copy,
  onResolved,
}: {
  mine: SyncableRecord;
  copy: ConflictCopy;
  onResolved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const controller = useSyncController();
  const diffs = useMemo(() => diffRecords(mine, copy.body), [mine, copy.body]);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const empty = t('sync.conflict.empty');
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  const rows = useMemo(
    () =>
      diffs.map((d) => ({
        diff: d,
        text: conflictRowText(d, mine, { lang, t: (key, options) => t(key, options ?? {}) }),
      })),
    [diffs, mine, lang, t],
  );
  const all = (choice: Choice) =>
    setChoices(Object.fromEntries(diffs.map((d) => [d.path, choice])));

  const save = async () => {
    setError(null);
    try {
      const theirs = copy.body.kind === mine.kind ? copy.body : mine;
      await resolveConflict(db, mergeChoices(mine, theirs, choices));
      setSaved(true);
      onResolved();
      void controller.syncNow();
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  return (
    <section className="conflict" aria-labelledby="conflict-title">
      <h3 id="conflict-title">{t('sync.conflict.title')}</h3>
      {diffs.length === 0 ? <p>{t('sync.conflict.none')}</p> : null}
      <div className="form-actions">
        <button type="button" onClick={() => all('mine')}>
          {t('sync.conflict.allMine')}
        </button>
        <button type="button" onClick={() => all('theirs')}>
          {t('sync.conflict.allTheirs')}
        </button>
      </div>
      <table className="list">
        <thead>
          <tr>
            <th>{t('sync.conflict.field')}</th>
            <th>{t('sync.conflict.mine')}</th>
            <th>{t('sync.conflict.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ diff: d, text }) => {
            const choice = choices[d.path] ?? 'mine';
            return (
              <tr key={d.path}>
                <td>{text.label}</td>
                <td>
                  <label>
                    <input
                      type="radio"
                      name={`c-${d.path}`}
                      checked={choice === 'mine'}
                      onChange={() => setChoices((c) => ({ ...c, [d.path]: 'mine' }))}
                    />{' '}
                    {t('sync.conflict.useMine')}: {text.mine || empty}
                  </label>
                </td>
                <td>
                  <label>
                    <input
                      type="radio"
                      name={`c-${d.path}`}
                      checked={choice === 'theirs'}
                      onChange={() => setChoices((c) => ({ ...c, [d.path]: 'theirs' }))}
                    />{' '}
                    {t('sync.conflict.useTheirs')}: {text.theirs || empty}
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="primary" disabled={saved} onClick={() => void save()}>
        {t('sync.conflict.save')}
      </button>
      {error ? (
        <p role="alert" className="warning">
          {t('sync.errors.generic', { message: error })}
        </p>
      ) : null}
    </section>
  );
}
