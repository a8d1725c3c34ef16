// The journey canvas. The map in the store is the truth; React Flow gets nodes derived from it
// and its changes come back as store edits: a whole drag is one edit, made when it ends.
import {
  applyNodeChanges, ControlButton, Controls, MarkerType, ReactFlow, ReactFlowProvider, useReactFlow, useUpdateNodeInternals,
  type Connection as FlowConnection, type Edge, type EdgeChange, type EdgeMouseHandler, type Node, type NodeChange, type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { t } from '../i18n/en';
import { useInterfaceDirection, useLocale } from '../i18n/locale';
import { laneIndexAt, nodeOriginAt, LANE_WIDTH, NODE_WIDTH } from '../model/lanes';
import { useEditor, useMapSelector, useUi } from '../store/context';
import { addTouchpointAt, connect, deleteCanvasItems, moveCards } from '../store/commands';
import { applySelectionChanges, selectTouchpoints } from '../store/uiStore';
import { forgetAssumedHandles, mapDetours, syncEdges, syncNodes, touchpointTitles, type FlowNode, type JourneyEdge as JourneyEdgeType } from './flowAdapters';
import { DEFAULT_CORNERS, measureCorners, measuredInsights, wholeMapFrame } from './fitMap';
import { FlowDirectionContext, useMapFlowDirection } from './flowDirection';
import { fromView, storedPoint } from './flowMirror';
import { fitViewport, initialViewport, MIN_ZOOM } from './initialViewport';
import { CanvasBackground } from './CanvasBackground';
import { InsightsNode } from './InsightsNode';
import { JourneyEdge } from './JourneyEdge';
import { JourneyMinimap } from './JourneyMinimap';
import { LaneNode } from './LaneNode';
import { TouchpointNode } from './TouchpointNode';
import { useArrowLabelKeys } from './useArrowLabelKeys';
import { useAuditMarks } from './useAuditMarks';
import { useFocusRequest } from './useFocusRequest';
import { useKeepSelectionInView } from './useKeepSelectionInView';
import { useStageWalk } from './useStageWalk';
import { useZoomBand } from './useZoomBand';
import type { ZoomBand } from './zoomBands';
import { dimmingCss } from '../workshop/lensCss';
import { useLiveDrag } from './liveDrag';
import './canvas.css';

const nodeTypes = { touchpoint: TouchpointNode, lane: LaneNode, insights: InsightsNode };
const edgeTypes = { journey: JourneyEdge };
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#475569' } };
const DELETE_KEYS = ['Delete', 'Backspace'];
/**
 * What screen readers say on a focused card or arrow: its keys, "C" and F2 included, in the
 * interface language (made again only when it changes).
 */
function useAriaLabels() {
  const locale = useLocale();
  return useMemo(
    () => ({ 'node.a11yDescription.default': t.canvas.nodeKeys, 'node.a11yDescription.keyboardDisabled': t.canvas.nodeKeys, 'edge.a11yDescription.default': t.canvas.arrowKeys }),
    [locale],
  );
}
// Shift+click adds to the selection (as in most editors), and so do Ctrl / Cmd+click.
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/**
 * Which cards are mounted. Small maps (workshop-sized) keep every card mounted, so everything
 * stays in the page (find in page, screen readers). Above that, at a readable zoom only what is
 * on screen is rendered: a map of a few hundred cards then opens with the few dozen it shows,
 * not all of them at full detail (README, "Performance"). Far out, where a card is a plain block
 * and a map of up to `RENDER_ALL_FAR_UP_TO` is on screen whole anyway, every card stays mounted,
 * so that panning does not mount and unmount cards at the edges; larger maps render only what
 * is on screen in every band (mounting all 1,000 made panning twice as slow).
 */
const RENDER_ALL_UP_TO = 100;
const RENDER_ALL_FAR_UP_TO = 300;
function renderVisibleOnly(touchpoints: number, band: ZoomBand): boolean {
  return touchpoints > (band === 'far' ? RENDER_ALL_FAR_UP_TO : RENDER_ALL_UP_TO);
}
const MAX_ZOOM = 2;
/** Double-clicks on these are not on empty canvas. */
const NOT_EMPTY_CANVAS = '.react-flow__node-touchpoint, .react-flow__edge, .edge-label, .react-flow__panel, .react-flow__controls, .react-flow__minimap, .lane-header';

// Low, so that the map framed above it keeps card titles readable at 1440×900.
const MINIMAP_SIZE = { width: 160, height: 80 };

/** React Flow's own fit-view icon (its button is replaced to keep clear of the minimap). */
function FitViewIcon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden>
      <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
    </svg>
  );
}

