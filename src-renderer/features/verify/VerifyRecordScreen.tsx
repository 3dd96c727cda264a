/**
 * 核验笔录 (docs/records.md "Checking a printed record"): is the paper in front of the office
 * the finalised record? The QR code of any page (photo, scan, the PDF itself, or the camera)
 * is checked against the records synced to this device: 一致, 内容不一致, 未找到, 已有更正
 * or a draft's print. A typed number shows the record and its hash to compare by eye.
 * Works offline: jsQR and pdf.js ship with the app.
 */
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Inspection } from '../../../shared/domain/inspection';
import { parseRecordNumber } from '../../../shared/records/recordNumber';
import { parsePrintedQr, type PrintedVerdict } from '../../../shared/records/printedRecordCheck';
import { useServices } from '../../app/services';
import { formatDateTime } from '../../components/formatTime';
import { checkPrintedQr, findFinalisedByNumber } from '../../db/printedRecordLookup';
import { decodeQrFromCamera, decodeQrFromImage, decodeQrFromPdf, sniffFile } from './decodeQr';

type Outcome =
  | {
      readonly kind: 'verdict';
      readonly verdict: PrintedVerdict<Inspection>;
      readonly number: string;
      readonly hash: string;
    }
  | { readonly kind: 'typed'; readonly number: string; readonly records: readonly Inspection[] }
  | {
      readonly kind: 'problem';
      readonly key:
        'noQr' | 'notOurs' | 'notSupported' | 'unreadable' | 'invalidNumber' | 'cameraFailed';
    };

function RecordFacts({ record }: { record: Inspection }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t('verify.record')}</dt>
      <dd className="record-number">{record.recordNumber}</dd>
      <dt>{t('verify.site')}</dt>
      <dd>{record.site.name}</dd>
      <dt>{t('verify.date')}</dt>
      <dd>{formatDateTime(record.startedAt ?? record.createdAt)}</dd>
      <dt>{t('verify.hash')}</dt>
      <dd className="record-hash">
        <code>{record.hash}</code>
      </dd>
      <dd>
        <Link to={`/inspections/${record.id}`}>{t('verify.open')}</Link>
      </dd>
    </dl>
  );
}

export function VerifyRecordScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const [typed, setTyped] = useState('');
  const [scanning, setScanning] = useState<AbortController | null>(null);
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => () => scanning?.abort(), [scanning]);

  const judge = async (text: string | null) => {
    if (text === null) return setOutcome({ kind: 'problem', key: 'noQr' });
    const qr = parsePrintedQr(text);
    if (!qr) return setOutcome({ kind: 'problem', key: 'notOurs' });
    const verdict = await checkPrintedQr(db, qr);
    setOutcome({
      kind: 'verdict',
      verdict,
      number: qr.kind === 'record' ? qr.recordNumber : qr.label,
      hash: qr.kind === 'record' ? qr.hash : '',
    });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const kind = await sniffFile(file);
      if (kind === 'other') return setOutcome({ kind: 'problem', key: 'notSupported' });
      let text: string | null;
      try {
        text = kind === 'pdf' ? await decodeQrFromPdf(file) : await decodeQrFromImage(file);
      } catch {
        return setOutcome({ kind: 'problem', key: 'unreadable' });
      }
      await judge(text);
    } finally {
      setBusy(false);
    }
  };

  const onTyped = async (event: FormEvent) => {
    event.preventDefault();
    const number = typed.trim();
    if (!parseRecordNumber(number)) return setOutcome({ kind: 'problem', key: 'invalidNumber' });
    setOutcome({ kind: 'typed', number, records: await findFinalisedByNumber(db, number) });
  };

  const startCamera = async () => {
    const abort = new AbortController();
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
      });
      abort.signal.addEventListener('abort', () =>
        stream.getTracks().forEach((track) => track.stop()),
      );
      setScanning(abort);
      setOutcome(undefined);
      if (video.current) {
        video.current.srcObject = stream;
        await video.current.play();
      }
      const text = await decodeQrFromCamera(
        video.current ?? document.createElement('video'),
        abort.signal,
      );
      if (text !== null) await judge(text);
    } catch {
      setOutcome({ kind: 'problem', key: 'cameraFailed' });
    } finally {
      abort.abort();
      setScanning(null);
    }
  };

  return (
    <section className="screen">
      <h1>{t('verify.title')}</h1>
      <p>{t('verify.intro')}</p>
      <div className="form">
        <div className="field">
          <label htmlFor="verify-file">{t('verify.pickFile')}</label>
          <input
            id="verify-file"
            type="file"
            accept="image/jpeg,image/png,application/pdf"
            disabled={busy}
            onChange={(e) => void onFile(e)}
          />
        </div>
        {scanning ? (
          <button type="button" onClick={() => scanning.abort()}>
            {t('verify.stopCamera')}
          </button>
        ) : (
          <button type="button" onClick={() => void startCamera()} disabled={busy}>
            {t('verify.camera')}
          </button>
        )}
        <video ref={video} hidden={!scanning} muted playsInline style={{ maxWidth: '100%' }} />
      </div>
      <form className="form" onSubmit={(e) => void onTyped(e)}>
        <div className="field">
          <label htmlFor="verify-number">{t('verify.typed')}</label>
          <input
            id="verify-number"
            value={typed}
            placeholder={t('verify.typedHint')}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <button type="submit">{t('verify.lookUp')}</button>
      </form>
      {busy && <p role="status">{t('verify.reading')}</p>}
      <div role="region" aria-live="polite" aria-label={t('verify.result')}>
        {outcome?.kind === 'problem' && <p role="alert">{t(`verify.${outcome.key}`)}</p>}
        {outcome?.kind === 'verdict' && (
          <section
            className={`verdict verdict-${outcome.verdict.kind}`}
            aria-label={t('verify.title')}
          >
            {outcome.hash && (
              <p>{t('verify.read', { number: outcome.number, hash: outcome.hash })}</p>
            )}
            <p role="status">
              <strong>
                {outcome.verdict.kind === 'superseded'
                  ? t('verify.verdict.superseded', {
                      amendment: outcome.verdict.amendment.recordNumber ?? '',
                    })
                  : t(`verify.verdict.${outcome.verdict.kind}`)}
              </strong>
            </p>
            {'record' in outcome.verdict && <RecordFacts record={outcome.verdict.record} />}
          </section>
        )}
        {outcome?.kind === 'typed' &&
          (outcome.records.length === 0 ? (
            <p role="status">{t('verify.typedNotFound', { number: outcome.number })}</p>
          ) : (
            <section>
              <p role="status">{t('verify.typedFound', { number: outcome.number })}</p>
              {outcome.records.map((r) => (
                <RecordFacts key={r.id} record={r} />
              ))}
            </section>
          ))}
      </div>
    </section>
  );
}
