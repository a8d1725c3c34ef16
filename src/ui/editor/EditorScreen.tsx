// Opens one map: loads it (through the same validation as an import), builds fresh stores
// for it, and lays out toolbar, canvas and side panel.
import { X } from 'lucide-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { takeMapLoad } from '../../app/mapLoads';
import { JourneyCanvas } from '../../canvas/JourneyCanvas';
import { LiveDragContext } from '../../canvas/liveDrag';
import { t } from '../../i18n/en';
import type { Repository } from '../../persistence/repository';
import { describeStorageError } from '../../persistence/storageErrors';
import { EditorProvider, useEditor, useUi, type EditorStores } from '../../store/context';
import { clearSelection } from '../../store/uiStore';
import { openLoadedMap } from './openLoadedMap';
import { AuditPanel } from '../audit/AuditPanel';
import { Inspector } from '../inspector/Inspector';
import { LeaveUnsavedDialog, useLeaveUnsaved } from './LeaveUnsaved';
import { MapPanel } from './MapPanel';
import { Notice } from './Notice';
import { SaveStatus } from './SaveStatus';
import { Toolbar } from './Toolbar';
import { useDocPersistence } from './useDocPersistence';
import { LiveStatus } from './LiveStatus';
import { PresenceStyles } from './PresenceStyles';
import { LiveShareContext, useLiveShare } from './useLiveShare';
import { HistoryContext, useHistoryRecorder } from './HistoryContext';
import { useSelectionFollowsMap } from './useSelectionFollowsMap';
import { useDoubleClickGuard } from './useDoubleClickGuard';
import { useShortcuts } from './useShortcuts';
import { StageHeader } from '../workshop/StageHeader';
import { useWorkshopKeys } from '../workshop/useWorkshopKeys';
import { WorkshopPanel } from '../workshop/WorkshopPanel';
import './editor.css';
import '../workshop/workshop.css';

type Opened = { stores: EditorStores; mapId: string; storedUpdates: number; changedOnOpen: Uint8Array[]; storedBeforeRepair: Uint8Array | null };
type Loading = { state: 'loading' } | { state: 'failed'; message: string; details: string[] } | ({ state: 'ready' } & Opened);

function Editor({ repository, opened }: { repository: Repository; opened: Opened }) {
  const stores = useEditor();
  const panel = useUi((s) => s.panel);
  // With the audit open, a selected touchpoint's details show beside it.
  const single = useUi((s) => s.selectedTouchpoints.size === 1);
  const presenting = useUi((s) => s.presenting);
  const { status, retry } = useDocPersistence(stores.doc, repository, opened);
  const leave = useLeaveUnsaved(status);
  const live = useLiveShare(stores, opened.mapId);
  const history = useHistoryRecorder(stores, repository, opened);
  useSelectionFollowsMap(stores);
  const body = useRef<HTMLElement>(null);
  useDoubleClickGuard(body);
  useShortcuts(stores);
  useWorkshopKeys(stores);
  return (
    <LiveShareContext.Provider value={live}>
    <LiveDragContext.Provider value={live.drag}>
    <HistoryContext.Provider value={history}>
    <div className={`editor${presenting ? ' is-presenting' : ''}`}>
      {presenting ? <StageHeader /> : <Toolbar saveStatus={<><SaveStatus status={status} onRetry={retry} /><LiveStatus /></>} />}
      {presenting && status.state === 'failed' && <SaveStatus status={status} onRetry={retry} />}
      <main className="editor-body" ref={body}>
        <div className="editor-canvas">
          <JourneyCanvas />
        </div>
        {panel === 'audit' && single && (
          <aside className="side-panel">
            <button type="button" className="icon side-panel-close" aria-label={t.audit.closeInspector} title={t.audit.closeInspector} onClick={() => clearSelection(stores.ui)}>
              <X size={18} aria-hidden />
            </button>
            <Inspector />
          </aside>
        )}
        {panel && (
          <aside className={`side-panel${panel === 'audit' ? ' side-panel-audit' : ''}`}>
            <button type="button" className="icon side-panel-close" aria-label={t.toolbar.closePanel} title={t.toolbar.closePanel} onClick={() => stores.ui.setState({ panel: panel === 'audit' && single ? 'inspector' : null })}>
              <X size={18} aria-hidden />
            </button>
            {panel === 'inspector' ? <Inspector /> : panel === 'map' ? <MapPanel /> : panel === 'votes' ? <WorkshopPanel /> : <AuditPanel />}
          </aside>
        )}
      </main>
      <Notice />
      {leave.leavingTo !== null && <LeaveUnsavedDialog to={leave.leavingTo} map={stores.doc.store} onStay={leave.stay} />}
      <PresenceStyles />
    </div>
    </HistoryContext.Provider>
    </LiveDragContext.Provider>
    </LiveShareContext.Provider>
  );
}

export function EditorScreen({ mapId, repository }: { mapId: string; repository: Repository }) {
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoading({ state: 'loading' });
    takeMapLoad(repository, mapId).then(
      (loaded) => {
        if (!current) return;
        if (!loaded) return setLoading({ state: 'failed', message: t.editor.notFound, details: [] });
        const opened = openLoadedMap(loaded.doc);
        if (!opened.ok) return setLoading({ state: 'failed', message: t.editor.invalidStored, details: opened.details });
        setLoading({ state: 'ready', stores: opened.stores, changedOnOpen: opened.changedOnOpen, storedBeforeRepair: opened.storedBeforeRepair, mapId, storedUpdates: loaded.updateCount });
      },
      (error: unknown) => current && setLoading({ state: 'failed', message: t.storage.loadFailed(describeStorageError(error).message), details: [] }),
    );
    return () => {
      current = false;
    };
  }, [mapId, repository]);

  if (loading.state === 'loading') return <p className="screen-message">{t.app.loading}</p>;
  if (loading.state === 'failed') {
    return (
      <div className="screen-message" role="alert">
        <p>{loading.message}</p>
        {loading.details.length > 0 && <ul>{loading.details.map((d) => <li key={d}>{d}</li>)}</ul>}
        <a href="#/">{t.toolbar.library}</a>
      </div>
    );
  }
  return <OpenEditor repository={repository} opened={loading} />;
}

/** The editor while the map exists; a map deleted in another tab closes with a message. */
function OpenEditor({ repository, opened }: { repository: Repository; opened: Opened }) {
  const exists = useLiveQuery(async () => (await repository.db.headers.get(opened.mapId)) !== undefined, [repository, opened.mapId]);
  if (exists === false) {
    return (
      <div className="screen-message" role="alert">
        <p>{t.editor.deletedElsewhere}</p>
        <a href="#/">{t.toolbar.library}</a>
      </div>
    );
  }
  return (
    <EditorProvider stores={opened.stores}>
      <Editor repository={repository} opened={opened} />
    </EditorProvider>
  );
}

/** Joining a map shared live: loaded with the editor (the collaboration provider lives here). */
export { JoinLive } from './JoinLive';
