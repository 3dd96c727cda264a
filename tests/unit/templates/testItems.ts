/** Looks up a template item by id for the judging tests (fails loudly on a typo). */
import { templates } from '../../../shared/templates/registry';
import {
  allItems,
  type ReadingItem,
  type TemplateItem,
} from '../../../shared/templates/templateSchema';

export function templateItem(id: string): TemplateItem {
  const found = templates.flatMap(allItems).find(({ item }) => item.id === id);
  if (found === undefined) throw new Error(`no item ${id}`);
  return found.item;
}

export function readingItem(id: string): ReadingItem {
  const item = templateItem(id);
  if (item.kind !== 'reading') throw new Error(`${id} is not a reading`);
  return item;
}
