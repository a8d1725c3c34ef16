// What every badge, face and colour on the canvas means. Shapes and words carry the meaning;
// colour only repeats it, so the map reads the same for colour-blind viewers.
import { AlertTriangle, MessageSquareQuote, ThumbsUp, Unlink } from 'lucide-react';
import { EMOTION_FACES } from '../../canvas/emotion';
import { t } from '../../i18n/en';

export function Legend() {
  return (
    <section className="panel-section legend" aria-labelledby="legend-heading">
      <h3 id="legend-heading">{t.workshop.legend}</h3>
      <ul>
        <li><span className="tp-badge tp-badge-friction"><AlertTriangle size={13} aria-hidden />2</span> {t.workshop.legendFriction}</li>
        <li><span className="tp-badge tp-badge-friction is-high"><AlertTriangle size={13} aria-hidden />1<strong>!</strong></span> {t.workshop.legendHighFriction}</li>
        <li><span className="tp-badge tp-badge-trust"><Unlink size={13} aria-hidden />1</span> {t.workshop.legendTrust}</li>
        <li><span className="tp-badge tp-badge-expectation"><MessageSquareQuote size={13} aria-hidden />1</span> {t.workshop.legendExpectations}</li>
        <li><span className="tp-badge tp-badge-votes"><ThumbsUp size={13} aria-hidden />3</span> {t.workshop.legendVotes}</li>
        {['-2', '-1', '0', '1', '2'].map((e) => (
          <li key={e}><span className="legend-face">{EMOTION_FACES[e]}</span> {t.emotions[e]}</li>
        ))}
        <li><span className="legend-lane" /> {t.workshop.legendLanes}</li>
        <li><span className="curve-legend">▲ ◆</span> {t.workshop.legendCurve}</li>
        <li><span className="legend-dim" /> {t.workshop.legendDimmed}</li>
      </ul>
    </section>
  );
}
