// Dot-voting on a card: + and −, shown only while dot-voting is on (by CSS on the canvas, so
// turning it on re-renders no card).
import { Minus, Plus } from 'lucide-react';
import { t } from '../i18n/en';
import { useEditor } from '../store/context';
import { vote } from '../store/commands';

export function VoteButtons({ touchpointId, title }: { touchpointId: string; title: string }) {
  const stores = useEditor();
  return (
    <div className="tp-vote nodrag">
      <button type="button" aria-label={t.workshop.removeVote(title)} title={t.workshop.removeVote(title)} onClick={() => vote(stores, touchpointId, -1)}>
        <Minus size={14} aria-hidden />
      </button>
      <button type="button" aria-label={t.workshop.addVote(title)} title={t.workshop.addVote(title)} onClick={() => vote(stores, touchpointId, 1)}>
        <Plus size={14} aria-hidden />
      </button>
    </div>
  );
}
