/// <reference types="vite-plugin-pwa/react" />
// "A new version is ready": the service worker (vite-plugin-pwa, registerType 'prompt') has
// installed a new build and waits. Reload hands over to it and reloads every tab of the app;
// Later hides the banner until the next start. Non-modal: the work goes on underneath.
import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { t } from '../i18n/en';
import './updatePrompt.css';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function UpdateBanner({ onReload, onLater }: { onReload: () => void; onLater: () => void }) {
  return (
    <div className="update-prompt" role="status">
      <span>{t.app.updateAvailable}</span>
      <span className="update-prompt-actions">
        <button type="button" className="primary" onClick={onReload}>{t.app.updateReload}</button>
        <button type="button" onClick={onLater}>{t.app.updateLater}</button>
      </span>
    </div>
  );
}

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // Registered once the page has loaded, so installing does not compete with starting.
    immediate: false,
    // A tab left open for a workshop day still hears of a new version.
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });
  // "Later" holds for the rest of this page's life: the service worker may announce the same
  // waiting version again (a second update check), and the banner must not come back for it.
  const [later, setLater] = useState(false);
  if (!needRefresh || later) return null;
  return (
    <UpdateBanner
      onReload={() => void updateServiceWorker(true)}
      onLater={() => {
        setLater(true);
        setNeedRefresh(false);
      }}
    />
  );
}
