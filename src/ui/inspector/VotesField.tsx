import { memo } from 'react';
import { Minus, Plus } from 'lucide-react';
import { t } from '../../i18n/en';
import { useTouchpointEditor } from './context';
import { NumberField } from './fields';
import { useLocale } from '../../i18n/locale';

// Votes default to 0; 0 is stored as an absent field so exports stay clean.
const stored = (votes: number) => (votes === 0 ? undefined : votes);

export const VotesField = memo(function VotesField({ value }: { value: number }) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const editor = useTouchpointEditor();
  return (
    <NumberField
      className="insp-votes"
      label={t.inspector.votes}
      path="votes"
      value={value}
      wholeNumber
      required={t.inspector.wholeNumber}
      onCommit={(votes, group) => editor.patch({ votes: stored(votes ?? 0) }, group)}
      before={
        <button
          type="button"
          className="insp-icon-button"
          aria-label={t.inspector.removeVote}
          title={t.inspector.removeVote}
          disabled={value <= 0}
          onClick={() => editor.patch({ votes: stored(Math.max(0, value - 1)) })}
        >
          <Minus size={14} aria-hidden="true" />
        </button>
      }
      after={
        <button
          type="button"
          className="insp-icon-button"
          aria-label={t.inspector.addVote}
          title={t.inspector.addVote}
          onClick={() => editor.patch({ votes: value + 1 })}
        >
          <Plus size={14} aria-hidden="true" />
        </button>
      }
    />
  );
});
