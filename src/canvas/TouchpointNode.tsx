// A touchpoint card: title, channel, emotion, and badges for friction, trust breaks,
// expectation messages and votes. Memoised: it re-renders only when its touchpoint changes.
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { AlertTriangle, MessageSquareQuote, ThumbsUp, Unlink } from 'lucide-react';
import { memo } from 'react';
import { t } from '../i18n/en';
import { CHANNEL_ICONS } from './channelIcons';
import { EMOTION_FACES, EMOTION_TINTS } from './emotion';
import type { TouchpointNode as TouchpointNodeType } from './flowAdapters';
import { AuditMark } from './AuditMark';
import { countRender } from './renderCount';
import { VoteButtons } from './VoteButtons';

function TouchpointNodeView({ data, selected }: NodeProps<TouchpointNodeType>) {
  countRender('touchpoint');
  const { touchpoint, audit } = data;
  const ChannelIcon = CHANNEL_ICONS[touchpoint.channel];
  const emotion = touchpoint.emotion === undefined ? undefined : String(touchpoint.emotion);
  const highFriction = touchpoint.friction.some((f) => f.severity === 'high');
  return (
    <div
      className={`tp-node${selected ? ' is-selected' : ''}${audit?.dimmed ? ' is-dimmed' : ''}`}
      data-testid="touchpoint"
      data-touchpoint-id={touchpoint.id}
      // Read by the lenses and the stage walk (CSS only, see workshop/lensCss.ts).
      data-stage-id={touchpoint.stageId}
      data-channel={touchpoint.channel}
      data-pillars={touchpoint.pillars.join(' ')}
      data-friction={touchpoint.friction.length > 0 || undefined}
      data-trust={touchpoint.trustBreaks.length > 0 || undefined}
      data-expectations={touchpoint.expectations.length > 0 || undefined}
    >
      <Handle type="target" position={Position.Left} className="tp-handle" />
      {audit && audit.kinds.length > 0 ? <AuditMark kinds={audit.kinds} /> : null}
      <div className="tp-head">
        <span className="tp-channel" title={t.channels[touchpoint.channel]}>
          <ChannelIcon size={14} aria-hidden />
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
            <AlertTriangle size={13} aria-hidden />
            {touchpoint.friction.length}
            {highFriction && <strong aria-hidden>!</strong>}
          </span>
        )}
        {touchpoint.trustBreaks.length > 0 && (
          <span className="tp-badge tp-badge-trust" title={t.canvas.trustBadge(touchpoint.trustBreaks.length)} aria-label={t.canvas.trustBadge(touchpoint.trustBreaks.length)}>
            <Unlink size={13} aria-hidden />
            {touchpoint.trustBreaks.length}
          </span>
        )}
        {touchpoint.expectations.length > 0 && (
          <span className="tp-badge tp-badge-expectation" title={t.canvas.expectationBadge(touchpoint.expectations.length)} aria-label={t.canvas.expectationBadge(touchpoint.expectations.length)}>
            <MessageSquareQuote size={13} aria-hidden />
            {touchpoint.expectations.length}
          </span>
        )}
        {(touchpoint.votes ?? 0) > 0 && (
          <span className="tp-badge tp-badge-votes" title={t.canvas.votesBadge(touchpoint.votes ?? 0)} aria-label={t.canvas.votesBadge(touchpoint.votes ?? 0)}>
            <ThumbsUp size={13} aria-hidden />
            {touchpoint.votes}
          </span>
        )}
      </div>
      <VoteButtons touchpointId={touchpoint.id} title={touchpoint.title} />
      <Handle type="source" position={Position.Right} className="tp-handle" />
    </div>
  );
}

export const TouchpointNode = memo(TouchpointNodeView);
