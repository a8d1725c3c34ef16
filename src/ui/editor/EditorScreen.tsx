// Opens one map: loads it (through the same validation as an import), builds fresh stores
// for it, and lays out toolbar, canvas and side panel.
import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { takeMapLoad } from '../../app/mapLoads';
import { JourneyCanvas } from '../../canvas/JourneyCanvas';
import { t } from '../../i18n/en';
import type { Repository } from '../../persistence/repository';
import { describeStorageError } from '../../persistence/storageErrors';
import { EditorProvider, useEditor, useUi, type EditorStores } from '../../store/context';
import { createMapDocument } from '../../store/mapStore';
import { createUiStore } from '../../store/uiStore';
import { Inspector } from '../inspector/Inspector';
import { describeImportError } from '../common/describeImportError';
import { MapPanel } from './MapPanel';
import { Notice } from './Notice';
import { SaveStatus } from './SaveStatus';
import { Toolbar } from './Toolbar';
import { useAutosave } from './useAutosave';
import { useShortcuts } from './useShortcuts';
import './editor.css';

type Loading = { state: 'loading' } | { state: 'failed'; message: string; details: string[] } | { state: 'ready'; stores: EditorStores };

function Editor({ repository }: { repository: Repository }) {
  const stores = useEditor();
  const panel = useUi((s) => s.panel);
  const { status, retry } = useAutosave(stores.doc.store, repository);
  useShortcuts(stores);
  return (
    <div className="editor">
      <Toolbar saveStatus={<SaveStatus status={status} onRetry={retry} />} />
      <main className="editor-body">
        <div className="editor-canvas">
          <JourneyCanvas />
        </div>
        {panel && (
          <aside className="side-panel">
            <button type="button" className="icon side-panel-close" aria-label={t.toolbar.closePanel} title={t.toolbar.closePanel} onClick={() => stores.ui.setState({ panel: null })}>
              <X size={18} aria-hidden />
            </button>
            {panel === 'inspector' ? <Inspector /> : <MapPanel />}
          </aside>
        )}
      </main>
      <Notice />
    </div>
  );
}

export function EditorScreen({ mapId, repository }: { mapId: string; repository: Repository }) {
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoading({ state: 'loading' });
    takeMapLoad(repository, mapId).then(
      (result) => {
        if (!current) return;
        if (result.ok) setLoading({ state: 'ready', stores: { doc: createMapDocument(result.value), ui: createUiStore() } });
        else if (result.error.kind === 'not-found') setLoading({ state: 'failed', message: t.editor.notFound, details: [] });
        else setLoading({ state: 'failed', message: t.editor.invalidStored, details: describeImportError(result.error) });
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
  return (
    <EditorProvider stores={loading.stores}>
      <Editor repository={repository} />
    </EditorProvider>
  );
}
