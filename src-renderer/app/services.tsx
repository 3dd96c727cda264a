/** What every screen needs from the app: the local database, this device and the platform. */
import { createContext, useContext, type ReactNode } from 'react';
import type { Bridge } from '../../shared/ipc/bridge';
import type { AppDatabase } from '../db/database';
import type { DeviceIdentity } from '../db/settingSchemas';

export interface AppServices {
  readonly db: AppDatabase;
  readonly device: DeviceIdentity;
  readonly bridge: Bridge;
  /** Whether the browser granted persistent storage; asked at start-up, not awaited by it. */
  readonly storageStatus: Promise<{ persisted: boolean; usage?: number; quota?: number }>;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ value, children }: { value: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