function Canvas() {
  const stores = useEditor();
  const { doc, ui } = stores;
  const map = useMapSelector((m) => m);
  const selectedTouchpoints = useUi((s) => s.selectedTouchpoints);
  const selectedConnections = useUi((s) => s.selectedConnections);
  const flow = useReactFlow();
  const container = useRef<HTMLDivElement>(null);
  useKeepSelectionInView(container);
  useFocusRequest();
  useArrowLabelKeys(container);
  useStageWalk();
  const lens = useUi((s) => s.lens);
  const voting = useUi((s) => s.voting);
  const presenting = useUi((s) => s.presenting);
  const walkStage = useUi((s) => s.walkStage);
  const walkStageId = useMapSelector((m) => (walkStage === null ? null : (m.stages[walkStage]?.id ?? null)));
  // Arrows dim with the cards: the rule names arrows by id, so it follows the map's arrows.
  const dimming = useMemo(
    () => dimmingCss('.canvas', lens, walkStageId, { touchpoints: map.touchpoints, connections: map.connections }),
    [lens, walkStageId, map.touchpoints, map.connections],
  );
  const marks = useAuditMarks(map);

  const showInsights = useUi((s) => s.showInsights);
  const band = useZoomBand();
  // Which way the stages run on screen: a view transform, positions are stored left to right.
  const direction = useMapFlowDirection();
  // The zoom buttons sit where the interface's reading starts, the minimap at the other end.
  const rtlInterface = useInterfaceDirection() === 'rtl';
  const ariaLabels = useAriaLabels();
  // One place builds the canvas: the nodes follow the document and the selection in the same
  // render as the arrows (derived while rendering, not in an effect that would render again, a
  // commit late). React Flow's own changes (a drag in progress, measured sizes) apply on top.
  const [built, setBuilt] = useState(() => ({ map, selectedTouchpoints, marks, showInsights, direction, nodes: syncNodes([], map, selectedTouchpoints, marks, showInsights, direction) }));
  let nodes = built.nodes;
  if (built.map !== map || built.selectedTouchpoints !== selectedTouchpoints || built.marks !== marks || built.showInsights !== showInsights || built.direction !== direction) {
    nodes = syncNodes(built.nodes, map, selectedTouchpoints, marks, showInsights, direction);
    setBuilt({ map, selectedTouchpoints, marks, showInsights, direction, nodes });
  }
  const setNodes = useCallback((update: (current: FlowNode[]) => FlowNode[]) => setBuilt((current) => ({ ...current, nodes: update(current.nodes) })), []);
  const previousEdges = useRef<JourneyEdgeType[]>([]);
  const { touchpoints, connections } = map;
  const detours = useMemo(() => mapDetours({ touchpoints, connections }), [touchpoints, connections]);
  const titles = useMemo(() => touchpointTitles(touchpoints), [touchpoints]);
  const edges = useMemo(() => {
    previousEdges.current = syncEdges(previousEdges.current, map.connections, selectedConnections, detours, titles);
    return previousEdges.current;
  }, [map.connections, selectedConnections, detours, titles]);

  // Selection lives in the UI store (so the inspector and other panels can read and set it);
  // positions and sizes during a drag are React Flow's own until the drag ends.
  // A mouse drag is committed once, on drop (onNodeDragStop); a move with the arrow keys has
  // no drag around it and is committed as it happens, one undo step per key press.
  const mouseDragging = useRef(false);
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      applySelectionChanges(ui, 'touchpoints', changes.filter((c) => c.type === 'select'));
      const local = changes.filter((c) => c.type === 'position' || c.type === 'dimensions');
      if (local.length > 0) setNodes((current) => applyNodeChanges(local, current).map(forgetAssumedHandles));
      if (mouseDragging.current) return;
      const keyed = changes.flatMap((c) => (c.type === 'position' && !c.dragging && c.position ? [{ id: c.id, position: fromView(c.position, NODE_WIDTH, direction) }] : []));
      moveCards(stores, keyed);
    },
    [ui, stores, direction],
  );

  const onNodeDragStart = useCallback(() => {
    mouseDragging.current = true;
  }, []);

  // Shared live: the others see the cards move during the drag (presence, not the document).
  const liveDrag = useLiveDrag();
  const onNodeDrag = useCallback(
    (_event: unknown, _node: Node, dragged: Node[]) => liveDrag(dragged.filter((n) => n.type === 'touchpoint').map((n) => ({ id: n.id, ...fromView(n.position, NODE_WIDTH, direction) }))),
    [liveDrag, direction],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<JourneyEdgeType>[]) => applySelectionChanges(ui, 'connections', changes.filter((c) => c.type === 'select')),
    [ui],
  );

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: Node, dragged: Node[]) => {
      mouseDragging.current = false;
      // The view may run right to left: what is stored runs left to right.
      const moves = dragged.filter((n) => n.type === 'touchpoint').map((n) => ({ id: n.id, position: fromView(n.position, NODE_WIDTH, direction) }));
      moveCards(stores, moves);
      liveDrag([]);
    },
    [stores, direction, liveDrag],
  );

  const onConnect = useCallback((c: FlowConnection) => connect(stores, c.source, c.target), [stores]);

  const onDelete = useCallback(
    ({ nodes: gone, edges: goneEdges }: { nodes: Node[]; edges: Edge[] }) => {
      const touchpointIds = gone.filter((n) => n.type === 'touchpoint').map((n) => n.id);
      deleteCanvasItems(stores, touchpointIds, goneEdges.map((e) => e.id));
    },
    [stores],
  );

  // The first view is known before React Flow mounts (the container is measured first), so it
  // renders once at the right place instead of rendering, moving, and rendering again.
  const [firstView, setFirstView] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element || firstView) return;
    // The summary strip and emotion curve sit under the lanes: frame them too, clear of the
    // minimap and the zoom controls in the bottom corners.
    const bounds = wholeMapFrame(doc.store.getState().map, ui.getState().showInsights, undefined, direction);
    setFirstView(initialViewport(bounds, { width: element.clientWidth, height: element.clientHeight }, 1, DEFAULT_CORNERS, direction));
  }, [doc, ui, firstView, direction]);

  // Fit view: the whole map, never under the minimap or the zoom controls.
  const fitWholeMap = useCallback(() => {
    const element = container.current;
    if (!element) return;
    const bounds = wholeMapFrame(doc.store.getState().map, ui.getState().showInsights, measuredInsights(element).insights, direction);
    const screen = { width: element.clientWidth, height: element.clientHeight };
    void flow.setViewport(fitViewport(bounds, screen, 1, measureCorners(element), undefined, direction), { duration: 300 });
  }, [doc, ui, flow, direction]);

  // The direction changed under an open map (its flow, or the interface language): the map is
  // mirrored about x = 0, so frame it again, and have React Flow measure the swapped handles.
  const updateNodeInternals = useUpdateNodeInternals();
  const framedDirection = useRef(direction);
  useEffect(() => {
    if (framedDirection.current === direction) return;
    framedDirection.current = direction;
    updateNodeInternals(doc.store.getState().map.touchpoints.map((tp) => tp.id));
    fitWholeMap();
  }, [direction, doc, fitWholeMap, updateNodeInternals]);

  // Double-click opens a touchpoint's details, in present mode too (over the canvas).
  const onNodeDoubleClick = useCallback(
    (_event: unknown, node: Node) => {
      if (node.type !== 'touchpoint') return;
      selectTouchpoints(ui, [node.id]);
      ui.setState({ panel: 'inspector' });
    },
    [ui],
  );

  // Which lane is at the centre of the screen, for "+ Touchpoint" with nothing selected.
  const noteStageInView = useCallback(
    (viewport: Viewport) => {
      const width = container.current?.clientWidth ?? 0;
      const centre = storedPoint({ x: (width / 2 - viewport.x) / viewport.zoom, y: 0 }, direction);
      const stageInView = laneIndexAt(centre.x - NODE_WIDTH / 2, doc.store.getState().map.stages.length);
      if (ui.getState().stageInView !== stageInView) ui.setState({ stageInView });
    },
    [doc, ui, direction],
  );
  const onMoveEnd = useCallback((_event: unknown, viewport: Viewport) => noteStageInView(viewport), [noteStageInView]);
  useEffect(() => {
    if (firstView) noteStageInView(firstView);
  }, [firstView, noteStageInView]);

  const onEdgeDoubleClick: EdgeMouseHandler = useCallback((_event, edge) => ui.setState({ editingConnection: edge.id }), [ui]);

  // Where the current click sequence (the two clicks of a double-click) began. The first click
  // may select a card and move the canvas; the second then lands elsewhere, but belongs to the
  // card: it neither deselects it nor adds a card on empty canvas, and the double-click opens it.
  const sequenceStart = useRef<{ empty: boolean; nodeId: string | null }>({ empty: false, nodeId: null });
  const strayFollowUp = (event: MouseEvent<HTMLDivElement>) => {
    const { nodeId } = sequenceStart.current;
    return event.detail >= 2 && nodeId !== null && !(event.target as Element).closest(`[data-id="${CSS.escape(nodeId)}"]`);
  };
  const onMouseDownCapture = useCallback((event: MouseEvent<HTMLDivElement>) => {
    if (event.detail > 1) {
      if (strayFollowUp(event)) event.stopPropagation();
      return;
    }
    const target = event.target as Element;
    sequenceStart.current = {
      empty: !target.closest(NOT_EMPTY_CANVAS),
      nodeId: target.closest('.react-flow__node-touchpoint')?.getAttribute('data-id') ?? null,
    };
  }, []);
  const onClickCapture = useCallback((event: MouseEvent<HTMLDivElement>) => {
    if (strayFollowUp(event)) event.stopPropagation();
  }, []);
  const onDoubleClickCapture = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (!strayFollowUp(event)) return;
      event.stopPropagation();
      selectTouchpoints(ui, [sequenceStart.current.nodeId as string]);
      ui.setState({ panel: 'inspector' });
    },
    [ui],
  );

  // A pan holds the pointer (as React Flow's own box selection does): without it the browser
  // works out which card, arrow or lane is under the pointer at every move of a pan, on every
  // mounted element, which at fit view took a good part of each frame (README, "Performance").
  const onPointerDownCapture = useCallback((event: PointerEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    if (event.pointerType === 'mouse' && event.button === 0 && target.classList.contains('react-flow__pane')) target.setPointerCapture(event.pointerId);
  }, []);

  const onDoubleClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if ((event.target as Element).closest(NOT_EMPTY_CANVAS) || !sequenceStart.current.empty) return;
      const point = storedPoint(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }), direction);
      const current = doc.store.getState().map;
      const lane = laneIndexAt(nodeOriginAt(point).x, current.stages.length);
      // New touchpoints line up in their lane's column, at the height the user clicked.
      addTouchpointAt(stores, { x: lane * LANE_WIDTH, y: nodeOriginAt(point).y }, current.stages[lane]?.id);
    },
    [flow, doc, stores, direction],
  );

  return (
    <div className={`canvas${voting ? ' is-voting' : ''}`} ref={container}
      onPointerDownCapture={onPointerDownCapture}
      onMouseDownCapture={onMouseDownCapture}
      onClickCapture={onClickCapture}
      onDoubleClickCapture={onDoubleClickCapture}
      onDoubleClick={onDoubleClick}
    >
      {dimming && <style>{dimming}</style>}
      {firstView && (
      <FlowDirectionContext.Provider value={direction}>
      <ReactFlow<FlowNode, JourneyEdgeType>
        aria-label={t.canvas.label}
        ariaLabelConfig={ariaLabels}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDrag={onNodeDrag}
        onMoveEnd={onMoveEnd}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onDelete={onDelete}
        onEdgeDoubleClick={onEdgeDoubleClick}
        onNodeDoubleClick={onNodeDoubleClick}
        deleteKeyCode={DELETE_KEYS}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        zoomOnDoubleClick={false}
        onlyRenderVisibleElements={renderVisibleOnly(map.touchpoints.length, band)}
        nodesDraggable={!presenting}
        defaultViewport={firstView ?? undefined}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        proOptions={{ hideAttribution: true }}
      >
        <CanvasBackground />
        <Controls position={rtlInterface ? 'bottom-right' : 'bottom-left'} showFitView={false} showInteractive={false}>
          <ControlButton className="react-flow__controls-fitview" onClick={fitWholeMap} aria-label={t.toolbar.fitView} title={t.toolbar.fitView}>
            <FitViewIcon />
          </ControlButton>
        </Controls>
        <JourneyMinimap nodes={nodes} position={rtlInterface ? 'bottom-left' : 'bottom-right'} size={MINIMAP_SIZE} label={t.canvas.minimap} />
      </ReactFlow>
      </FlowDirectionContext.Provider>
      )}
      {map.touchpoints.length === 0 && <div className="canvas-hint">{t.canvas.emptyHint}</div>}
    </div>
  );
}

export function JourneyCanvas() {
  return (
    <ReactFlowProvider>
      <Canvas />
    </ReactFlowProvider>
  );
}
