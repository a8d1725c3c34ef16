// The baseline: bare React Flow with default nodes, the same positions and arrows, nothing else.
import { applyNodeChanges, ReactFlow, type Edge, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { WaymarkDocument } from '../../src/model/schema';

declare global {
  interface Window { __openedAt?: number }
}

// For the heap figure, the two views Waymark is measured at: `view=readable` opens where Waymark
// opens a large map (top left at zoom 0.5), `view=fit` fits the map with Waymark's minZoom (0.1).
// Without `view` it opens as it always has (fitted, React Flow's minZoom 0.5).
const READABLE = { x: 24, y: 24, zoom: 0.5 };
const view = new URLSearchParams(location.search).get('view');

function Baseline({ initial, edges }: { initial: Node[]; edges: Edge[] }) {
  const [nodes, setNodes] = useState(initial);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)), []);
  useEffect(() => {
    requestAnimationFrame(() => requestAnimationFrame(() => (window.__openedAt = performance.now())));
  }, []);
  if (view === 'readable') return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} defaultViewport={READABLE} />;
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} fitView minZoom={view === 'fit' ? 0.1 : undefined} />;
}

const size = new URLSearchParams(location.search).get('n');
const document_: WaymarkDocument = await (await fetch(`/bench-data/map-${size}.json`)).json();
const map = document_.maps[0];
if (!map) throw new Error('no map');
const nodes: Node[] = map.touchpoints.map((t) => ({ id: t.id, position: t.position, data: { label: t.title } }));
const edges: Edge[] = map.connections.map((c) => ({ id: c.id, source: c.from, target: c.to }));
createRoot(document.getElementById('root') as HTMLElement).render(<Baseline initial={nodes} edges={edges} />);
