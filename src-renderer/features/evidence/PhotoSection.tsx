/**
 * 现场照片: files (several at once) or the camera, each taken in on its own so one bad file
 * never costs the others; progress and errors per file; the grid of stored photos. The first
 * photo with GPS fills the record's location when none is set.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../shared/domain/inspection';
import { isVisible } from '../../../shared/templates/isVisible';
import type { ChecklistTemplate } from '../../../shared/templates/templateSchema';
import { useServices } from '../../app/services';
import { addPhotoToDraft, PhotoRejectedError } from './addPhoto';
import { withPhotoDetails } from './evidenceChanges';
import { removePhotoFromDraft } from './evidenceStore';
import { patchDraft } from '../../db/inspectionRepository';
import { evidenceFieldId } from './problemTarget';
import { useLocalized } from '../checklist/useLocalized';
import { CameraCapture } from './CameraCapture';
import { PhotoCard, type ItemOption } from './PhotoCard';
import { errorMessage } from '../../errors/errorMessage';

interface PhotoJob {
  readonly key: string;
  readonly name: string;
  readonly state: 'processing' | 'done' | 'failed';
  readonly message?: string;
}

interface PhotoSectionProps {
  inspection: Inspection;
  template: ChecklistTemplate;
  readOnly: boolean;
}

let jobCounter = 0;

export function PhotoSection({ inspection, template, readOnly }: PhotoSectionProps) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const { db } = useServices();
  const [jobs, setJobs] = useState<PhotoJob[]>([]);
  const [locationNote, setLocationNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The newest location, read when a photo without GPS is stamped after an earlier one set it.
  const latestLocation = useRef(inspection.location);
  useLayoutEffect(() => {
    latestLocation.current = inspection.location;
  }, [inspection.location]);
  const photos = inspection.attachments.filter((a) => a.kind === 'photo');
  // Only the items this inspection shows, numbered as the checklist table prints them.
  const { options, facts } = inspection;
  const items = useMemo<ItemOption[]>(
    () =>
      template.sections
        .filter((section) => isVisible(section.condition, { options, facts }))
        .flatMap((section) =>
          section.items.filter((item) => isVisible(item.condition, { options, facts })),
        )
        .map((item, n) => ({ id: item.id, label: `${n + 1}. ${localize(item.text)}` })),
    [template, localize, options, facts],
  );

  const describe = (e: unknown): string =>
    e instanceof PhotoRejectedError
      ? t(`evidence.photos.problems.${e.problem}`)
      : errorMessage(t, e);

  const addFiles = async (files: readonly File[], capturedAt?: string) => {
    const batch = files.map((file) => ({
      key: `p${(jobCounter += 1)}`,
      name: file.name,
      state: 'processing' as const,
    }));
    setJobs((previous) => [...batch, ...previous.filter((j) => j.state === 'processing')]);
    const update = (key: string, patch: Partial<PhotoJob>) =>
      setJobs((previous) => previous.map((j) => (j.key === key ? { ...j, ...patch } : j)));
    // One at a time: decoding several 12 MP pictures at once would exhaust a small laptop.
    for (const [index, file] of files.entries()) {
      const key = batch[index]?.key ?? '';
      try {
        const location = latestLocation.current;
        const added = await addPhotoToDraft(db, inspection.id, file, {
          siteName: inspection.site.name,
          capturedAt,
          fallbackLocation: location
            ? { latitude: location.latitude, longitude: location.longitude }
            : undefined,
        });
        if (added.locationFilled)
          setLocationNote(t('evidence.photos.locationFromPhoto', { name: file.name }));
        update(key, { state: 'done' });
      } catch (e) {
        update(key, { state: 'failed', message: describe(e) });
      }
    }
  };

  const run = (work: Promise<unknown>): void => {
    setError(null);
    work.catch((e: unknown) =>
      setError(t('evidence.finalise.savedFailed', { message: describe(e) })),
    );
  };

  return (
    <section
      className="evidence-section"
      aria-labelledby="ev-photos-title"
      id={evidenceFieldId(['attachments'])}
    >
      <h2 id="ev-photos-title">{t('evidence.photos.title')}</h2>
      {!readOnly ? (
        <div className="photo-add">
          <label className="button-like">
            {t('evidence.photos.add')}
            <input
              type="file"
              multiple
              accept="image/jpeg,image/png"
              className="visually-hidden"
              onChange={(e) => {
                const files = Array.from(e.target.files ?? []);
                e.target.value = '';
                if (files.length > 0) void addFiles(files);
              }}
            />
          </label>
          <CameraCapture
            onCapture={(file) => void addFiles([file], new Date(file.lastModified).toISOString())}
          />
          <small className="field-hint">{t('evidence.photos.addHint')}</small>
        </div>
      ) : null}
      {jobs.length > 0 ? (
        <ul className="photo-jobs" aria-label={t('evidence.photos.processing')}>
          {jobs.map((job) => (
            <li
              key={job.key}
              className={`photo-job photo-job-${job.state}`}
              role={job.state === 'failed' ? 'alert' : undefined}
            >
              {job.name}：
              {job.state === 'processing'
                ? t('evidence.photos.processing')
                : job.state === 'done'
                  ? t('evidence.photos.added')
                  : t('evidence.photos.failed', { message: job.message ?? '' })}
            </li>
          ))}
        </ul>
      ) : null}
      {locationNote ? (
        <p role="status" className="ok">
          {locationNote}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="warning">
          {error}
        </p>
      ) : null}
      {photos.length === 0 ? (
        <p className="muted">{t('evidence.photos.none')}</p>
      ) : (
        <ul className="photo-grid">
          {photos.map((photo, index) => (
            <PhotoCard
              key={photo.sha256}
              photo={photo}
              index={index}
              items={items}
              readOnly={readOnly}
              onDetails={(details) =>
                run(
                  patchDraft(db, inspection.id, (current) =>
                    withPhotoDetails(current, photo.sha256, details),
                  ),
                )
              }
              onRemove={() => run(removePhotoFromDraft(db, inspection.id, photo.sha256))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
