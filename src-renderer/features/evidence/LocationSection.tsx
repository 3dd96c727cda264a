/**
 * 检查地点: coordinates from the system where it can locate, else from a photo (PhotoSection
 * fills them), else typed by hand; stored as WGS-84 with source and accuracy. And the place
 * described in words.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Inspection } from '../../../shared/domain/inspection';
import { parseManualCoordinates } from '../../../shared/domain/parseCoordinates';
import { useServices } from '../../app/services';
import { Field } from '../../components/Field';
import { patchDraft } from '../../db/inspectionRepository';
import { evidenceFieldId } from './problemTarget';
import { LocationError, locationFromSystem } from './locationFromSystem';
import { errorMessage } from '../../errors/errorMessage';

interface LocationSectionProps {
  inspection: Inspection;
  readOnly: boolean;
}

export function LocationSection({ inspection, readOnly }: LocationSectionProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [manual, setManual] = useState('');
  const [manualError, setManualError] = useState<string | null>(null);
  const [place, setPlace] = useState(inspection.place);
  const [placeError, setPlaceError] = useState<string | undefined>(undefined);
  const [locating, setLocating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { location } = inspection;
  const canLocate = typeof navigator !== 'undefined' && 'geolocation' in navigator;

  const fail = (e: unknown) =>
    setMessage(t('evidence.finalise.savedFailed', { message: errorMessage(t, e) }));

  const fromSystem = async () => {
    setLocating(true);
    setMessage(null);
    try {
      const found = await locationFromSystem();
      await patchDraft(db, inspection.id, (current) => ({ ...current, location: found }));
    } catch (e) {
      setMessage(
        e instanceof LocationError ? t(`evidence.location.${e.reason}`) : errorMessage(t, e),
      );
    } finally {
      setLocating(false);
    }
  };

  const applyManual = () => {
    const parsed = parseManualCoordinates(manual);
    if (!parsed.ok) {
      setManualError(t(`evidence.coordinates.${parsed.error}`));
      return;
    }
    setManualError(null);
    const typed = {
      latitude: parsed.latitude,
      longitude: parsed.longitude,
      source: 'manual' as const,
    };
    void patchDraft(db, inspection.id, (current) => ({ ...current, location: typed }))
      .then(() => setManual(''))
      .catch(fail);
  };

  const savePlace = () => {
    const parsed = Inspection.shape.place.safeParse(place);
    if (!parsed.success) {
      setPlaceError(parsed.error.issues[0]?.message);
      return;
    }
    setPlaceError(undefined);
    void patchDraft(db, inspection.id, (current) =>
      current.place === parsed.data ? current : { ...current, place: parsed.data },
    ).catch(fail);
  };

  return (
    <section
      className="evidence-section"
      aria-labelledby="ev-location-title"
      id={evidenceFieldId(['location'])}
      tabIndex={-1}
    >
      <h2 id="ev-location-title">{t('evidence.place.title')}</h2>
      <p className="location-now" role="status">
        {location ? (
          <>
            {t('evidence.place.coordinates', {
              lat: location.latitude.toFixed(6),
              lon: location.longitude.toFixed(6),
            })}
            （{t(`evidence.place.source.${location.source}`)}
            {location.accuracy !== undefined
              ? `，${t('evidence.place.accuracy', { metres: Math.round(location.accuracy) })}`
              : ''}
            ）
          </>
        ) : (
          t('evidence.place.none')
        )}
      </p>
      {readOnly ? (
        inspection.place ? (
          <p>
            {t('evidence.place.address')}：{inspection.place}
          </p>
        ) : null
      ) : (
        <>
          {canLocate ? (
            <button type="button" onClick={() => void fromSystem()} disabled={locating}>
              {locating ? t('evidence.place.locating') : t('evidence.place.fromSystem')}
            </button>
          ) : null}
          {message ? (
            <p role="alert" className="warning">
              {message}
            </p>
          ) : null}
          <div className="manual-location">
            <div className={manualError ? 'field field-invalid' : 'field'}>
              <label htmlFor="ev-manual-coordinates">{t('evidence.place.manual')}</label>
              <input
                id="ev-manual-coordinates"
                value={manual}
                aria-invalid={manualError ? true : undefined}
                aria-describedby={
                  manualError
                    ? 'ev-manual-coordinates-hint ev-manual-coordinates-error'
                    : 'ev-manual-coordinates-hint'
                }
                onChange={(e) => setManual(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') applyManual();
                }}
              />
              <small id="ev-manual-coordinates-hint" className="field-hint">
                {t('evidence.place.manualHint')}
              </small>
              {manualError ? (
                <small id="ev-manual-coordinates-error" className="field-error" role="alert">
                  {manualError}
                </small>
              ) : null}
            </div>
            <button type="button" onClick={applyManual}>
              {t('evidence.place.useManual')}
            </button>
          </div>
          <Field
            label={t('evidence.place.address')}
            hint={t('evidence.place.addressHint')}
            error={placeError}
          >
            <input
              value={place}
              maxLength={240}
              onChange={(e) => setPlace(e.target.value)}
              onBlur={savePlace}
            />
          </Field>
        </>
      )}
    </section>
  );
}
