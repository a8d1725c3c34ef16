// The matrix of topics × touchpoints in journey order: what the customer is told at each step, and
// what they experienced. The side panel lists touchpoints down (it is narrow); the full page lays
// them across, like the canvas, under their stages. Only touchpoints with a message or an
// experience are shown; the findings list the silent ones.
import { useMemo, useState, type CSSProperties } from 'react';
import { amountText, messageKey, promiseAmountText, type Audit, type ExperienceResult, type TopicSummary } from '../../audit';
import { t } from '../../i18n/en';
import { stageColor } from '../../model/maps';
import type { Stage, Touchpoint } from '../../model/schema';
import { useAuditView } from './context';
import { KIND_ICONS } from '../../canvas/findingIcons';
import { JudgementWords, Verdict } from './Judgement';
import { TouchpointChip } from './TouchpointChip';

type Cell = { messages: number[]; experiences: ExperienceResult[] };
type Lane = { stage: Stage | undefined; index: number; touchpoints: Touchpoint[] };

function buildCells(audit: Audit) {
  const cells = new Map<string, Map<string, Cell>>();
  const cellOf = (touchpointId: string, topic: string): Cell => {
    let row = cells.get(touchpointId);
    if (!row) cells.set(touchpointId, (row = new Map()));
    let cell = row.get(topic);
    if (!cell) row.set(topic, (cell = { messages: [], experiences: [] }));
    return cell;
  };
  for (const topic of audit.topics) {
    for (const ref of topic.messages) cellOf(ref.touchpointId, topic.key).messages.push(ref.index);
    for (const result of topic.experiences) cellOf(result.touchpointId, topic.key).experiences.push(result);
  }
  return cells;
}

/** Consecutive touchpoints of one stage, for the stage headings. */
function lanesOf(touchpoints: readonly Touchpoint[], stages: readonly Stage[]): Lane[] {
  const index = new Map(stages.map((stage, i) => [stage.id, i]));
  const lanes: Lane[] = [];
  for (const touchpoint of touchpoints) {
    const last = lanes[lanes.length - 1];
    if (last && last.stage?.id === touchpoint.stageId) last.touchpoints.push(touchpoint);
    else {
      const i = index.get(touchpoint.stageId) ?? -1;
      lanes.push({ stage: stages[i], index: i, touchpoints: [touchpoint] });
    }
  }
  return lanes;
}

const laneStyle = (lane: Lane) => (lane.stage ? ({ '--stage-color': stageColor(lane.stage, lane.index) } as CSSProperties) : undefined);

export function MessageMatrix({ across, limit }: { across: boolean; limit: number }) {
  const { audit, map } = useAuditView();
  const [all, setAll] = useState(false);
  const cells = useMemo(() => buildCells(audit), [audit]);
  const speaking = useMemo(() => audit.order.filter((touchpoint) => cells.has(touchpoint.id)), [audit, cells]);
  if (audit.topics.length === 0) return <p className="audit-empty">{t.audit.noTopics}</p>;
  const shown = all ? speaking : speaking.slice(0, limit);
  const lanes = lanesOf(shown, map.stages);
  const quiet = audit.order.length - speaking.length;
  return (
    <div className="audit-matrix-block">
      <div className="audit-matrix-scroll" role="region" aria-label={t.audit.matrixLabel} tabIndex={0}>
        <table className={`audit-matrix ${across ? 'is-across' : 'is-down'}`}>
          <caption className="audit-sr">{t.audit.matrixLabel}</caption>
          {across ? <Across lanes={lanes} topics={audit.topics} cells={cells} /> : <Down lanes={lanes} topics={audit.topics} cells={cells} />}
        </table>
      </div>
      {speaking.length > shown.length ? (
        <button type="button" className="audit-more" onClick={() => setAll(true)}>
          {t.audit.showAll(speaking.length)}
        </button>
      ) : null}
      {quiet > 0 ? <p className="audit-muted audit-matrix-foot">{t.audit.notShown(quiet)}</p> : null}
    </div>
  );
}

type Props = { lanes: Lane[]; topics: TopicSummary[]; cells: Map<string, Map<string, Cell>> };

