import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadEditor } from './app/editorModule';
import { startLocale } from './i18n/runtime';
import './app/app.css';

// The remembered or the browser's language, loaded before the first render (English if it cannot load).
await startLocale();

// Opening straight onto a map: fetch the editor first, so it renders without a fallback.
if (window.location.hash.startsWith('#/map/')) await loadEditor().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
