/**
 * Routes. Hash routing: the renderer is loaded from a file-like custom scheme in Electron and
 * from static files in web mode, where a path route would 404 on reload.
 */
import { useTranslation } from 'react-i18next';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { lazy } from 'react';
import { InspectionListScreen } from '../features/inspections/InspectionListScreen';
import { useProfile } from '../features/profile/useProfile';
import { Layout } from './Layout';

// Screens that pull in the checklist templates (~200 items of data), the engine and the
// forms load on first use, so a cold start draws the list without parsing them
// (cold open target: docs/design.md "Quality bars").
const InspectionDetailScreen = lazy(() =>
  import('../features/inspections/InspectionDetailScreen').then((m) => ({
    default: m.InspectionDetailScreen,
  })),
);
const NewInspectionScreen = lazy(() =>
  import('../features/inspections/NewInspectionScreen').then((m) => ({
    default: m.NewInspectionScreen,
  })),
);
const NewMachineScreen = lazy(() =>
  import('../features/machines/NewMachineScreen').then((m) => ({ default: m.NewMachineScreen })),
);
const EditMachineScreen = lazy(() =>
  import('../features/machines/EditMachineScreen').then((m) => ({ default: m.EditMachineScreen })),
);
// The other sections too: a cold open draws the shell and the list only (docs/sync.md
// "Performance"); the sync screen would otherwise bring bundles, gzip and their schemas.
const MachineListScreen = lazy(() =>
  import('../features/machines/MachineListScreen').then((m) => ({ default: m.MachineListScreen })),
);
const ProfileScreen = lazy(() =>
  import('../features/profile/ProfileScreen').then((m) => ({ default: m.ProfileScreen })),
);
const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
const SyncScreen = lazy(() =>
  import('../features/sync/SyncScreen').then((m) => ({ default: m.SyncScreen })),
);
const DueListScreen = lazy(() =>
  import('../features/rectification/DueListScreen').then((m) => ({ default: m.DueListScreen })),
);
const VerifyRecordScreen = lazy(() =>
  import('../features/verify/VerifyRecordScreen').then((m) => ({ default: m.VerifyRecordScreen })),
);
// The desk brings echarts; exceljs loads later still, on the first export.
const DeskScreen = lazy(() =>
  import('../features/desk/DeskScreen').then((m) => ({ default: m.DeskScreen })),
);
const MachineDetailScreen = lazy(() =>
  import('../features/machines/MachineDetailScreen').then((m) => ({
    default: m.MachineDetailScreen,
  })),
);

/** A new user lands on the profile form; everyone else on the inspections list. */
function Home() {
  const { t } = useTranslation();
  const profile = useProfile();
  if (profile === undefined) return <p>{t('app.loading')}</p>;
  return <Navigate to={profile ? '/inspections' : '/profile'} replace />;
}

const router = createHashRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'profile', element: <ProfileScreen /> },
      { path: 'inspections', element: <InspectionListScreen /> },
      { path: 'inspections/new', element: <NewInspectionScreen /> },
      { path: 'inspections/:id', element: <InspectionDetailScreen /> },
      { path: 'machines', element: <MachineListScreen /> },
      { path: 'machines/new', element: <NewMachineScreen /> },
      { path: 'machines/:id', element: <MachineDetailScreen /> },
      { path: 'machines/:id/edit', element: <EditMachineScreen /> },
      { path: 'rectification', element: <DueListScreen /> },
      { path: 'desk', element: <DeskScreen /> },
      { path: 'sync', element: <SyncScreen /> },
      { path: 'verify', element: <VerifyRecordScreen /> },
      { path: 'settings', element: <SettingsScreen /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
