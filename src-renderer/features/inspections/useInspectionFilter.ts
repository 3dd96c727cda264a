/** List filters live in the URL, so a reload or the back button keeps them. */
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CountyCodeSchema } from '../../../shared/domain/counties';
import { InspectionType } from '../../../shared/domain/inspection';
import { RecordStatus } from '../../../shared/domain/record';
import type { InspectionFilter } from '../../db/inspectionRepository';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function useInspectionFilter(): [
  InspectionFilter,
  (patch: Partial<Record<keyof InspectionFilter, string>>) => void,
] {
  const [params, setParams] = useSearchParams();
  const filter = useMemo<InspectionFilter>(() => {
    const type = InspectionType.safeParse(params.get('type'));
    const status = RecordStatus.safeParse(params.get('status'));
    const county = CountyCodeSchema.safeParse(params.get('county'));
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    const search = (params.get('q') ?? '').trim();
    return {
      ...(type.success ? { type: type.data } : {}),
      ...(status.success ? { status: status.data } : {}),
      ...(county.success ? { countyCode: county.data } : {}),
      ...(DAY.test(from) ? { from } : {}),
      ...(DAY.test(to) ? { to } : {}),
      ...(search ? { search } : {}),
    };
  }, [params]);

  const update = (patch: Partial<Record<keyof InspectionFilter, string>>) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(patch)) {
          const name = key === 'countyCode' ? 'county' : key === 'search' ? 'q' : key;
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  };
  return [filter, update];
}
