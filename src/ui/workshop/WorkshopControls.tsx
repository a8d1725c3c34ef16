// The workshop's entries in the toolbar: present, the lens, and the votes-and-legend panel.
import { Presentation, Vote } from 'lucide-react';
import { t } from '../../i18n/en';
import { useEditor, useUi } from '../../store/context';
import { LensSelect } from './LensSelect';
import { enterPresent } from './workshopActions';

export function WorkshopControls() {
  const stores = useEditor();
  const panel = useUi((s) => s.panel);
  return (
    <div className="toolbar-group">
      <button type="button" title={t.workshop.presentHint} onClick={() => enterPresent(stores)}>
        <Presentation size={16} aria-hidden /> {t.workshop.present}
      </button>
      <LensSelect />
      <button type="button" className="tb-secondary" aria-label={t.workshop.workshopPanel} title={t.workshop.workshopPanel} aria-pressed={panel === 'votes'} onClick={() => stores.ui.setState({ panel: panel === 'votes' ? null : 'votes' })}>
        <Vote size={16} aria-hidden /> <span aria-hidden>{t.workshop.workshopPanelShort}</span>
      </button>
    </div>
  );
}
