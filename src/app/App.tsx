import { lazy, Suspense, useEffect, useState } from 'react';
import { t } from '../i18n/en';
import { ImportController } from '../ui/io/ImportController';
import { MapsLibrary } from '../ui/library/MapsLibrary';
import { ErrorBoundary } from './ErrorBoundary';
import { loadEditor, loadedEditor } from './editorModule';
import { prefetchMap } from './mapLoads';
import { repository } from './services';
import { mapHref, useHashRoute } from './useHashRoute';

// The editor (React Flow, the inspector) is the larger part of the app: it loads on demand,
// so the maps library starts fast, and is fetched in the background once the library is up.
const LazyEditorScreen = lazy(() => loadEditor().then((module) => ({ default: module.EditorScreen })));

function usePrefetchEditor() {
  useEffect(() => {
    const id = setTimeout(() => void loadEditor(), 1500);
    return () => clearTimeout(id);
  }, []);
}

const openMap = (id: string) => {
  window.location.hash = mapHref(id);
};

export function App() {
  const route = useHashRoute();
  usePrefetchEditor();
  // Only for the map the app starts on: later opens read when the editor mounts.
  useState(() => route.screen === 'map' && prefetchMap(repository, route.mapId));
  const EditorScreen = loadedEditor()?.EditorScreen ?? LazyEditorScreen;
  return (
    <ErrorBoundary>
      {/* Import works on every screen: drop a file anywhere; paste JSON on the library. */}
      <ImportController repository={repository} onOpen={openMap} pasteEnabled={route.screen === 'library'}>
        {route.screen === 'map' ? (
          <Suspense fallback={<p className="screen-message">{t.app.loading}</p>}>
            <EditorScreen key={route.mapId} mapId={route.mapId} repository={repository} />
          </Suspense>
        ) : (
          <MapsLibrary repository={repository} onOpen={openMap} />
        )}
      </ImportController>
    </ErrorBoundary>
  );
}
