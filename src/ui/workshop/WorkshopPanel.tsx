import { Legend } from './Legend';
import { VotesPanel } from './VotesPanel';

/** The side panel of the workshop: dot-voting results, then the legend (side by side when presenting on a large screen). */
export function WorkshopPanel() {
  return (
    <div className="panel workshop-panel">
      <VotesPanel />
      <Legend />
    </div>
  );
}
