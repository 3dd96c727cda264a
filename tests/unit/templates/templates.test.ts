import { describe, expect, it } from 'vitest';
import { limits } from '../../../shared/templates/limits';
import { LimitsTable } from '../../../shared/templates/limitSchema';
import { getTemplate, latestTemplate, templates } from '../../../shared/templates/registry';
import {
  allItems,
  ChecklistTemplate,
  findTemplateProblems,
  type TemplateSection,
} from '../../../shared/templates/templateSchema';
import { vocsV1 } from '../../../shared/templates/vocs.v1';

/** Every LocalizedText in a value, found by shape. */
function texts(value: unknown, path = '$'): { path: string; zh: unknown; en: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const own =
    'zh' in value || 'en' in value
      ? [
          {
            path,
            zh: 'zh' in value ? value.zh : undefined,
            en: 'en' in value ? value.en : undefined,
          },
        ]
      : [];
  return [...own, ...Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`))];
}

describe.each(templates.map((t) => [`${t.id} v${t.version}`, t] as const))(
  'template %s',
  (_name, template) => {
    const items = allItems(template);

    it('parses with the schema', () => {
      const parsed = ChecklistTemplate.safeParse(template);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    });

    it('has unique, dotted item ids prefixed by its type', () => {
      const ids = items.map(({ item }) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids)
        expect(id).toMatch(new RegExp(`^${template.type}\\.[a-z0-9-]+(\\.[a-z0-9-]+)+$`));
    });

    it('has conditions that name existing options and facts (with valid choices)', () => {
      expect(findTemplateProblems(template)).toEqual([]);
    });

    it('has every limitRef in the limits table, in the reading’s unit', () => {
      for (const { item } of items) {
        if (item.kind !== 'reading') continue;
        const entry = limits.find((l) => l.id === item.limitRef);
        expect(entry, item.limitRef).toBeDefined();
        expect(entry?.unit, item.id).toBe(item.unit);
      }
    });

    it('has non-empty zh and en texts everywhere', () => {
      const found = texts(template);
      expect(found.length).toBeGreaterThan(items.length);
      for (const t of found) {
        expect(typeof t.zh === 'string' && t.zh.trim() !== '', `${t.path}.zh`).toBe(true);
        expect(typeof t.en === 'string' && t.en.trim() !== '', `${t.path}.en`).toBe(true);
      }
    });

    it('cites a source on every item', () => {
      for (const { item } of items) expect(item.source.trim(), item.id).not.toBe('');
    });

    it('is found by the registry', () => {
      expect(getTemplate(template.id, template.version)).toBe(template);
      expect(latestTemplate(template.type).id).toBe(template.id);
    });
  },
);

describe('template contents', () => {
  it('VOCs has 120–170 items across its key links and sector modules', () => {
    const count = allItems(vocsV1).length;
    expect(count).toBeGreaterThanOrEqual(120);
    expect(count).toBeLessThanOrEqual(170);
  });

  it('each VOCs sector module adds items only when chosen', () => {
    const sections: readonly TemplateSection[] = vocsV1.sections;
    for (const option of vocsV1.options) {
      const guarded = sections.filter(
        (s) =>
          s.condition !== undefined && 'option' in s.condition && s.condition.option === option.id,
      );
      expect(guarded.length, option.id).toBe(1);
    }
  });

  it('the limits table parses and its ids are unique', () => {
    const parsed = LimitsTable.safeParse(limits);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('refuses a template with a dangling condition, a duplicate id or a bad choice', () => {
    const broken: ChecklistTemplate = structuredClone(vocsV1);
    const first = broken.sections[0]!;
    first.condition = { option: 'no-such-sector' };
    first.items.push({ ...first.items[0]! });
    broken.sections[1]!.condition = { fact: 'controlLevel', equals: 'strict' };
    broken.sections[2]!.condition = { fact: 'permitNumber', atLeast: 3 };
    const problems = findTemplateProblems(broken);
    expect(problems).toContain('vocs.basics: unknown option no-such-sector');
    expect(problems).toContain(`duplicate item id ${first.items[0]!.id}`);
    expect(problems).toContain('vocs.source: strict is not a choice of controlLevel');
    expect(problems).toContain('vocs.storage: numeric condition on non-number fact permitNumber');
    expect(ChecklistTemplate.safeParse(broken).success).toBe(false);
  });

  it('refuses a malformed condition', () => {
    // A typo'd condition (both equals and in) must not parse as either.
    const condition = { fact: 'controlLevel', equals: 'special', in: ['general'] };
    const broken = { ...vocsV1, sections: [{ ...vocsV1.sections[0], condition }] };
    expect(ChecklistTemplate.safeParse(broken).success).toBe(false);
  });

  it('getTemplate returns undefined for an unknown version', () => {
    expect(getTemplate('vocs', 99)).toBeUndefined();
  });
});
