// What every badge, face, mark and colour on the canvas means. Shapes and words carry the meaning;
// colour only repeats it, so the map reads the same for colour-blind viewers.
import { AlertTriangle, MessageSquareQuote, ThumbsUp, Unlink } from 'lucide-react';
import { FINDING_KINDS } from '../../audit/types';
import { EMOTION_FACES } from '../../canvas/emotion';
import { t } from '../../i18n/en';
import { KIND_ICONS } from '../../canvas/findingIcons';

const EMOTIONS = ['-2', '-1', '0', '1', '2'];

export function Legend() {
  return (
    <section className="panel-section legend" aria-labelledby="legend-heading">
      <h3 id="legend-heading">{t.workshop.legend}</h3>
      <ul>
        <li><span className="legend-key"><span className="tp-badge tp-badge-friction"><AlertTriangle size={13} aria-hidden />2</span></span> {t.workshop.legendFriction}</li>
        <li><span className="legend-key"><span className="tp-badge tp-badge-friction is-high"><AlertTriangle size={13} aria-hidden />1<strong>!</strong></span></span> {t.workshop.legendHighFriction}</li>
        <li><span className="legend-key"><span className="tp-badge tp-badge-trust"><Unlink size={13} aria-hidden />1</span></span> {t.workshop.legendTrust}</li>
        <li><span className="legend-key"><span className="tp-badge tp-badge-expectation"><MessageSquareQuote size={13} aria-hidden />1</span></span> {t.workshop.legendExpectations}</li>
        <li><span className="legend-key"><span className="tp-badge tp-badge-votes"><ThumbsUp size={13} aria-hidden />3</span></span> {t.workshop.legendVotes}</li>
        <li>
          <span className="legend-faces">
            {EMOTIONS.map((e) => <span key={e} role="img" aria-label={t.emotions[e]} title={t.emotions[e]}>{EMOTION_FACES[e]}</span>)}
          </span>{' '}
          {t.workshop.legendEmotion}
        </li>
        <li><span className="legend-key"><span className="legend-lane" /></span> {t.workshop.legendLanes}</li>
        <li><span className="legend-key"><span className="curve-legend">▲ ◆</span></span> {t.workshop.legendCurve}</li>
        <li><span className="legend-key"><span className="legend-dim" /></span> {t.workshop.legendDimmed}</li>
      </ul>
      <h4 id="legend-audit-heading">{t.workshop.legendAudit}</h4>
      <ul aria-labelledby="legend-audit-heading">
        {FINDING_KINDS.map((kind) => {
          const Icon = KIND_ICONS[kind];
          return (
            <li key={kind}>
              <span className="legend-key"><span className="legend-audit"><Icon size={13} aria-hidden /></span></span> {t.workshop.legendAuditKind[kind]}
            </li>
          );
        })}
        <li><span className="legend-key"><span className="legend-dim is-audit" /></span> {t.workshop.legendAuditDimmed}</li>
      </ul>
    </section>
  );
}
