/**
 * Chinese labels of the desk's figures and export (docs/rectification.md "Office desk"):
 * counties by name, checklists and items by their template text. The export's headers and
 * values are Chinese whatever the UI language, as the office files them.
 */
import { findCounty } from '../../../shared/domain/counties';
import { templates } from '../../../shared/templates/registry';
import type { ChecklistTemplate } from '../../../shared/templates/templateSchema';
import { rectificationZh } from '../rectification/messages';
import type { DeskLabels } from './deskWorkbook';

function latestById(list: readonly ChecklistTemplate[]): Map<string, ChecklistTemplate> {
  const byId = new Map<string, ChecklistTemplate>();
  for (const t of list) {
    const known = byId.get(t.id);
    if (!known || known.version < t.version) byId.set(t.id, t);
  }
  return byId;
}

/**
 * Item texts of every version, so an item of an older template still reads by name; keyed
 * `template/item` and by the item id alone (deskStats' most-failed list carries only that).
 */
function itemTexts(list: readonly ChecklistTemplate[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const t of list)
    for (const section of t.sections)
      for (const item of section.items) {
        texts.set(`${t.id}/${item.id}`, item.text.zh);
        if (!texts.has(item.id)) texts.set(item.id, item.text.zh);
      }
  return texts;
}

export function createDeskLabels(list: readonly ChecklistTemplate[] = templates): DeskLabels {
  const byId = latestById(list);
  const texts = itemTexts(list);
  return {
    county: (code) => findCounty(code)?.zh ?? code,
    template: (id) => byId.get(id)?.title.zh ?? id,
    item: (templateId, itemId) => texts.get(`${templateId}/${itemId}`) ?? texts.get(itemId),
    state: (state) => rectificationZh.states[state],
    result: (nonCompliant) => (nonCompliant ? '存在问题' : '未发现问题'),
  };
}