/** Touchpoints across (grouped under their stages), topics down. */
function Across({ lanes, topics, cells }: Props) {
  const touchpoints = lanes.flatMap((lane) => lane.touchpoints);
  return (
    <>
      <thead>
        <tr>
          <th scope="col" rowSpan={2} className="audit-matrix-corner">{t.audit.topicLabel}</th>
          {lanes.map((lane, i) => (
            <th key={i} scope="colgroup" colSpan={lane.touchpoints.length} className="audit-matrix-stage" style={laneStyle(lane)} dir="auto">
              {lane.stage?.name}
            </th>
          ))}
        </tr>
        <tr>
          {touchpoints.map((touchpoint) => (
            <th key={touchpoint.id} scope="col" className="audit-matrix-touchpoint">
              <TouchpointChip id={touchpoint.id} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {topics.map((topic) => (
          <tr key={topic.key}>
            <th scope="row" className="audit-matrix-topic">
              <span dir="auto">{topic.topic}</span>
            </th>
            {touchpoints.map((touchpoint) => (
              <td key={touchpoint.id}>
                <CellView touchpoint={touchpoint} cell={cells.get(touchpoint.id)?.get(topic.key)} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </>
  );
}

/** Touchpoints down (with a row per stage), topics across: fits the narrow side panel. */
function Down({ lanes, topics, cells }: Props) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col" className="audit-matrix-corner">{t.audit.matrixCorner}</th>
          {topics.map((topic) => (
            <th key={topic.key} scope="col" className="audit-matrix-topic" dir="auto">{topic.topic}</th>
          ))}
        </tr>
      </thead>
      {lanes.map((lane, i) => (
        <tbody key={i}>
          <tr>
            <th scope="colgroup" colSpan={topics.length + 1} className="audit-matrix-stage" style={laneStyle(lane)} dir="auto">
              {lane.stage?.name}
            </th>
          </tr>
          {lane.touchpoints.map((touchpoint) => (
            <tr key={touchpoint.id}>
              <th scope="row" className="audit-matrix-touchpoint">
                <TouchpointChip id={touchpoint.id} />
              </th>
              {topics.map((topic) => (
                <td key={topic.key}>
                  <CellView touchpoint={touchpoint} cell={cells.get(touchpoint.id)?.get(topic.key)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </>
  );
}

function CellView({ touchpoint, cell }: { touchpoint: Touchpoint; cell: Cell | undefined }) {
  const { audit } = useAuditView();
  if (!cell) {
    return (
      <span className="audit-cell-empty">
        <span aria-hidden>—</span>
        <span className="audit-sr">{t.audit.noMessage}</span>
      </span>
    );
  }
  const ConflictIcon = KIND_ICONS.conflict;
  const BrokenIcon = KIND_ICONS['broken-promise'];
  return (
    <div className="audit-cell">
      {cell.messages.map((index) => {
        const expectation = touchpoint.expectations[index];
        if (!expectation) return null;
        const key = messageKey(touchpoint.id, index);
        const conflict = audit.conflictByMessage.has(key);
        const broken = audit.brokenByMessage.has(key);
        const read = expectation.promise ? undefined : audit.readByMessage.get(key);
        return (
          <div key={`m${index}`} className={`audit-msg${conflict ? ' is-conflict' : ''}`}>
            <p dir="auto">{expectation.message}</p>
            {expectation.promise || read || conflict || broken ? (
              <div className="audit-msg-tags">
                {expectation.promise ? <span className="audit-promise" dir="auto" title={t.audit.better[expectation.promise.better]}>{amountText(expectation.promise)}</span> : null}
                {read?.map((promise, i) => (
                  <span key={`r${i}`} className="audit-promise is-read" dir="auto" title={`${t.audit.fromTextTitle}${t.common.separator}${t.audit.better[promise.better]}`}>
                    {promiseAmountText(promise)}
                  </span>
                ))}
                {conflict ? (
                  <span className="audit-tag is-conflict">
                    <ConflictIcon size={12} aria-hidden /> {t.audit.cellTags.conflict}
                  </span>
                ) : null}
                {broken ? (
                  <span className="audit-tag is-broken">
                    <BrokenIcon size={12} aria-hidden /> {t.audit.cellTags.broken}
                  </span>
                ) : null}
              </div>
            ) : null}
          </div>
        );
      })}
      {cell.experiences.map((result) => (
        <div key={`x${result.index}`} className="audit-exp">
          <Verdict status={result.judgement.status} />
          <span className="audit-exp-words">
            {result.judgement.status === 'no-actual' ? t.audit.experiencedNote : <JudgementWords judgement={result.judgement} />}
          </span>
          {result.experience.note ? <span className="audit-muted" dir="auto">{result.experience.note}</span> : null}
        </div>
      ))}
    </div>
  );
}
