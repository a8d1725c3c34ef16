import { useEffect, useState, type ReactNode } from 'react';
import { t } from '../i18n/en';
import { useLocale } from '../i18n/locale';
import { ImportController } from '../ui/io/ImportController';
import { MapsLibrary } from '../ui/library/MapsLibrary';
import { ErrorBoundary } from './ErrorBoundary';
import { UpdatePrompt } from './UpdatePrompt';
import { loadEditor, loadedEditor, prefetchEditor, type EditorModule } from './editorModule';
import { repository } from './services';
import { mapHref, useHashRoute } from './useHashRoute';

// The editor (React Flow, the inspector) is the larger part of the app: it loads on demand,
// so the maps library starts fast, and is fetched in the background once the library is up.
function usePrefetchEditor() {
  useEffect(() => {
    const id = setTimeout(prefetchEditor, 1500);
    return () => clearTimeout(id);
  }, []);
}

type EditorLoad = { state: 'ready'; module: EditorModule } | { state: 'loading' } | { state: 'failed' };

/** The editor's code: rendered at once when it is already here; a failed load offers a retry. */
function useEditorModule(): [EditorLoad, () => void] {
  const [load, setLoad] = useState<EditorLoad>(() => {
    const module = loadedEditor();
    return module ? { state: 'ready', module } : { state: 'loading' };
  });
  useEffect(() => {
    if (load.state !== 'loading') return;
    let current = true;
    loadEditor().then(
      (module) => current && setLoad({ state: 'ready', module }),
      () => current && setLoad({ state: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [load.state]);
  return [load, () => setLoad({ state: 'loading' })];
}

/** Shows what the editor's code renders once it is here; meanwhile "loading", and a retry if it failed. */
function WithEditorCode({ render }: { render: (module: EditorModule) => ReactNode }) {
  const [load, retry] = useEditorModule();
  if (load.state === 'ready') return render(load.module);
  if (load.state === 'loading') return <p className="screen-message">{t.app.loading}</p>;
  return (
    <div className="screen-message" role="alert">
      <p>{t.app.editorLoadFailed}</p>
      <p>
        <button type="button" onClick={retry}>{t.app.retryLoad}</button> <a href="#/">{t.toolbar.library}</a>
      </p>
    </div>
  );
}

function EditorRoute({ mapId }: { mapId: string }) {
  return <WithEditorCode render={({ EditorScreen }) => <EditorScreen key={mapId} mapId={mapId} repository={repository} />} />;
}

/** A link to a map shared live: handled with the editor's code, which holds the collaboration provider. */
function JoinRoute({ query }: { query: string }) {
  return <WithEditorCode render={({ JoinLive }) => <JoinLive query={query} repository={repository} />} />;
}

/** An address that names no map (one that cannot even be decoded). */
function MapNotFound() {
  return (
    <div className="screen-message" role="alert">
      <p>{t.editor.notFound}</p>
      <a href="#/">{t.toolbar.library}</a>
    </div>
  );
}

const openMap = (id: string) => {
  window.location.hash = mapHref(id);
};

/** The screen the address names. Inside the error boundary: reading the address can fail too. */
function Screens() {
  const route = useHashRoute();
  usePrefetchEditor();
  return (
    // Import works on every screen: drop a file anywhere; paste JSON on the library.
    <ImportController repository={repository} onOpen={openMap} pasteEnabled={route.screen === 'library'}>
      {route.screen === 'map' ? <EditorRoute mapId={route.mapId} /> : route.screen === 'join' ? <JoinRoute query={route.query} /> : route.screen === 'not-found' ? <MapNotFound /> : <MapsLibrary repository={repository} onOpen={openMap} />}
    </ImportController>
  );
}

/** The tab's title in the interface language; the whole tree re-renders when the language changes. */
function useLanguage() {
  const locale = useLocale();
  useEffect(() => {
    document.title = `${t.app.name}${t.common.separator}${t.app.tagline}`;
  }, [locale]);
}

export function App() {
  useLanguage();
  return (
    <>
      <ErrorBoundary>
        <Screens />
      </ErrorBoundary>
      {/* Outside the boundary: a new version is offered even when this one has failed. */}
      <UpdatePrompt />
    </>
  );
}
