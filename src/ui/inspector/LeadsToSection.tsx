// "Leads to": the arrows out of this touchpoint, without a mouse. Each arrow shows the touchpoint it
// goes to, a field for its label and a remove button; "Add arrow to…" picks another touchpoint by
// title, grouped by stage in journey order (never this one, never one it already leads to). The
// picker only chooses: the arrow is made by "Add arrow" or Enter, so moving through the options
// with the arrow keys never draws arrows. "C" on a selected card focuses the picker.
import { X } from 'lucide-react';
import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../../i18n/en';
import { arrowTargets } from '../../model/connections';
import type { Connection } from '../../model/schema';
import { connect, labelConnection, removeConnection } from '../../store/commands';
import { useEditor, useMapSelector, useUi } from '../../store/context';
import { useTouchpointEditor } from './context';
import { Section, TextField } from './fields';
import { useLocale } from '../../i18n/locale';

const LABEL_MAX = 300;

export const LeadsToSection = memo(function LeadsToSection() {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const editor = useTouchpointEditor();
  const stores = useEditor();
  const { ui } = stores;
  const from = editor.id;
  const stages = useMapSelector((map) => map.stages);
  const touchpoints = useMapSelector((map) => map.touchpoints);
  const connections = useMapSelector((map) => map.connections);
  const outgoing = useMemo(() => connections.filter((c) => c.from === from), [connections, from]);
  const titles = useMemo(() => new Map(touchpoints.map((tp) => [tp.id, tp.title])), [touchpoints]);
  const groups = useMemo(() => arrowTargets({ stages, touchpoints, connections }, from), [stages, touchpoints, connections, from]);
  const [choice, setChoice] = useState('');
  const [status, setStatus] = useState('');
  const picker = useRef<HTMLSelectElement>(null);
  const pickerId = useId();
  const hintId = useId();
  const s = t.inspector.leadsTo;
  const titleOf = (id: string) => titles.get(id) ?? id;
  // The choice may have gone meanwhile (connected from the canvas, deleted in another tab).
  const chosen = groups.some((group) => group.touchpoints.some((tp) => tp.id === choice)) ? choice : '';

  const requested = useUi((state) => state.arrowPickerRequest === from);
  useEffect(() => {
    if (!requested) return;
    picker.current?.focus();
    ui.setState({ arrowPickerRequest: null });
  }, [requested, ui]);

  const add = () => {
    if (!chosen) return;
    connect(stores, from, chosen);
    setChoice('');
    setStatus(s.added(titleOf(chosen)));
    picker.current?.focus();
  };

  const remove = (connection: Connection) => {
    removeConnection(stores, connection.id);
    setStatus(s.removed(titleOf(connection.to)));
    picker.current?.focus();
  };

  const setLabel = (id: string, label: string, group: string) => labelConnection(stores, id, label, group);

  const onPickerKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (event.key === 'Enter' && chosen) {
      event.preventDefault();
      add();
    } else if (event.key === 'Escape') {
      // Back to the card on the canvas, where "C" came from.
      const card = document.querySelector<HTMLElement>(`.editor-canvas .react-flow__node[data-id="${CSS.escape(from)}"]`);
      if (card) {
        event.preventDefault();
        card.focus();
      }
    }
  };

  const empty = groups.length === 0;
  return (
    <Section heading={s.heading} count={outgoing.length} className="insp-leads-to">
      <div className="insp-rows">
        {outgoing.map((connection) => {
          const to = titleOf(connection.to);
          return (
            <div key={connection.id} className="insp-row" role="group" aria-label={s.arrow(to)} data-connection-id={connection.id}>
              <div className="insp-row-fields">
                <p className="insp-arrow-target">
                  <span aria-hidden="true" className="flip-in-rtl">→</span>{' '}
                  <span dir="auto">{to}</span>
                </p>
                <TextField
                  label={s.label(to)}
                  hideLabel
                  placeholder={s.labelPlaceholder}
                  path={`connections.${connection.id}.label`}
                  value={connection.label ?? ''}
                  maxLength={LABEL_MAX}
                  onCommit={(label, group) => setLabel(connection.id, label, group)}
                />
              </div>
              <button
                type="button"
                className="insp-icon-button insp-remove"
                aria-label={s.remove(to)}
                title={s.remove(to)}
                onClick={() => remove(connection)}
              >
                <X size={14} aria-hidden="true" />
              </button>
            </div>
          );
        })}
      </div>
      <div className="insp-field">
        <label className="insp-label" htmlFor={pickerId}>
          {s.picker}
        </label>
        <div className="insp-arrow-add">
          <select
            id={pickerId}
            ref={picker}
            className="insp-input insp-select"
            value={chosen}
            aria-describedby={hintId}
            aria-keyshortcuts="C"
            onChange={(event) => setChoice(event.target.value)}
            onKeyDown={onPickerKeyDown}
          >
            <option value="" disabled>
              {empty ? s.nothingLeft : s.choose}
            </option>
            {groups.map((group) => (
              <optgroup key={group.stage.id} label={group.stage.name}>
                {group.touchpoints.map((tp) => (
                  <option key={tp.id} value={tp.id}>
                    {tp.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="button" className="insp-add" disabled={!chosen} onClick={add}>
            {s.add}
          </button>
        </div>
        <p className="insp-hint" id={hintId}>
          {s.shortcut}
        </p>
      </div>
      <p className="insp-visually-hidden" role="status">
        {status}
      </p>
    </Section>
  );
});
