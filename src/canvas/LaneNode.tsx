// A stage lane: a tinted column with the stage's name and colour on top. The body lets pointer
// events through to the pane, so double-click, panning and box selection work inside lanes.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { stageColor } from '../model/maps';
import type { LaneNode as LaneNodeType } from './flowAdapters';
import { useFlowDirection } from './flowDirection';
import { useLocale } from '../i18n/locale';
import { formatNumber } from '../i18n/format';

function LaneNodeView({ data }: NodeProps<LaneNodeType>) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const color = stageColor(data.stage, data.index);
  // The header reads the way the journey runs: its number on the side the stage starts from.
  const direction = useFlowDirection();
  return (
    <div className="lane" style={{ height: data.height, ['--lane-color' as string]: color }} data-testid="lane" data-stage-id={data.stage.id} dir={direction}>
      <div className="lane-header">
        <span className="lane-index">{formatNumber(data.index + 1)}</span>
        <span className="lane-name" dir="auto">{data.stage.name}</span>
      </div>
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
