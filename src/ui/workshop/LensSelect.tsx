// Chooses what the canvas highlights: friction, trust breaks, expectation messages, a pillar, a channel.
import { t } from '../../i18n/en';
import { useEditor, useUi } from '../../store/context';
import { LENS_OPTIONS, lensValue } from './lensOptions';

export function LensSelect() {
  const { ui } = useEditor();
  const lens = useUi((s) => s.lens);
  const plain = LENS_OPTIONS.filter((o) => !o.group);
  const groups = [...new Set(LENS_OPTIONS.flatMap((o) => (o.group ? [o.group] : [])))];
  return (
    <label className="lens-select">
      <span className="lens-select-label">{t.workshop.lens}</span>
      <select
        value={lensValue(lens)}
        onChange={(e) => ui.setState({ lens: LENS_OPTIONS.find((o) => o.value === e.target.value)?.lens ?? { kind: 'none' } })}
      >
        {plain.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        {groups.map((group) => (
          <optgroup key={group} label={group}>
            {LENS_OPTIONS.filter((o) => o.group === group).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
