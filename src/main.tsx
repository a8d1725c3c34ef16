import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadEditor } from './app/editorModule';
import { prefetchMap } from './app/mapLoads';
import { repository } from './app/services';
import { parseRoute } from './app/useHashRoute';
import { startLocale } from './i18n/runtime';
import './app/app.css';

// Opening straight onto a map: its read from IndexedDB, the editor's code and the language load
// side by side; the editor is here before the first render, so it renders without a fallback.
const start = parseRoute(window.location.hash);
if (start.screen === 'map') prefetchMap(repository, start.mapId);
const editor = start.screen === 'map' ? loadEditor().catch(() => undefined) : undefined;
// The remembered or the browser's language, loaded before the first render (English if it cannot load).
await startLocale();
await editor;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
