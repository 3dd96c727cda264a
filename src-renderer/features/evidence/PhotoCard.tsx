/**
 * One photo in the grid: thumbnail, caption, the checklist item it documents, full-size view
 * and, in a draft, removal. A finalised record shows the same as text, with no controls.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Attachment, PhotoDoubt } from '../../../shared/domain/attachment';
import { formatDateTime } from '../../components/formatTime';
import { Field } from '../../components/Field';
import { evidenceFieldId } from './problemTarget';
import { useAttachmentUrl } from './useAttachmentUrl';
import { PhotoViewer } from './PhotoViewer';

export interface ItemOption {
  readonly id: string;
  readonly label: string;
}

interface PhotoCardProps {
  photo: Attachment;
  index: number;
  items: readonly ItemOption[];
  readOnly: boolean;
  onDetails: (details: {
    caption?: string;
    itemId?: string | undefined;
    doubtReason?: string;
  }) => void;
  onRemove: () => void;
}

export function PhotoCard({ photo, index, items, readOnly, onDetails, onRemove }: PhotoCardProps) {
  const { t } = useTranslation();
  const thumbnail = useAttachmentUrl(photo.sha256, 'thumbnail');
  const [caption, setCaption] = useState(photo.caption);
  const [captionError, setCaptionError] = useState<string | undefined>(undefined);
  const [viewing, setViewing] = useState(false);
  const [doubtReason, setDoubtReason] = useState(photo.doubt?.reason ?? '');
  const [doubtError, setDoubtError] = useState<string | undefined>(undefined);
  const { doubt } = photo;

  const saveDoubtReason = () => {
    const parsed = PhotoDoubt.shape.reason.safeParse(doubtReason);
    if (!parsed.success) {
      setDoubtError(parsed.error.issues[0]?.message);
      return;
    }
    setDoubtError(undefined);
    if (parsed.data !== photo.doubt?.reason) onDetails({ doubtReason: parsed.data });
  };
  const name = `${t('evidence.photos.title')} ${index + 1}`;
  const itemLabel =
    items.find((i) => i.id === photo.itemId)?.label ?? t('evidence.photos.wholeRecord');

  const saveCaption = () => {
    const parsed = Attachment.shape.caption.safeParse(caption);
    if (!parsed.success) {
      setCaptionError(parsed.error.issues[0]?.message);
      return;
    }
    setCaptionError(undefined);
    if (parsed.data !== photo.caption) onDetails({ caption: parsed.data });
  };

  return (
    <li className="photo-card" aria-label={name}>
      <button
        type="button"
        className="photo-thumb"
        onClick={() => setViewing(true)}
        aria-label={`${t('evidence.photos.view')}：${photo.caption || name}`}
      >
        {thumbnail ? (
          <img src={thumbnail} alt={photo.caption || name} />
        ) : (
          <span>{t('app.loading')}</span>
        )}
      </button>
      <small className="photo-time">
        {photo.takenAt
          ? t('evidence.photos.takenAt', { time: formatDateTime(photo.takenAt) })
          : t('evidence.photos.noExifTime')}
      </small>
      {doubt ? (
        <div
          className="photo-doubt warning"
          role="note"
          id={evidenceFieldId(['attachments', photo.sha256, 'doubt'])}
        >
          {doubt.otherDay ? <p>{t('evidence.record.doubtDay', { day: doubt.otherDay })}</p> : null}
          {doubt.distanceM !== undefined ? (
            <p>{t('evidence.record.doubtDistance', { km: (doubt.distanceM / 1000).toFixed(1) })}</p>
          ) : null}
          {readOnly ? (
            <p>
              {t('evidence.record.doubtReason')}：{doubt.reason}
            </p>
          ) : (
            <Field
              label={t('evidence.record.doubtReason')}
              hint={t('evidence.record.doubtHint')}
              error={doubtError}
              required
            >
              <input
                value={doubtReason}
                maxLength={520}
                onChange={(e) => setDoubtReason(e.target.value)}
                onBlur={saveDoubtReason}
              />
            </Field>
          )}
        </div>
      ) : null}
      {readOnly ? (
        <>
          <p className="photo-caption">{photo.caption}</p>
          <p className="photo-item">{itemLabel}</p>
        </>
      ) : (
        <>
          <Field label={t('evidence.photos.caption')} error={captionError}>
            <input
              value={caption}
              maxLength={260}
              onChange={(e) => setCaption(e.target.value)}
              onBlur={saveCaption}
            />
          </Field>
          <Field label={t('evidence.photos.attachTo')}>
            <select
              value={photo.itemId ?? ''}
              onChange={(e) =>
                onDetails({ itemId: e.target.value === '' ? undefined : e.target.value })
              }
            >
              <option value="">{t('evidence.photos.wholeRecord')}</option>
              {items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.label}
                </option>
              ))}
            </select>
          </Field>
          <button
            type="button"
            className="danger small"
            onClick={() => {
              if (window.confirm(t('evidence.photos.confirmRemove'))) onRemove();
            }}
          >
            {t('evidence.photos.remove')}
          </button>
        </>
      )}
      {viewing ? (
        <PhotoViewer
          sha256={photo.sha256}
          caption={photo.caption}
          onClose={() => setViewing(false)}
        />
      ) : null}
    </li>
  );
}
