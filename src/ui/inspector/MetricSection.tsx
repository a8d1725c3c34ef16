import { memo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { t } from '../../i18n/en';
import { WELL_KNOWN_METRICS, type Metric } from '../../model/schema';
import { useTouchpointEditor } from './context';
import { NumberField, SelectField, TextField, type Option } from './fields';
import { byPosition } from './listAdapters';
import { ListSection, type ListRow } from './ListSection';
import { useLocale } from '../../i18n/locale';

// Metrics have no ids: rows are found by position and keyed by object (see listAdapters).
const adapter = byPosition<Metric>();
const CUSTOM = 'custom';
const wellKnown = new Set<string>(WELL_KNOWN_METRICS);
const keyOptions: Option<string>[] = [
  ...WELL_KNOWN_METRICS.map((key) => ({ value: key, label: t.metrics[key] ?? key })),
  { value: CUSTOM, label: t.inspector.metrics.custom },
];

function MetricFields({ row }: { row: ListRow<Metric> }) {
  const s = t.inspector.metrics;
  const { item } = row;
  const [customChosen, setCustomChosen] = useState(false);
  const custom = customChosen || (item.key !== '' && !wellKnown.has(item.key));
  const customRef = useRef<HTMLDivElement>(null);

  const choose = (value: string) => {
    if (value === CUSTOM) {
      flushSync(() => setCustomChosen(true));
      const input = customRef.current?.querySelector('input');
      input?.focus();
      input?.select();
      return;
    }
    setCustomChosen(false);
    row.update({ key: value });
  };

  return (
    <>
      <SelectField
        label={s.key}
        hideLabel
        autoFocus
        placeholder={s.choose}
        value={custom ? CUSTOM : item.key}
        options={keyOptions}
        onChange={choose}
      />
      {custom ? (
        <div ref={customRef}>
          <TextField
            label={s.customKey}
            hideLabel
            placeholder={s.customKeyPlaceholder}
            path={`${row.path}.key`}
            value={item.key}
            maxLength={64}
            required={!row.draft && s.keyRequired}
            onCommit={(key, group) => row.update({ key }, group)}
          />
        </div>
      ) : null}
      <div className="insp-inline">
        <NumberField
          className="insp-grow"
          label={s.value}
          shortLabel={s.valueShort}
          path={`${row.path}.value`}
          value={item.value}
          required={!row.draft && t.inspector.valueRequired}
          onCommit={(value, group) => row.update({ value }, group)}
        />
        <TextField
          className="insp-grow"
          label={s.unit}
          shortLabel={s.unitShort}
          path={`${row.path}.unit`}
          value={item.unit ?? ''}
          maxLength={32}
          onCommit={(unit, group) => row.update({ unit: unit === '' ? undefined : unit }, group)}
        />
        <NumberField
          className="insp-grow"
          label={s.target}
          shortLabel={s.targetShort}
          path={`${row.path}.target`}
          value={item.target}
          onCommit={(target, group) => row.update({ target }, group)}
        />
      </div>
    </>
  );
}

export const MetricSection = memo(function MetricSection({ items }: { items: Metric[] }) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const editor = useTouchpointEditor();
  const s = t.inspector.metrics;
  return (
    <ListSection<Metric>
      field="metrics"
      text={s}
      items={items}
      adapter={adapter}
      // A draft: no metric chosen, no value yet (NaN is never committed, see isComplete).
      create={() => ({ key: '', value: Number.NaN })}
      isComplete={(item) => item.key.trim() !== '' && Number.isFinite(item.value)}
      edit={(change, group) => editor.editList('metrics', change, group)}
      renderRow={(row) => <MetricFields row={row} />}
    />
  );
});
