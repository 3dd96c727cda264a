/** Starts a 复查 of a record with this laptop's inspector and opens it. */
import { errorMessage } from '../../errors/errorMessage';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useServices } from '../../app/services';
import { getProfile } from '../../db/profileRepository';
import { startRecheck } from '../../db/rectificationRepository';

export function useStartRecheck(): {
  busy: boolean;
  error: string | null;
  run: (sourceId: string) => void;
} {
  const { t } = useTranslation();
  const { db } = useServices();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (sourceId: string) => {
    setBusy(true);
    setError(null);
    void (async () => {
      try {
        const profile = await getProfile(db);
        const draft = await startRecheck(db, sourceId, profile ? [profile] : []);
        void navigate(`/inspections/${draft.id}`);
      } catch (e) {
        setError(t('rectification.startFailed', { message: errorMessage(t, e) }));
      } finally {
        setBusy(false);
      }
    })();
  };
  return { busy, error, run };
}
