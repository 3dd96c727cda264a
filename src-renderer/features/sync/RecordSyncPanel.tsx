/**
 * The sync side of one record: its state, why the office refused it, which attachments the
 * office holds and which it lacks, and (in conflict) both versions to choose from.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { badgeStateOf, getConflictCopy, getSyncState } from '../../db/recordSyncState';
import { referencedHashes, type SyncableRecord } from '../../db/outboxSnapshot';
import { ConflictResolver } from './ConflictResolver';
import { SyncBadge } from './SyncBadge';

/** Each referenced file once, with what a person recognises it by. */
function attachmentLabels(
  record: SyncableRecord,
): { sha256: string; kind: 'photo' | 'signature' | 'document'; label: string }[] {
  const out = new Map<
    string,
    { sha256: string; kind: 'photo' | 'signature' | 'document'; label: string }
  >();
  for (const a of record.attachments)
    out.set(a.sha256, { sha256: a.sha256, kind: a.kind, label: a.caption });
  if (record.kind === 'inspection') {
    for (const s of record.signatures)
      if (!out.has(s.attachmentSha256))
        out.set(s.attachmentSha256, {
          sha256: s.attachmentSha256,
          kind: 'signature',
          label: s.name,
        });
  }
  return [...out.values()];
}

export function RecordSyncPanel({ record }: { record: SyncableRecord }) {
  const { t } = useTranslation();
  const { db } = useServices();
  // Kept here: the resolver itself goes away with the conflict copy it resolved.
  const [resolved, setResolved] = useState(false);
  const data = useLiveQuery(async () => {
    const [state, queued, copy] = await Promise.all([
      getSyncState(db, record.id),
      db.outbox.get(record.id),
      getConflictCopy(db, record.id),
    ]);
    return { state, badge: badgeStateOf(state, queued), copy };
  }, [db, record.id]);
  if (!data) return null;
  const hashes = [...new Set(referencedHashes(record).map((r) => r.sha256))];
  const held = new Set(data.state?.heldAttachments ?? []);
  const heldCount = hashes.filter((h) => held.has(h)).length;

  return (
    <section className="record-sync" aria-labelledby="record-sync-title">
      <h2 id="record-sync-title">
        {t('sync.record.title')} <SyncBadge state={data.badge} />
      </h2>
      {data.state?.origin === 'foreign' && data.badge === 'foreign' ? (
        <p className="notice">
          {record.status === 'draft' ? t('sync.record.foreignDraft') : t('sync.record.foreign')}
        </p>
      ) : null}
      {data.badge === 'rejected' ? (
        <p role="alert" className="warning">
          {t('sync.record.rejected', {
            reason: t(`sync.reasons.${data.state?.reason ?? 'rejected'}`),
          })}
        </p>
      ) : null}
      {hashes.length === 0 ? (
        <p className="notice">{t('sync.record.noAttachments')}</p>
      ) : (
        <>
          <p>
            {t('sync.record.attachmentsHeld', { count: heldCount })} ·{' '}
            {t('sync.record.attachmentsMissing', { count: hashes.length - heldCount })}
          </p>
          <ul className="attachment-sync">
            {attachmentLabels(record).map((a) => (
              <li key={a.sha256}>
                {a.label || t(`sync.record.kind.${a.kind}`)} · <code>{a.sha256.slice(0, 8)}</code> ·{' '}
                {held.has(a.sha256) ? t('sync.record.held') : t('sync.record.missing')}
              </li>
            ))}
          </ul>
        </>
      )}
      {data.copy ? (
        <ConflictResolver mine={record} copy={data.copy} onResolved={() => setResolved(true)} />
      ) : null}
      {resolved && !data.copy ? <p role="status">{t('sync.conflict.saved')}</p> : null}
    </section>
  );
}
