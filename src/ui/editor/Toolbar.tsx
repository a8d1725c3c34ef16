// The editor's top bar: back to the maps, the map's title, undo/redo, add, panels, save state.
import { AlignVerticalDistributeStart, ChevronLeft, Copy, Plus, Redo2, Settings2, Trash2, Undo2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { t } from '../../i18n/en';
import { useEditor, useHistoryCounts, useMapSelector, useUi } from '../../store/context';
import { addStageAtEnd, addTouchpointInStage, arrangeWholeMap, deleteSelection, duplicateSelection } from '../../store/commands';
import { ExportMenu } from '../io/ExportMenu';
import { ShareLiveButton } from './ShareLive';
import { AuditButton } from '../audit/AuditButton';
import { WorkshopControls } from '../workshop/WorkshopControls';

export function Toolbar({ saveStatus }: { saveStatus: ReactNode }) {
  const stores = useEditor();
  const { doc, ui } = stores;
  const title = useMapSelector((m) => m.title);
  const persona = useMapSelector((m) => m.persona?.name);
  const { canUndo, canRedo } = useHistoryCounts();
  const panel = useUi((s) => s.panel);
  const hasSelection = useUi((s) => s.selectedTouchpoints.size + s.selectedConnections.size > 0);
  return (
    <header className="toolbar">
      <a className="button ghost" href="#/" aria-label={t.toolbar.library} title={t.toolbar.library}>
        <ChevronLeft size={16} aria-hidden className="flip-in-rtl" /> <span aria-hidden>{t.toolbar.libraryShort}</span>
      </a>
      <div className="toolbar-heading">
        <h1 className="toolbar-title" dir="auto" title={title}>{title}</h1>
        {persona && <p className="toolbar-persona" dir="auto" title={persona}>{t.toolbar.persona(persona)}</p>}
      </div>
      <div className="toolbar-group" role="group" aria-label={t.toolbar.history}>
        <button type="button" className="icon" aria-label={t.toolbar.undo} title={`${t.toolbar.undo} (Ctrl+Z)`} disabled={!canUndo} onClick={doc.undo}>
          <Undo2 size={18} aria-hidden className="flip-in-rtl" />
        </button>
        <button type="button" className="icon" aria-label={t.toolbar.redo} title={`${t.toolbar.redo} (Ctrl+Shift+Z)`} disabled={!canRedo} onClick={doc.redo}>
          <Redo2 size={18} aria-hidden className="flip-in-rtl" />
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" aria-label={t.toolbar.addTouchpoint} title={t.toolbar.addTouchpoint} onClick={() => addTouchpointInStage(stores)}>
          <Plus size={16} aria-hidden /> <span aria-hidden>{t.toolbar.addTouchpointShort}</span>
        </button>
        <button type="button" aria-label={t.toolbar.addStage} title={t.toolbar.addStage} onClick={() => addStageAtEnd(stores)}>
          <Plus size={16} aria-hidden /> <span aria-hidden>{t.toolbar.addStageShort}</span>
        </button>
        <button type="button" className="tb-secondary" aria-label={t.toolbar.arrangeMap} title={t.toolbar.arrangeMapHint} onClick={() => arrangeWholeMap(stores)}>
          <AlignVerticalDistributeStart size={16} aria-hidden /> <span aria-hidden>{t.toolbar.arrangeMapShort}</span>
        </button>
        <button type="button" className="icon" aria-label={t.toolbar.duplicate} title={`${t.toolbar.duplicate} (Ctrl+D)`} disabled={!hasSelection} onClick={() => duplicateSelection(stores)}>
          <Copy size={16} aria-hidden />
        </button>
        <button type="button" className="icon" aria-label={t.toolbar.delete} title={`${t.toolbar.delete} (Delete)`} disabled={!hasSelection} onClick={() => deleteSelection(stores)}>
          <Trash2 size={16} aria-hidden />
        </button>
      </div>
      <WorkshopControls />
      <div className="toolbar-spacer" />
      {saveStatus}
      <AuditButton />
      <button type="button" className="tb-secondary" aria-label={t.toolbar.mapPanel} title={t.toolbar.mapPanel} aria-pressed={panel === 'map'} onClick={() => ui.setState({ panel: panel === 'map' ? null : 'map' })}>
        <Settings2 size={16} aria-hidden /> <span aria-hidden>{t.toolbar.mapPanelShort}</span>
      </button>
      <ShareLiveButton />
      <ExportMenu />
    </header>
  );
}
