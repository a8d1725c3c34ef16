// The picture a PNG export draws: the map's title (and persona) over the whole map, every lane,
// touchpoint and arrow, laid out by its own React Flow instance off screen. Unlike the editor's
// canvas it renders every element (not only those in view) and shows no selection, minimap or
// controls, and its lanes end just below the last touchpoint. It reports ready once the nodes are
// measured, the arrows drawn and the viewport framed on the bounds of all nodes
// (getNodesBounds + getViewportForBounds).
import { getViewportForBounds, MarkerType, ReactFlow, ReactFlowProvider, useNodesInitialized, useReactFlow, type Rect } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { INSIGHTS_GAP, INSIGHTS_NODE_ID, mapDetours, syncEdges, syncNodes, type FlowNode, type JourneyEdge as JourneyEdgeType } from '../../../canvas/flowAdapters';
import { FlowDirectionContext } from '../../../canvas/flowDirection';
import { flowDirection } from '../../../canvas/flowMirror';
import { JourneyEdge } from '../../../canvas/JourneyEdge';
import { InsightsNode } from '../../../canvas/InsightsNode';
import { LaneNode } from '../../../canvas/LaneNode';
import { TouchpointNode } from '../../../canvas/TouchpointNode';
import '../../../canvas/canvas.css';
import { t } from '../../../i18n/en';
import { interfaceDirection } from '../../../i18n/locale';
import { pageSize, titleFontSize } from '../../../io/pngLayout';
import { LANE_HEADER_HEIGHT, mapBounds, NODE_HEIGHT } from '../../../model/lanes';
import type { JourneyMap } from '../../../model/schema';
import './png-export.css';

const nodeTypes = { touchpoint: TouchpointNode, lane: LaneNode, insights: InsightsNode };
const edgeTypes = { journey: JourneyEdge };
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#475569' } };
const NO_SELECTION: ReadonlySet<string> = new Set();

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function sameRect(a: Rect, b: Rect): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.width - b.width) < 0.5 && Math.abs(a.height - b.height) < 0.5;
}

type FramerProps = { bounds: Rect; width: number; height: number; onBounds: (bounds: Rect) => void; onFramed: () => void };

/** Lanes in the editor leave room below the last touchpoint to add more; a picture ends them just below it. */
const LANE_BOTTOM_MARGIN = 40;
const MIN_LANE_BODY = 160;

/** The height lanes need to frame every measured touchpoint. */
function trimmedLaneHeight(nodes: FlowNode[]): number | null {
  const lanes = nodes.filter((node) => node.type === 'lane');
  if (lanes.length === 0) return null;
  const top = lanes[0]!.position.y;
  const bottoms = nodes.filter((node) => node.type === 'touchpoint').map((node) => node.position.y + (node.measured?.height ?? NODE_HEIGHT));
  const bottom = bottoms.length > 0 ? Math.max(...bottoms) + LANE_BOTTOM_MARGIN : top;
  return Math.max(Math.ceil(bottom - top), LANE_HEADER_HEIGHT + MIN_LANE_BODY);
}

/**
 * Inside the flow: once every node is measured, ends the lanes below the last touchpoint, sizes
 * the page to the bounds of all nodes and frames them (getNodesBounds + getViewportForBounds).
 */
function Framer({ bounds, width, height, onBounds, onFramed }: FramerProps) {
  const initialized = useNodesInitialized();
  const flow = useReactFlow<FlowNode, JourneyEdgeType>();
  const [lanesTrimmed, setLanesTrimmed] = useState(false);
  useEffect(() => {
    if (!initialized) return;
    let current = true;
    void (async () => {
      if (!lanesTrimmed) {
        const laneHeight = trimmedLaneHeight(flow.getNodes());
        if (laneHeight !== null) {
          for (const lane of flow.getNodes()) {
            if (lane.type === 'lane') flow.updateNode(lane.id, { height: laneHeight, data: { ...lane.data, height: laneHeight } });
          }
          // The summary strip and emotion curve follow the lanes' new bottom.
          const top = flow.getNodes().find((node) => node.type === 'lane')?.position.y ?? 0;
          const insights = flow.getNode(INSIGHTS_NODE_ID);
          if (insights) flow.updateNode(INSIGHTS_NODE_ID, { position: { x: insights.position.x, y: top + laneHeight + INSIGHTS_GAP } });
          // Until React Flow has measured the lanes at their new height.
          for (let frame = 0; frame < 30 && flow.getNodes().some((node) => node.type === 'lane' && node.measured?.height !== laneHeight); frame++) await nextFrame();
        }
        if (current) setLanesTrimmed(true);
        return;
      }
      const measured = flow.getNodesBounds(flow.getNodes());
      if (!sameRect(measured, bounds)) {
        onBounds(measured); // the page grows or shrinks to fit; this effect runs again
        return;
      }
      await flow.setViewport(getViewportForBounds(bounds, width, height, 1, 1, 0));
      await nextFrame();
      await nextFrame();
      if (current) onFramed();
    })();
    return () => {
      current = false;
    };
  }, [initialized, lanesTrimmed, flow, bounds, width, height, onBounds, onFramed]);
  return null;
}

type Props = { map: JourneyMap; onReady: (page: HTMLElement) => void };

export function ExportView({ map, onReady }: Props) {
  const [bounds, setBounds] = useState<Rect>(() => mapBounds(map));
  // The stage summary strip and the emotion curve are part of the picture, as on the canvas.
  // The picture runs the way the editor shows the map: right to left too (a mirrored view).
  const [direction] = useState(() => flowDirection(map.flow, interfaceDirection()));
  const nodes = useMemo(() => syncNodes([], map, NO_SELECTION, undefined, true, direction), [map, direction]);
  const edges = useMemo(() => syncEdges([], map.connections, NO_SELECTION, mapDetours(map)), [map]);
  const page = useRef<HTMLDivElement>(null);
  const { width, height } = pageSize(bounds);
  const reportReady = useRef(onReady);
  useEffect(() => {
    reportReady.current = onReady;
  }, [onReady]);
  const [onFramed] = useState(() => () => {
    if (page.current) reportReady.current(page.current);
  });

  return (
    <div ref={page} className="png-export" style={{ width }}>
      <header className="png-export-header" data-flow={direction} style={{ fontSize: titleFontSize(width) }}>
        <h1 dir="auto">{map.title}</h1>
        {map.persona && <p dir="auto">{t.io.png.persona(map.persona.name)}</p>}
      </header>
      <div className="png-export-map" style={{ width, height }}>
        <FlowDirectionContext.Provider value={direction}>
        <ReactFlowProvider>
          <ReactFlow<FlowNode, JourneyEdgeType>
            id="png-export"
            defaultNodes={nodes}
            defaultEdges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            defaultEdgeOptions={defaultEdgeOptions}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            panOnDrag={false}
            zoomOnScroll={false}
            zoomOnPinch={false}
            zoomOnDoubleClick={false}
            preventScrolling={false}
            minZoom={0.01}
            maxZoom={4}
            proOptions={{ hideAttribution: true }}
          >
            <Framer bounds={bounds} width={width} height={height} onBounds={setBounds} onFramed={onFramed} />
          </ReactFlow>
        </ReactFlowProvider>
        </FlowDirectionContext.Provider>
      </div>
    </div>
  );
}
