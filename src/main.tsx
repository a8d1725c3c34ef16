import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadEditor } from './app/editorModule';
import './app/app.css';

// Opening straight onto a map: fetch the editor first, so it renders without a fallback.
if (window.location.hash.startsWith('#/map/')) await loadEditor().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
