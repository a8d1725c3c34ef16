import { Legend } from './Legend';
import { VotesPanel } from './VotesPanel';

/** The side panel of the workshop: dot-voting results, then the legend. */
export function WorkshopPanel() {
  return (
    <div className="panel">
      <VotesPanel />
      <Legend />
    </div>
  );
}
