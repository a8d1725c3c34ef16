// Map -> React Flow adapters. Pure: no React. Unchanged touchpoints keep their node object
// (and React Flow's measurements), so React Flow re-renders only what really changed.
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { AuditMark } from '../audit/marks';
import { detouredConnections } from './edgeGeometry';
import { handleSides, mirrorX, toView, type Direction } from './flowMirror';
import { t } from '../i18n/en';
import { laneExtent, laneLeft, LANE_WIDTH, NODE_HEIGHT, NODE_WIDTH } from '../model/lanes';
import type { Connection, JourneyMap, Stage, Touchpoint } from '../model/schema';

/** `audit`: the touchpoint's mark from the expectation audit (kinds of finding, dimmed). */
export type TouchpointNodeData = { touchpoint: Touchpoint; audit?: AuditMark };
export type LaneNodeData = { stage: Stage; index: number; height: number };
/** What the summary strip and the emotion curve are computed from, by the node itself (off the hot path). */
export type InsightsNodeData = { stages: Stage[]; touchpoints: Touchpoint[] };
export type InsightsNode = Node<InsightsNodeData, 'insights'>;
export type TouchpointNode = Node<TouchpointNodeData, 'touchpoint'>;
export type LaneNode = Node<LaneNodeData, 'lane'>;
export type FlowNode = TouchpointNode | LaneNode | InsightsNode;
/** `detour`: the arrow goes round by the side, so it never passes under a card it does not connect. */
export type JourneyEdgeData = { label?: string; detour?: boolean };
export type JourneyEdge = Edge<JourneyEdgeData, 'journey'>;

export const LANE_NODE_PREFIX = 'lane:';
export const INSIGHTS_NODE_ID = 'insights';
export const INSIGHTS_GAP = 24;

function insightsNode(map: JourneyMap, previous: FlowNode | undefined, direction: Direction): InsightsNode {
  const { top, height } = laneExtent(map);
  const old = previous as InsightsNode | undefined;
  const y = top + height + INSIGHTS_GAP;
  const x = mirrorX(laneLeft(0), map.stages.length * LANE_WIDTH, direction);
  if (old && old.data.touchpoints === map.touchpoints && old.data.stages === map.stages && old.position.y === y && old.position.x === x) return old;
  return {
    id: INSIGHTS_NODE_ID,
    type: 'insights',
    position: { x, y },
    data: { stages: map.stages, touchpoints: map.touchpoints },
    draggable: false,
    selectable: false,
    connectable: false,
    deletable: false,
    focusable: false,
  };
}

