/** A place on earth, WGS-84, with where the numbers came from. */
import { z } from 'zod';

export const LocationSource = z.enum(['gps', 'exif', 'manual']);

export const GeoLocation = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  /** Metres, when the source reports one. */
  accuracy: z.number().nonnegative().optional(),
  source: LocationSource,
});
export type GeoLocation = z.infer<typeof GeoLocation>;
