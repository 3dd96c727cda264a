/**
 * Renders any checklist template for one inspection: start questions, sections with
 * progress, items with readings and findings, the findings list and 检查完成, and saves every
 * change to Dexie (debounced, flushed on blur, leaving and closing). Read-only when the
 * record is finalised. The parent keys it by inspection id: the form state is made once.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../shared/domain/inspection';
import {
  machineIdentityOf,
  type Machine,
  type MachineIdentity,
} from '../../../shared/domain/machine';
import type { LimitOverrides } from '../../../shared/templates/limitSchema';
import { limitsOf, type ChecklistTemplate } from '../../../shared/templates/templateSchema';
import { useServices } from '../../app/services';
import { patchDraft } from '../../db/inspectionRepository';
import { draftFromInspection, type ChecklistDraft } from './checklistDraft';
import { loadControlLevels, loadLimitOverrides, loadMachine, prefillFacts } from './checklistData';
import {
  CONTROL_LEVEL_FACT,
  controlLevelFor,
  type ControlLevelTable,
} from '../../../shared/templates/controlLevels';
import { ChecklistContext, type ChecklistContextValue } from './checklistContext';
import { shanghaiDayOf, type ChecklistEnv } from './checklistEnv';
import { createChecklistStore } from './checklistStore';
import { CompletionPanel } from './CompletionPanel';
import { FindingList } from './FindingList';
import { JumpButton } from './JumpButton';
import { SaveStatusView } from './SaveStatusView';
import { SectionList } from './SectionList';
import { StartQuestions } from './StartQuestions';
import { toInspection } from './toInspection';
import { clearUnloadCopy, readUnloadCopy, writeUnloadCopy } from './unloadCopy';
import { useAutosave, type UnloadHooks } from './useAutosave';

interface ChecklistEngineProps {
  inspection: Inspection;
  template: ChecklistTemplate;
}

/** A registry entry that no longer parses as an identity shows no registry values. */
function identityOrUndefined(machine: Machine): MachineIdentity | undefined {
  try {
    return machineIdentityOf(machine);
  } catch {
    return undefined;
  }
}

export function ChecklistEngine({ inspection, template }: ChecklistEngineProps) {
  const { t } = useTranslation();
  const { db } = useServices();
  const readOnly = inspection.status !== 'draft';
  // Changes cut off by the last reload or close come back first (unloadCopy.ts).
  const [recovered] = useState(() =>
    readOnly ? undefined : readUnloadCopy(inspection.id, inspection.rev),
  );
  const [store] = useState(() =>
    createChecklistStore(recovered ?? draftFromInspection(template, inspection)),
  );
  const [overrides, setOverrides] = useState<LimitOverrides>({});
  const [prefilled, setPrefilled] = useState(false);
  const [officeLevels, setOfficeLevels] = useState<ControlLevelTable>({});
  // The latest stored record: autosave writes the form onto it (its other parts untouched).
  const baseRef = useRef(inspection);
  useLayoutEffect(() => {
    baseRef.current = inspection;
  }, [inspection]);

  useEffect(() => {
    let live = true;
    // Only a real override replaces the env: an empty one would re-render every row for nothing.
    void loadLimitOverrides(db).then((loaded) => {
      if (live && Object.keys(loaded).length > 0) setOverrides(loaded);
    });
    return () => {
      live = false;
    };
  }, [db]);

  useEffect(() => {
    let live = true;
    void loadControlLevels(db).then((loaded) => {
      if (live && Object.keys(loaded).length > 0) setOfficeLevels(loaded);
    });
    return () => {
      live = false;
    };
  }, [db]);
  const countyCode = inspection.site.countyCode;
  const controlLevel = useMemo(
    () => controlLevelFor(countyCode, officeLevels),
    [countyCode, officeLevels],
  );
  // The county's level is the starting answer (docs/domain.md "Control level"); never over one given.
  useEffect(() => {
    if (readOnly || controlLevel === undefined) return;
    if (!template.facts.some((f) => f.id === CONTROL_LEVEL_FACT)) return;
    store.update((d) =>
      (d.facts[CONTROL_LEVEL_FACT] ?? '') !== ''
        ? d
        : { ...d, facts: { ...d.facts, [CONTROL_LEVEL_FACT]: controlLevel.level } },
    );
  }, [controlLevel, readOnly, store, template]);

  const machineId = inspection.machineId;
  // The nameplate items show the registry's values: the record's own copy once finalised
  // (docs/records.md "Machine identity"), the registry entry while a draft.
  const [registryMachine, setRegistryMachine] = useState<MachineIdentity | undefined>();
  const machine = inspection.machine ?? (readOnly ? undefined : registryMachine);
  useEffect(() => {
    if (machineId === undefined || readOnly) return undefined;
    let live = true;
    void loadMachine(db, machineId).then((machine) => {
      if (!live || !machine) return;
      setRegistryMachine(identityOrUndefined(machine));
      const filled = prefillFacts(template, machine, store.getState().facts);
      if (Object.keys(filled).length === 0) return;
      store.update((d) => ({ ...d, facts: { ...d.facts, ...filled } }));
      setPrefilled(true);
    });
    return () => {
      live = false;
    };
  }, [db, machineId, readOnly, store, template]);

  // A string, so the first save (which stamps startedAt) does not make a new env for every row.
  const inspectionDay = shanghaiDayOf(inspection.startedAt ?? inspection.createdAt);
  const env = useMemo<ChecklistEnv>(
    () => ({
      template,
      // The shared table plus a published template's own limits (docs/templates.md).
      limits: limitsOf(template),
      overrides,
      inspectionDay,
      today: shanghaiDayOf(new Date()),
      ...(controlLevel !== undefined ? { controlLevel } : {}),
    }),
    [template, overrides, inspectionDay, controlLevel],
  );
  const envRef = useRef(env);
  useLayoutEffect(() => {
    envRef.current = env;
  }, [env]);

  const inspectionId = inspection.id;
  const unloadHooks = useMemo<UnloadHooks>(
    () => ({
      onUnloadUnsaved: (draft) => writeUnloadCopy(inspectionId, baseRef.current.rev, draft),
      onSaved: () => clearUnloadCopy(inspectionId),
    }),
    [inspectionId],
  );
  const autosave = useAutosave(
    store,
    async (draft: ChecklistDraft) => {
      // Onto the record as stored now: the evidence sections save other parts of it, and a
      // base a few milliseconds stale would drop a photo or signature they just listed.
      await patchDraft(db, inspectionId, (stored) => toInspection(stored, draft, envRef.current));
    },
    !readOnly,
    unloadHooks,
    inspection.updatedAt,
  );
  const { schedule } = autosave;
  useEffect(() => {
    if (recovered !== undefined) schedule();
  }, [recovered, schedule]);

  const context = useMemo<ChecklistContextValue>(
    () => ({ store, env, readOnly, ...(machine !== undefined ? { machine } : {}) }),
    [store, env, readOnly, machine],
  );

  return (
    <ChecklistContext.Provider value={context}>
      <div className="checklist" onBlur={() => void autosave.flush()}>
        <div className="checklist-toolbar">
          {readOnly ? <p className="notice">{t('checklist.readOnly')}</p> : null}
          {!readOnly ? (
            <SaveStatusView
              status={autosave.status}
              lastSavedAt={autosave.lastSavedAt}
              onRetry={() => void autosave.flush()}
            />
          ) : null}
          <JumpButton />
        </div>
        <StartQuestions prefilled={prefilled} />
        <SectionList />
        <FindingList />
        <CompletionPanel flush={autosave.flush} />
      </div>
    </ChecklistContext.Provider>
  );
}