function laneNodes(map: JourneyMap, previous: ReadonlyMap<string, FlowNode>, direction: Direction): LaneNode[] {
  const { top, height } = laneExtent(map);
  return map.stages.map((stage, index) => {
    const id = LANE_NODE_PREFIX + stage.id;
    const old = previous.get(id) as LaneNode | undefined;
    const x = mirrorX(laneLeft(index), LANE_WIDTH, direction);
    if (old && old.data.stage === stage && old.data.index === index && old.data.height === height && old.position.y === top && old.position.x === x) return old;
    return {
      id,
      type: 'lane',
      position: { x, y: top },
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

/**
 * Where a card's handles are until React Flow has measured it. React Flow mounts every node that
 * has no handle bounds once, to measure it, even off screen: 5,000 cards on opening a large map.
 * With these, only the cards on screen are mounted; a mounted card's own handles replace them.
 */
const HANDLE_SIZE = 14;
function assumedHandle(type: 'source' | 'target', position: Position): NodeHandle {
  const x = position === Position.Left ? -HANDLE_SIZE / 2 : NODE_WIDTH - HANDLE_SIZE / 2;
  return { type, position, x, y: (NODE_HEIGHT - HANDLE_SIZE) / 2, width: HANDLE_SIZE, height: HANDLE_SIZE };
}
const ASSUMED_HANDLES: Record<Direction, NodeHandle[]> = {
  ltr: [assumedHandle('target', handleSides('ltr').target), assumedHandle('source', handleSides('ltr').source)],
  rtl: [assumedHandle('target', handleSides('rtl').target), assumedHandle('source', handleSides('rtl').source)],
};

/** After React Flow measured a card, its measured handles count, not the assumed ones. */
export function forgetAssumedHandles<N extends Node>(node: N): N {
  if (!node.handles || !node.measured?.width) return node;
  const { handles: _assumed, ...measured } = node;
  return measured as N;
}

/**
 * Nodes for the lanes and the touchpoints, reusing `previous` nodes that did not change.
 * `direction` 'rtl' mirrors every x (flowMirror.ts): the stored positions stay left to right.
 */
export function syncNodes(
  previous: readonly FlowNode[],
  map: JourneyMap,
  selected: ReadonlySet<string>,
  marks?: ReadonlyMap<string, AuditMark>,
  withInsights = false,
  direction: Direction = 'ltr',
): FlowNode[] {
  const byId = new Map(previous.map((node) => [node.id, node]));
  const touchpoints = map.touchpoints.map((touchpoint): TouchpointNode => {
    const old = byId.get(touchpoint.id) as TouchpointNode | undefined;
    const isSelected = selected.has(touchpoint.id);
    const mark = marks?.get(touchpoint.id);
    const sameSide = old?.position.x === mirrorX(touchpoint.position.x, NODE_WIDTH, direction);
    if (old && old.data.touchpoint === touchpoint && old.data.audit === mark && Boolean(old.selected) === isSelected && !old.dragging && sameSide) return old;
    return {
      ...old,
      id: touchpoint.id,
      type: 'touchpoint',
      // Mirrored about x = 0 around the card's fixed width, so a drop reads back exactly (fromView).
      position: toView(touchpoint.position, NODE_WIDTH, direction),
      data: mark ? { touchpoint, audit: mark } : { touchpoint },
      ariaLabel: touchpoint.title,
      // Sizes to assume before React Flow has measured the node (it skips nodes off screen).
      initialWidth: NODE_WIDTH,
      initialHeight: NODE_HEIGHT,
      handles: old?.measured?.width ? undefined : ASSUMED_HANDLES[direction],
      selected: isSelected,
      dragging: false,
    };
  });
  const nodes = [...laneNodes(map, byId, direction), ...touchpoints, ...(withInsights ? [insightsNode(map, byId.get(INSIGHTS_NODE_ID), direction)] : [])];
  // Nothing changed (an audit that found the same): keep the array, so React Flow has nothing to do.
  return nodes.length === previous.length && nodes.every((node, i) => node === previous[i]) ? (previous as FlowNode[]) : nodes;
}

/**
 * Arrows for the connections, reusing `previous` arrows that did not change. `titles` (touchpoint
 * id -> title) names each arrow for screen readers by its touchpoints' titles and its label.
 */
export function syncEdges(
  previous: readonly JourneyEdge[],
  connections: readonly Connection[],
  selected: ReadonlySet<string>,
  detoured: ReadonlySet<string> = new Set(),
  titles: ReadonlyMap<string, string> = new Map(),
): JourneyEdge[] {
  const byId = new Map(previous.map((edge) => [edge.id, edge]));
  return connections.map((connection) => {
    const old = byId.get(connection.id);
    const isSelected = selected.has(connection.id);
    const detour = detoured.has(connection.id);
    const ariaLabel = t.canvas.arrowName(titles.get(connection.from) ?? connection.from, titles.get(connection.to) ?? connection.to, connection.label);
    if (
      old && old.source === connection.from && old.target === connection.to && old.data?.label === connection.label &&
      Boolean(old.selected) === isSelected && Boolean(old.data?.detour) === detour && old.ariaLabel === ariaLabel
    ) {
      return old;
    }
    return {
      id: connection.id,
      type: 'journey',
      source: connection.from,
      target: connection.to,
      data: { ...(connection.label === undefined ? {} : { label: connection.label }), ...(detour ? { detour } : {}) },
      selected: isSelected,
      ariaLabel,
    };
  });
}

/** Touchpoint id -> title, for naming arrows (syncEdges). */
export function touchpointTitles(touchpoints: readonly Touchpoint[]): Map<string, string> {
  return new Map(touchpoints.map((touchpoint) => [touchpoint.id, touchpoint.title]));
}

/** The arrows of a map that go round by the side (see detouredConnections). */
export function mapDetours(map: Pick<JourneyMap, 'touchpoints' | 'connections'>): Set<string> {
  return detouredConnections(map.touchpoints, map.connections, NODE_WIDTH, NODE_HEIGHT);
}

export function isTouchpointNode(node: FlowNode): node is TouchpointNode {
  return node.type === 'touchpoint';
}
