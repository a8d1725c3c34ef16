// An optional quantity of a list item: an expectation's promise (value, unit, better) or an
// experience's measured result (value, unit). The checkbox opens the fields; the quantity is
// committed only once it has both a number and a unit, since FORMAT.md requires both.
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { t } from '../../i18n/en';
import { BETTER } from '../../model/schema';
import { NumberField, optionsOf, SelectField, TextField } from './fields';
import { applyPatch } from './listOps';

type Better = (typeof BETTER)[number];
export type QuantityValue = { value: number; unit: string; better?: Better };

export type QuantityLabels = { toggle: string; value: string; unit: string; better?: string };

export function QuantityFields(props: {
  path: string;
  value: QuantityValue | undefined;
  withBetter: boolean;
  labels: QuantityLabels;
  onChange: (value: QuantityValue | undefined, group?: string) => void;
}) {
  const { value, withBetter, labels, onChange, path } = props;
  const [draft, setDraft] = useState<Partial<QuantityValue> | null>(null);
  const fieldsRef = useRef<HTMLDivElement>(null);
  const checkboxId = useId();
  const current: Partial<QuantityValue> | null = value ?? draft;
  const isDraft = value === undefined;

  const toggle = (on: boolean) => {
    if (on) {
      flushSync(() => setDraft(withBetter ? { better: 'lower' } : {}));
      fieldsRef.current?.querySelector('input')?.focus();
    } else {
      setDraft(null);
      if (value) onChange(undefined);
    }
  };

  const update = (patch: Partial<QuantityValue>, group?: string) => {
    if (value) {
      onChange(applyPatch(value, patch), group);
      return;
    }
    const next = applyPatch(draft ?? {}, patch);
    if (next.value !== undefined && Number.isFinite(next.value) && next.unit !== undefined && next.unit.trim() !== '') {
      setDraft(null);
      const complete: QuantityValue = { value: next.value, unit: next.unit };
      if (withBetter) complete.better = next.better ?? 'lower';
      onChange(complete, group);
    } else {
      setDraft(next);
    }
  };

  return (
    <div className="insp-quantity">
      <div className="insp-check">
        <input id={checkboxId} type="checkbox" checked={current !== null} onChange={(event) => toggle(event.target.checked)} />
        <label htmlFor={checkboxId}>{labels.toggle}</label>
      </div>
      {current === null ? null : (
        <div className="insp-inline" ref={fieldsRef}>
          <NumberField
            className="insp-grow"
            label={labels.value}
            hideLabel
            placeholder={t.inspector.valuePlaceholder}
            path={`${path}.value`}
            value={current.value}
            required={!isDraft && t.inspector.valueRequired}
            onCommit={(next, group) => update({ value: next }, group)}
          />
          <TextField
            className="insp-grow"
            label={labels.unit}
            hideLabel
            placeholder={t.inspector.unitPlaceholder}
            path={`${path}.unit`}
            value={current.unit ?? ''}
            maxLength={32}
            required={!isDraft && t.inspector.unitRequired}
            onCommit={(next, group) => update({ unit: next }, group)}
          />
          {withBetter && labels.better ? (
            <SelectField
              label={labels.better}
              hideLabel
              value={current.better ?? 'lower'}
              options={optionsOf(BETTER, t.inspector.expectations.betterOptions)}
              onChange={(better) => update({ better })}
            />
          ) : null}
        </div>
      )}
    </div>
  );
}
