/** The checklist template a new inspection of a type starts with: the latest version. */
import type { InspectionType, TemplateRef } from '../../../shared/domain/inspection';
import { latestTemplate } from '../../../shared/templates/registry';

export function templateRefFor(type: InspectionType): TemplateRef {
  const { id, version } = latestTemplate(type);
  return { id, version };
}
