// Dot-voting on and off: while it is on, every card shows + and − vote buttons.
import { Vote } from 'lucide-react';
import { t } from '../../i18n/en';
import { useEditor, useUi } from '../../store/context';

export function VotingToggle() {
  const { ui } = useEditor();
  const voting = useUi((s) => s.voting);
  return (
    <button type="button" className="voting-toggle" aria-pressed={voting} title={t.workshop.votingToggleHint} onClick={() => ui.setState({ voting: !voting })}>
      <Vote size={18} aria-hidden /> {t.workshop.votingToggle}
    </button>
  );
}
