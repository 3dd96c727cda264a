import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProfileForm } from './ProfileForm';
import { useProfile } from './useProfile';

/** First-run and later edits of the inspector profile. */
export function ProfileScreen() {
  const { t } = useTranslation();
  const profile = useProfile();
  const navigate = useNavigate();
  if (profile === undefined) return <p>{t('app.loading')}</p>;
  return (
    <section className="screen">
      <h1>{t('profile.title')}</h1>
      {profile === null ? <p className="intro">{t('profile.intro')}</p> : null}
      <ProfileForm
        initial={profile ?? undefined}
        onSaved={() => {
          // A new user goes on to the work; an edit stays on the page with its confirmation.
          if (profile === null) void navigate('/inspections');
        }}
      />
    </section>
  );
}
