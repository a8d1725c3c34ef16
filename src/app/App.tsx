import { EditorScreen } from '../ui/editor/EditorScreen';
import { MapsLibrary } from '../ui/library/MapsLibrary';
import { ErrorBoundary } from './ErrorBoundary';
import { repository } from './services';
import { mapHref, useHashRoute } from './useHashRoute';

export function App() {
  const route = useHashRoute();
  return (
    <ErrorBoundary>
      {route.screen === 'map' ? (
        <EditorScreen key={route.mapId} mapId={route.mapId} repository={repository} />
      ) : (
        <MapsLibrary repository={repository} onOpen={(id) => (window.location.hash = mapHref(id))} />
      )}
    </ErrorBoundary>
  );
}
