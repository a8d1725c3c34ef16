// The last step before a map is gone: a confirmation that names the map and what it holds.
import { t } from '../../i18n/en';
import type { MapSummary } from '../../model/maps';
import { ConfirmDialog } from '../common/ConfirmDialog';

type Props = { map: MapSummary; busy: boolean; onConfirm: () => void; onCancel: () => void };

export function ConfirmDeleteDialog({ map, busy, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog
      title={t.library.confirmDeleteTitle(map.title)}
      confirmLabel={t.common.delete}
      busy={busy}
      busyLabel={t.library.deleting}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t.library.confirmDeleteBody(map.touchpointCount)}</p>
    </ConfirmDialog>
  );
}
