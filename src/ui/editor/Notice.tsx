// A short message about something the user tried (a refused action); it fades after a while.
import { useEffect } from 'react';
import { t } from '../../i18n/en';
import { useEditor, useUi } from '../../store/context';

const SHOW_MS = 6000;

export function Notice() {
  const { ui } = useEditor();
  const notice = useUi((s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => ui.setState({ notice: null }), SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice, ui]);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span>{notice}</span>
      <button type="button" aria-label={t.common.close} onClick={() => ui.setState({ notice: null })}>×</button>
    </div>
  );
}
