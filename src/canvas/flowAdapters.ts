// Map -> React Flow adapters. Pure: no React. Unchanged touchpoints keep their node object
// (and React Flow's measurements), so React Flow re-renders only what really changed.
import type { Edge, Node } from '@xyflow/react';
import { laneExtent, laneLeft, LANE_WIDTH, NODE_HEIGHT, NODE_WIDTH } from '../model/lanes';
import type { Connection, JourneyMap, Stage, Touchpoint } from '../model/schema';

export type TouchpointNodeData = { touchpoint: Touchpoint };
export type LaneNodeData = { stage: Stage; index: number; height: number };
export type TouchpointNode = Node<TouchpointNodeData, 'touchpoint'>;
export type LaneNode = Node<LaneNodeData, 'lane'>;
export type FlowNode = TouchpointNode | LaneNode;
export type JourneyEdgeData = { label?: string };
export type JourneyEdge = Edge<JourneyEdgeData, 'journey'>;

export const LANE_NODE_PREFIX = 'lane:';

function laneNodes(map: JourneyMap, previous: ReadonlyMap<string, FlowNode>): LaneNode[] {
  const { top, height } = laneExtent(map);
  return map.stages.map((stage, index) => {
    const id = LANE_NODE_PREFIX + stage.id;
    const old = previous.get(id) as LaneNode | undefined;
    if (old && old.data.stage === stage && old.data.index === index && old.data.height === height && old.position.y === top) return old;
    return {
      id,
      type: 'lane',
      position: { x: laneLeft(index), y: top },
      data: { stage, index, height },
      width: LANE_WIDTH,
      height,
      zIndex: -1,
      draggable: false,
      selectable: false,
      connectable: false,
      deletable: false,
      focusable: false,
    };
  });
}

/** Nodes for the lanes and the touchpoints, reusing `previous` nodes that did not change. */
export function syncNodes(previous: readonly FlowNode[], map: JourneyMap, selected: ReadonlySet<string>): FlowNode[] {
  const byId = new Map(previous.map((node) => [node.id, node]));
  const touchpoints = map.touchpoints.map((touchpoint): TouchpointNode => {
    const old = byId.get(touchpoint.id) as TouchpointNode | undefined;
    const isSelected = selected.has(touchpoint.id);
    if (old && old.data.touchpoint === touchpoint && Boolean(old.selected) === isSelected && !old.dragging) return old;
    return {
      ...old,
      id: touchpoint.id,
      type: 'touchpoint',
      position: touchpoint.position,
      data: { touchpoint },
      ariaLabel: touchpoint.title,
      // Sizes to assume before React Flow has measured the node (it skips nodes off screen).
      initialWidth: NODE_WIDTH,
      initialHeight: NODE_HEIGHT,
      selected: isSelected,
      dragging: false,
    };
  });
  return [...laneNodes(map, byId), ...touchpoints];
}

export function syncEdges(previous: readonly JourneyEdge[], connections: readonly Connection[], selected: ReadonlySet<string>): JourneyEdge[] {
  const byId = new Map(previous.map((edge) => [edge.id, edge]));
  return connections.map((connection) => {
    const old = byId.get(connection.id);
    const isSelected = selected.has(connection.id);
    if (old && old.source === connection.from && old.target === connection.to && old.data?.label === connection.label && Boolean(old.selected) === isSelected) {
      return old;
    }
    return {
      id: connection.id,
      type: 'journey',
      source: connection.from,
      target: connection.to,
      data: connection.label === undefined ? {} : { label: connection.label },
      selected: isSelected,
    };
  });
}

export function isTouchpointNode(node: FlowNode): node is TouchpointNode {
  return node.type === 'touchpoint';
}
