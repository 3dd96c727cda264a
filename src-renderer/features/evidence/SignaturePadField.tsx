/**
 * One signer's pad (signature_pad: mouse, pen or touch), or their stored signature. Saving
 * turns the drawing into a PNG attachment with its hash; 重新签名 drops the stored one first.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type SignaturePad from 'signature_pad';
import type { Signature } from '../../../shared/domain/inspection';
import { formatDateTime } from '../../components/formatTime';
import { useAttachmentUrl } from './useAttachmentUrl';
import { captureSignature, createSignaturePad, type CapturedSignature } from './signatureCapture';
import { errorMessage } from '../../errors/errorMessage';

interface SignaturePadFieldProps {
  /** Who signs, e.g. "执法人员 张三 签名"; names the pad for screen readers and tests. */
  label: string;
  /** Block id that finalise problems lead to. */
  fieldId: string;
  signature: Signature | undefined;
  readOnly: boolean;
  onSave: (captured: CapturedSignature) => Promise<void>;
  onClear: () => Promise<void>;
}

function Pad({
  label,
  onSave,
}: {
  label: string;
  onSave: (c: CapturedSignature) => Promise<void>;
}) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const pad = createSignaturePad(canvas);
    padRef.current = pad;
    return () => {
      pad.off();
      padRef.current = null;
    };
  }, []);

  const save = async () => {
    const pad = padRef.current;
    const canvas = canvasRef.current;
    if (!pad || !canvas) return;
    setBusy(true);
    setError(null);
    try {
      const captured = await captureSignature(pad, canvas);
      if (captured === undefined) setError(t('evidence.signatures.empty'));
      else await onSave(captured);
    } catch (e) {
      setError(t('evidence.finalise.savedFailed', { message: errorMessage(t, e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <canvas
        ref={canvasRef}
        className="signature-pad"
        tabIndex={0}
        aria-label={t('evidence.signatures.pad', { who: label })}
      />
      <div className="form-actions">
        <button type="button" onClick={() => padRef.current?.clear()}>
          {t('evidence.signatures.clear')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
          {t('evidence.signatures.save')}
        </button>
      </div>
      {error ? (
        <p role="alert" className="warning">
          {error}
        </p>
      ) : null}
    </>
  );
}

export function SignaturePadField({
  label,
  fieldId,
  signature,
  readOnly,
  onSave,
  onClear,
}: SignaturePadFieldProps) {
  const { t } = useTranslation();
  const image = useAttachmentUrl(signature?.attachmentSha256, 'full');
  return (
    <div className="signature-field" id={fieldId} role="group" aria-label={label}>
      <h3>{label}</h3>
      {signature ? (
        <>
          {image ? <img className="signature-image" src={image} alt={label} /> : null}
          <p className="ok">
            {t('evidence.signatures.signedAt', { time: formatDateTime(signature.signedAt) })}
          </p>
          {!readOnly ? (
            <button type="button" onClick={() => void onClear()}>
              {t('evidence.signatures.redo')}
            </button>
          ) : null}
        </>
      ) : readOnly ? null : (
        <Pad label={label} onSave={onSave} />
      )}
    </div>
  );
}
