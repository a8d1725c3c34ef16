// "Reset votes": asks first, then clears every vote on the map as one edit (one undo step).
import { RotateCcw } from 'lucide-react';
import { useMemo, useState } from 'react';
import { t } from '../../i18n/en';
import { useEditor, useMapSelector } from '../../store/context';
import { voteTotals } from '../../workshop/votes';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { resetVotes } from '../../store/commands';

export function ResetVotes() {
  const stores = useEditor();
  const touchpoints = useMapSelector((m) => m.touchpoints);
  const totals = useMemo(() => voteTotals({ touchpoints }), [touchpoints]);
  const [asking, setAsking] = useState(false);
  const none = totals.votes === 0;
  return (
    <>
      <button type="button" className="reset-votes" disabled={none} title={none ? t.workshop.resetVotesNone : undefined} onClick={() => setAsking(true)}>
        <RotateCcw size={18} aria-hidden /> {t.workshop.resetVotes}
      </button>
      {asking && (
        <ConfirmDialog
          title={t.workshop.resetVotesTitle}
          confirmLabel={t.workshop.resetVotes}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            resetVotes(stores);
          }}
        >
          <p>{t.workshop.resetVotesBody(totals.votes, totals.touchpoints)}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
