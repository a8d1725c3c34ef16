// The overview in the corner: lanes, cards and summary, and the part of the map on screen.
// Our own rather than React Flow's <MiniMap>: that one follows every node through the store (a
// subscription and a selector per node, run on every frame of a pan, and the bounds of all nodes
// computed again each frame), which with 5,000 cards cost 7 MB of heap and a good part of a
// pan frame. Here the shapes are made once per change of the nodes, the frame is the map's, and
// only the shade over what is off screen follows the pan. Dragging and wheeling in it move the
// view through React Flow's own minimap handler (XYMinimap).
import { Panel, useStore, useStoreApi, type PanelPosition, type ReactFlowState } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { memo, useEffect, useMemo, useRef } from 'react';
import { shallow } from 'zustand/shallow';
import type { FlowNode } from './flowAdapters';
import { maskPath, minimapShapes, minimapViewBox, visibleArea, type Rect } from './minimapShapes';

type Size = { width: number; height: number };
type Props = { nodes: readonly FlowNode[]; position: PanelPosition; size: Size; label: string };

const viewBoxText = (r: Rect) => `${r.x} ${r.y} ${r.width} ${r.height}`;

export function JourneyMinimap({ nodes, position, size, label }: Props) {
  const shapes = useMemo(() => minimapShapes(nodes), [nodes]);
  const { viewBox, scale } = minimapViewBox(shapes.frame, size);
  const store = useStoreApi();
  const panZoom = useStore((s) => s.panZoom);
  const flowWidth = useStore((s) => s.width);
  const flowHeight = useStore((s) => s.height);
  const translateExtent = useStore((s) => s.translateExtent);
  const svg = useRef<SVGSVGElement>(null);
  const scaleRef = useRef(scale);
  scaleRef.current = scale;
  const handler = useRef<XYMinimapInstance | null>(null);
  useEffect(() => {
    if (!svg.current || !panZoom) return;
    const instance = XYMinimap({ domNode: svg.current, panZoom, getTransform: () => store.getState().transform, getViewScale: () => scaleRef.current });
    handler.current = instance;
    return () => {
      instance.destroy();
      handler.current = null;
    };
  }, [panZoom, store]);
  useEffect(() => {
    handler.current?.update({ translateExtent, width: flowWidth, height: flowHeight, pannable: true, zoomable: true });
  }, [panZoom, translateExtent, flowWidth, flowHeight]);

  return (
    <Panel position={position} className="react-flow__minimap journey-minimap" style={size}>
      <svg ref={svg} className="react-flow__minimap-svg" width={size.width} height={size.height} viewBox={viewBoxText(viewBox)} role="img" aria-label={label}>
        <MinimapContent shapes={shapes} />
      </svg>
      <VisibleAreaShade viewBox={viewBox} size={size} />
    </Panel>
  );
}

/** Unchanged while the view pans: only the shade above it is drawn again. */
const MinimapContent = memo(function MinimapContent({ shapes }: { shapes: ReturnType<typeof minimapShapes> }) {
  return (
    <>
      {shapes.lanes.map((lane, index) => (
        <rect key={index} x={lane.x} y={lane.y} width={lane.width} height={lane.height} fill={lane.color} />
      ))}
      {shapes.insights && <rect className="minimap-insights" x={shapes.insights.x} y={shapes.insights.y} width={shapes.insights.width} height={shapes.insights.height} />}
      <path className="minimap-cards" d={shapes.cards} />
      <path className="minimap-cards is-selected" d={shapes.selectedCards} />
    </>
  );
});

const selectView = (s: ReactFlowState) => ({ transform: s.transform, width: s.width, height: s.height });

/** The shade over what is off screen: the one part that follows every frame of a pan. */
function VisibleAreaShade({ viewBox, size }: { viewBox: Rect; size: Size }) {
  const { transform, width, height } = useStore(selectView, shallow);
  const visible = visibleArea(transform, { width, height });
  return (
    <svg className="minimap-shade" width={size.width} height={size.height} viewBox={viewBoxText(viewBox)} aria-hidden>
      <path className="react-flow__minimap-mask" d={maskPath(viewBox, visible)} fillRule="evenodd" />
      <rect className="minimap-visible" x={visible.x} y={visible.y} width={visible.width} height={visible.height} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
