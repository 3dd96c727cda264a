/**
 * The location from the system (navigator.geolocation). In Electron offline there may be no
 * provider at all, so callers fall back to a photo's EXIF and then to typing (docs/design.md:
 * location from the system where available, else EXIF, else by hand).
 */
import type { GeoLocation } from '../../../shared/domain/location';

export type LocationFailure = 'unsupported' | 'denied' | 'unavailable' | 'timeout';

export class LocationError extends Error {
  override readonly name = 'LocationError';
  constructor(readonly reason: LocationFailure) {
    super(`location ${reason}`);
  }
}

/** The slice of the Geolocation API used here, so tests can hand in their own. */
export type GeolocationLike = Pick<Geolocation, 'getCurrentPosition'>;

export interface LocationOptions {
  readonly timeoutMs?: number;
  /** Default: navigator.geolocation. */
  readonly geolocation?: GeolocationLike;
}

/** One fresh fix (no cached position: a location from another site would be worse than none). */
export async function locationFromSystem(options: LocationOptions = {}): Promise<GeoLocation> {
  const geolocation =
    options.geolocation ?? (typeof navigator === 'undefined' ? undefined : navigator.geolocation);
  if (!geolocation) throw new LocationError('unsupported');
  const timeout = options.timeoutMs ?? 15_000;
  return new Promise<GeoLocation>((resolve, reject) => {
    // Some providers never call back at all; the timer makes sure the UI is told.
    const timer = setTimeout(() => reject(new LocationError('timeout')), timeout + 1000);
    geolocation.getCurrentPosition(
      (position) => {
        clearTimeout(timer);
        const { latitude, longitude, accuracy } = position.coords;
        resolve({ latitude, longitude, accuracy: Math.max(0, accuracy), source: 'gps' });
      },
      (error) => {
        clearTimeout(timer);
        reject(
          new LocationError(
            error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable',
          ),
        );
      },
      { enableHighAccuracy: true, timeout, maximumAge: 0 },
    );
  });
}
