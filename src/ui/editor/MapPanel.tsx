// The map's own fields: title, description and persona, then its stages.
import { useState } from 'react';
import { t } from '../../i18n/en';
import { updateMapInfo } from '../../model/maps';
import type { JourneyMap } from '../../model/schema';
import { setFlow } from '../../store/commands';
import { useEditor, useMapSelector } from '../../store/context';
import { useGroupedEdit } from '../common/useGroupedEdit';
import { StagesPanel } from './StagesPanel';
import { HistoryButton } from './HistoryDialog';
import { LanguagePicker } from '../common/LanguagePicker';

function TitleField() {
  const title = useMapSelector((m) => m.title);
  const { edit, done } = useGroupedEdit('map:title');
  const [draft, setDraft] = useState(title);
  const [seen, setSeen] = useState(title);
  if (seen !== title) {
    setSeen(title);
    setDraft(title);
  }
  return (
    <label className="field">
      <span>{t.mapPanel.title}</span>
      <input
        dir="auto"
        value={draft}
        maxLength={300}
        aria-invalid={draft.trim() === ''}
        onChange={(e) => {
          setDraft(e.target.value);
          const value = e.target.value.trim();
          if (value) edit((m) => updateMapInfo(m, { title: value }));
        }}
        onBlur={() => {
          done();
          setDraft(title);
        }}
      />
      {draft.trim() === '' && <small className="field-error" role="alert">{t.mapPanel.titleRequired}</small>}
    </label>
  );
}

/** Which way the stages run: a view of the map, the stored positions stay left to right. */
function FlowField() {
  const stores = useEditor();
  const flow = useMapSelector((m) => m.flow);
  return (
    <label className="field">
      <span>{t.mapPanel.flow}</span>
      <select
        value={flow ?? 'auto'}
        onChange={(e) => {
          const value = e.target.value === 'auto' ? undefined : (e.target.value as JourneyMap['flow']);
          setFlow(stores, value);
        }}
      >
        <option value="auto">{t.mapPanel.flowAuto}</option>
        <option value="ltr">{t.mapPanel.flowLtr}</option>
        <option value="rtl">{t.mapPanel.flowRtl}</option>
      </select>
    </label>
  );
}

export function MapPanel() {
  const description = useMapSelector((m) => m.description ?? '');
  const persona = useMapSelector((m) => m.persona);
  const describe = useGroupedEdit('map:description');
  const personaName = useGroupedEdit('map:persona:name');
  const personaDescription = useGroupedEdit('map:persona:description');
  return (
    <div className="panel" aria-label={t.mapPanel.heading}>
      <section className="panel-section">
        <h3>{t.mapPanel.heading}</h3>
        <TitleField />
        <label className="field">
          <span>{t.mapPanel.description}</span>
          <textarea dir="auto" rows={3} maxLength={10000} value={description} onChange={(e) => describe.edit((m) => updateMapInfo(m, { description: e.target.value }))} onBlur={describe.done} />
        </label>
        <label className="field">
          <span>{t.mapPanel.personaName}</span>
          <input
            dir="auto"
            maxLength={300}
            placeholder={t.mapPanel.personaPlaceholder}
            value={persona?.name ?? ''}
            onChange={(e) => {
              const name = e.target.value;
              // FORMAT.md requires a persona to have a name: clearing it removes an empty persona,
              // and otherwise keeps the stored one until a new name is typed.
              personaName.edit((m) => {
                if (name.trim()) return updateMapInfo(m, { persona: { ...m.persona, name } });
                return m.persona?.description ? m : updateMapInfo(m, { persona: undefined });
              });
            }}
            onBlur={personaName.done}
          />
        </label>
        <label className="field">
          <span>{t.mapPanel.personaDescription}</span>
          <textarea
            dir="auto"
            rows={2}
            maxLength={10000}
            value={persona?.description ?? ''}
            disabled={!persona}
            onChange={(e) => personaDescription.edit((m) => (m.persona ? updateMapInfo(m, { persona: { name: m.persona.name, description: e.target.value } }) : m))}
            onBlur={personaDescription.done}
          />
        </label>
        <FlowField />
        {/* The interface language: here rather than in the toolbar, which is full at 1440 px. */}
        <LanguagePicker field />
        <HistoryButton />
      </section>
      <StagesPanel />
    </div>
  );
}
