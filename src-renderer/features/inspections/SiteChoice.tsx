/**
 * The site of a new inspection: a new site typed in, or one already on this laptop picked
 * from a list. 新建检查 and a machine's 开始现场检查 both ask it; they differ in wording, in
 * which option comes first and in what is prefilled, so those are props.
 */
import { useState } from 'react';
import { newRecordId } from '../../../shared/domain/ids';
import type { Site, SiteKind } from '../../../shared/domain/site';
import { SiteForm, type NewSite } from './SiteForm';
import { SitePicker } from './SitePicker';

export type SiteMode = 'existing' | 'new';

export interface SiteChoiceLabels {
  legend: string;
  newSite: string;
  existingSite: string;
  create: string;
  selected: (name: string) => string;
}

interface SiteChoiceProps {
  labels: SiteChoiceLabels;
  /** The mode shown until the inspector picks one (it may change while nothing is picked). */
  defaultMode: SiteMode;
  /** Lists 已有 before 新建 (the order read and tabbed through). */
  existingFirst?: boolean;
  defaultKind: SiteKind;
  /** Prefills the new site's name and the search of known sites. */
  siteName?: string;
  /** A new key empties the new-site form, e.g. when the checklist type changes. */
  formKey?: string;
  onCreate: (site: Site) => Promise<void>;
}

export function SiteChoice({
  labels,
  defaultMode,
  existingFirst = false,
  defaultKind,
  siteName,
  formKey,
  onCreate,
}: SiteChoiceProps) {
  const [chosenMode, setMode] = useState<SiteMode>();
  const [selected, setSelected] = useState<Site>();
  const mode = chosenMode ?? defaultMode;

  const newOption = (
    <label key="new" className="radio">
      <input
        type="radio"
        name="siteMode"
        checked={mode === 'new'}
        onChange={() => setMode('new')}
      />
      {labels.newSite}
    </label>
  );
  const existingOption = (
    <label key="existing" className="radio">
      <input
        type="radio"
        name="siteMode"
        checked={mode === 'existing'}
        onChange={() => setMode('existing')}
      />
      {labels.existingSite}
    </label>
  );

  return (
    <>
      <fieldset className="choice">
        <legend>{labels.legend}</legend>
        {existingFirst ? [existingOption, newOption] : [newOption, existingOption]}
      </fieldset>
      {mode === 'new' ? (
        <SiteForm
          key={formKey}
          defaultKind={defaultKind}
          defaultName={siteName}
          submitLabel={labels.create}
          onSubmit={(site: NewSite) => onCreate({ ...site, id: newRecordId() })}
        />
      ) : (
        <>
          <SitePicker selected={selected} onSelect={setSelected} initialQuery={siteName} />
          {selected ? <p>{labels.selected(selected.name)}</p> : null}
          <button
            type="button"
            className="primary"
            disabled={!selected}
            onClick={() => selected && void onCreate(selected)}
          >
            {labels.create}
          </button>
        </>
      )}
    </>
  );
}
