/** The evidence copy of one photo at full size, in a modal dialog. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAttachmentUrl } from './useAttachmentUrl';

interface PhotoViewerProps {
  sha256: string;
  caption: string;
  onClose: () => void;
}

export function PhotoViewer({ sha256, caption, onClose }: PhotoViewerProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const url = useAttachmentUrl(sha256, 'full');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="photo-viewer"
      aria-label={caption || t('evidence.photos.view')}
      onClose={onClose}
    >
      {url ? (
        <img src={url} alt={caption || t('evidence.photos.view')} />
      ) : (
        <p>{t('app.loading')}</p>
      )}
      <div className="form-actions">
        <span>{caption}</span>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('evidence.photos.close')}
        </button>
      </div>
    </dialog>
  );
}
