// Under the lanes, aligned with them: the stage summary strip (emotion, friction by severity,
// trust breaks, open actions, metrics) and the emotion curve with friction and trust-break
// markers. It lives in the canvas, so it pans and zooms with the map and is in the PNG export.
import type { NodeProps } from '@xyflow/react';
import { memo, useDeferredValue, useMemo } from 'react';
import { t } from '../i18n/en';
import { LANE_PADDING, LANE_WIDTH } from '../model/lanes';
import type { InsightsNode as InsightsNodeType } from './flowAdapters';
import { EMOTION_FACES } from './emotion';
import { useFlowDirection } from './flowDirection';
import { emotionCurve } from '../workshop/emotionCurve';
import { stageSummaries } from '../workshop/stageSummary';
import { useInterfaceDirection, useLocale } from '../i18n/locale';
import { formatNumber } from '../i18n/format';

// Low enough that a five-stage map with its strip and curve fits 1440×900 with titles at 13 px.
const CURVE_HEIGHT = 136;
/** Beyond this many rated touchpoints the curve is drawn as a line only: marks would overlap. */
const POINT_MARKS_UP_TO = 300;
const TOP = 28;
const BOTTOM = CURVE_HEIGHT - 24;
const yOf = (emotion: number) => TOP + ((2 - emotion) / 4) * (BOTTOM - TOP);

function formatStat(value: number): string {
  return formatNumber(value, { maximumFractionDigits: 1, minimumFractionDigits: Number.isInteger(value) ? 0 : 1 });
}

function InsightsNodeView({ data }: NodeProps<InsightsNodeType>) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  // Computed at low priority: a drop or a keystroke draws the cards first, the strip and the curve after.
  const { stages, touchpoints } = useDeferredValue(data);
  const summaries = useMemo(() => stageSummaries({ stages, touchpoints }), [stages, touchpoints]);
  const points = useMemo(() => emotionCurve({ stages, touchpoints }), [stages, touchpoints]);
  const width = stages.length * LANE_WIDTH;
  // Points are in stored (left-to-right) coordinates; the node starts at the first lane's left
  // edge, or, when the journey runs right to left, ends at the first lane's right edge (mirrored).
  // dir on the node lays the strip's cells out the same way, the first stage's at the start; the
  // figures in a cell are interface text, so they read in the interface's direction.
  const direction = useFlowDirection();
  const reading = useInterfaceDirection();
  const rtl = direction === 'rtl';
  const xOf = (x: number) => (rtl ? width - (x + LANE_PADDING) : x + LANE_PADDING);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${xOf(p.x).toFixed(1)},${yOf(p.emotion).toFixed(1)}`).join(' ');
  return (
    <div className="insights" style={{ width }} data-testid="insights" dir={direction}>
      <div className="insights-strip" role="table" aria-label={t.workshop.summaryLabel}>
        {summaries.map((summary, index) => (
          <div key={summary.stageId} className="insights-cell" role="row" style={{ width: LANE_WIDTH - 8 }} data-stage-id={summary.stageId} dir={reading}>
            <div className="insights-stage" dir="auto" role="rowheader">{stages[index]?.name}</div>
            <div role="cell" className="insights-figures">
              <span title={t.workshop.averageEmotion}>
                {summary.averageEmotion === null ? '–' : `${EMOTION_FACES[String(Math.round(summary.averageEmotion))]} ${formatStat(summary.averageEmotion)}`}
              </span>
              <span title={t.workshop.frictionBySeverity}>
                ⚠ {t.workshop.severityCounts(summary.friction.high, summary.friction.medium, summary.friction.low)}
              </span>
              <span title={t.workshop.trustBreaks}>⛓ {formatNumber(summary.trustBreaks)}</span>
              <span title={t.workshop.openActions}>✔ {t.workshop.openActionsShort(summary.openActions)}</span>
            </div>
            {Object.keys(summary.metrics).length > 0 && (
              <div role="cell" className="insights-metrics">
                {Object.entries(summary.metrics).map(([key, metric]) => (
                  <span key={key}>
                    {t.workshop.metricShort[key as keyof typeof t.workshop.metricShort]} {formatStat(metric.average)}
                    {metric.unit ? ` ${metric.unit}` : ''}
                  </span>
                ))}
              </div>
            )}
          </div>
        ))}
      </div>
      <figure className="insights-curve" aria-label={t.workshop.curveLabel}>
        <figcaption>{t.workshop.curveTitle}</figcaption>
        <svg width={width} height={CURVE_HEIGHT} role="img" aria-label={t.workshop.curveDescription(points.length)}>
          {[2, 0, -2].map((level) => (
            <g key={level}>
              <line x1={0} x2={width} y1={yOf(level)} y2={yOf(level)} className={level === 0 ? 'curve-zero' : 'curve-grid'} />
              <text x={rtl ? width - 6 : 6} y={yOf(level) - 4} className="curve-axis">{EMOTION_FACES[String(level)]}</text>
            </g>
          ))}
          {stages.map((stage, index) => index > 0 && <line key={stage.id} x1={index * LANE_WIDTH} x2={index * LANE_WIDTH} y1={0} y2={CURVE_HEIGHT} className="curve-grid" />)}
          <path d={path} className="curve-line" />
          {points.length <= POINT_MARKS_UP_TO && points.map((p) => (
            <g key={p.touchpointId} transform={`translate(${xOf(p.x)},${yOf(p.emotion)})`}>
              <title>{`${p.title}: ${t.emotions[String(p.emotion)]}`}</title>
              <circle r={6} className="curve-point" />
              {p.friction > 0 && <text y={-12} textAnchor="middle" className={`curve-marker${p.highFriction ? ' is-high' : ''}`}>▲</text>}
              {p.trustBreaks > 0 && <text y={22} textAnchor="middle" className="curve-marker is-trust">◆</text>}
            </g>
          ))}
        </svg>
      </figure>
    </div>
  );
}

export const InsightsNode = memo(InsightsNodeView);
