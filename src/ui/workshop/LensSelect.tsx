// Chooses what the canvas highlights: friction, trust breaks, expectation messages, a pillar, a channel.
import { t } from '../../i18n/en';
import { useEditor, useUi } from '../../store/context';
import { lensOptions, lensValue } from './lensOptions';

export function LensSelect() {
  const { ui } = useEditor();
  const lens = useUi((s) => s.lens);
  const options = lensOptions();
  const plain = options.filter((o) => !o.group);
  const groups = [...new Set(options.flatMap((o) => (o.group ? [o.group] : [])))];
  return (
    <label className="lens-select">
      <span className="lens-select-label">{t.workshop.lens}</span>
      <select
        value={lensValue(lens)}
        onChange={(e) => ui.setState({ lens: options.find((o) => o.value === e.target.value)?.lens ?? { kind: 'none' } })}
      >
        {plain.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        {groups.map((group) => (
          <optgroup key={group} label={group}>
            {options.filter((o) => o.group === group).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
