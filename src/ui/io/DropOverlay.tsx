// Shown over the whole app while files are dragged over it. It takes no pointer events, so the
// drop lands on the window's handler wherever it happens.
import { FileDown } from 'lucide-react';
import { t } from '../../i18n/en';

export function DropOverlay() {
  return (
    <div className="io-drop-overlay" data-testid="drop-overlay">
      <div className="io-drop-box">
        <FileDown size={40} aria-hidden />
        <p className="io-drop-title">{t.io.drop.title}</p>
        <p className="io-drop-body">{t.io.drop.body}</p>
      </div>
    </div>
  );
}
