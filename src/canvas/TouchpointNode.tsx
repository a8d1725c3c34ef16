// A touchpoint card: title, channel, emotion, and badges for friction, trust breaks,
// expectation messages and votes. Memoised: it re-renders only when its touchpoint changes or
// the zoom crosses a band. Far out it is a block tinted by its emotion with its title; in the
// middle band the card without icons; near, the whole card. Vote buttons exist only while voting.
import { Handle, type NodeProps } from '@xyflow/react';
import { AlertTriangle, MessageSquareQuote, ThumbsUp, Unlink } from 'lucide-react';
import { memo } from 'react';
import { t } from '../i18n/en';
import { CHANNEL_ICONS } from './channelIcons';
import { EMOTION_FACES, EMOTION_TINTS } from './emotion';
import type { TouchpointNode as TouchpointNodeType } from './flowAdapters';
import { AuditMark } from './AuditMark';
import { useFlowDirection } from './flowDirection';
import { handleSides } from './flowMirror';
import { countRender } from './renderCount';
import { VoteButtons } from './VoteButtons';
import { useUi } from '../store/context';
import { useZoomBand } from './useZoomBand';
import { useLocale } from '../i18n/locale';
import { formatNumber } from '../i18n/format';

function TouchpointNodeView({ data, selected }: NodeProps<TouchpointNodeType>) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  countRender('touchpoint');
  const { touchpoint, audit } = data;
  const ChannelIcon = CHANNEL_ICONS[touchpoint.channel];
  const emotion = touchpoint.emotion === undefined ? undefined : String(touchpoint.emotion);
  const highFriction = touchpoint.friction.some((f) => f.severity === 'high');
  const band = useZoomBand();
  const voting = useUi((state) => state.voting);
  // A journey running right to left comes in on the right and goes out on the left; the card's
  // own layout (channel, emotion, badges) follows it too. Its title keeps dir="auto".
  const direction = useFlowDirection();
  const sides = handleSides(direction);
  const icons = band === 'near';
  const className = `tp-node tp-${band}${selected ? ' is-selected' : ''}${audit?.dimmed ? ' is-dimmed' : ''}`;
  const lensData = {
    // Read by the lenses and the stage walk (CSS only, see workshop/lensCss.ts).
    'data-stage-id': touchpoint.stageId,
    'data-channel': touchpoint.channel,
    'data-pillars': touchpoint.pillars.join(' '),
    'data-friction': touchpoint.friction.length > 0 || undefined,
    'data-trust': touchpoint.trustBreaks.length > 0 || undefined,
    'data-expectations': touchpoint.expectations.length > 0 || undefined,
  };
  if (band === 'far') {
    // Four elements with React Flow's own: the block, its title as text, and the two handles
    // that its arrows need.
    return (
      <div
        className={`${className}${highFriction ? ' is-high-friction' : ''}${audit && audit.kinds.length > 0 ? ' has-findings' : ''}`}
        data-testid="touchpoint"
        data-touchpoint-id={touchpoint.id}
        {...lensData}
        style={{ background: emotion ? EMOTION_TINTS[emotion] : undefined }}
        dir="auto"
      >
        <Handle type="target" position={sides.target} className="tp-handle" />
        {touchpoint.title}
        <Handle type="source" position={sides.source} className="tp-handle" />
      </div>
    );
  }
  return (
    <div
      className={className}
      data-testid="touchpoint"
      data-touchpoint-id={touchpoint.id}
      {...lensData}
      dir={direction}
    >
      <Handle type="target" position={sides.target} className="tp-handle" />
      {audit && audit.kinds.length > 0 ? <AuditMark kinds={audit.kinds} /> : null}
      <div className="tp-head">
        <span className="tp-channel" title={t.channels[touchpoint.channel]}>
          {icons && <ChannelIcon size={14} aria-hidden />}
          <span>{t.channels[touchpoint.channel]}</span>
        </span>
        <span
          className="tp-emotion"
          style={{ background: emotion ? EMOTION_TINTS[emotion] : undefined }}
          role="img"
          aria-label={emotion ? t.emotions[emotion] : t.emotionUnset}
          title={emotion ? t.emotions[emotion] : t.emotionUnset}
        >
          {emotion ? EMOTION_FACES[emotion] : '·'}
        </span>
      </div>
      <div className="tp-title" dir="auto">{touchpoint.title}</div>
      <div className="tp-badges">
        {touchpoint.friction.length > 0 && (
          <span className={`tp-badge tp-badge-friction${highFriction ? ' is-high' : ''}`} title={t.canvas.frictionBadge(touchpoint.friction.length)} aria-label={t.canvas.frictionBadge(touchpoint.friction.length)}>
            {icons && <AlertTriangle size={13} aria-hidden />}
            {formatNumber(touchpoint.friction.length)}
            {highFriction && <strong aria-hidden>!</strong>}
          </span>
        )}
        {touchpoint.trustBreaks.length > 0 && (
          <span className="tp-badge tp-badge-trust" title={t.canvas.trustBadge(touchpoint.trustBreaks.length)} aria-label={t.canvas.trustBadge(touchpoint.trustBreaks.length)}>
            {icons && <Unlink size={13} aria-hidden />}
            {formatNumber(touchpoint.trustBreaks.length)}
          </span>
        )}
        {touchpoint.expectations.length > 0 && (
          <span className="tp-badge tp-badge-expectation" title={t.canvas.expectationBadge(touchpoint.expectations.length)} aria-label={t.canvas.expectationBadge(touchpoint.expectations.length)}>
            {icons && <MessageSquareQuote size={13} aria-hidden />}
            {formatNumber(touchpoint.expectations.length)}
          </span>
        )}
        {(touchpoint.votes ?? 0) > 0 && (
          <span className="tp-badge tp-badge-votes" title={t.canvas.votesBadge(touchpoint.votes ?? 0)} aria-label={t.canvas.votesBadge(touchpoint.votes ?? 0)}>
            {icons && <ThumbsUp size={13} aria-hidden />}
            {formatNumber(touchpoint.votes ?? 0)}
          </span>
        )}
      </div>
      {voting && <VoteButtons touchpointId={touchpoint.id} title={touchpoint.title} />}
      <Handle type="source" position={sides.source} className="tp-handle" />
    </div>
  );
}

export const TouchpointNode = memo(TouchpointNodeView);
