// The baseline: bare React Flow with default nodes, the same positions and arrows, nothing else.
import { applyNodeChanges, ReactFlow, type Edge, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { WaymarkDocument } from '../../src/model/schema';

declare global {
  interface Window { __openedAt?: number }
}

function Baseline({ initial, edges }: { initial: Node[]; edges: Edge[] }) {
  const [nodes, setNodes] = useState(initial);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)), []);
  useEffect(() => {
    requestAnimationFrame(() => requestAnimationFrame(() => (window.__openedAt = performance.now())));
  }, []);
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} fitView />;
}

const size = new URLSearchParams(location.search).get('n');
const document_: WaymarkDocument = await (await fetch(`/bench-data/map-${size}.json`)).json();
const map = document_.maps[0];
if (!map) throw new Error('no map');
const nodes: Node[] = map.touchpoints.map((t) => ({ id: t.id, position: t.position, data: { label: t.title } }));
const edges: Edge[] = map.connections.map((c) => ({ id: c.id, source: c.from, target: c.to }));
createRoot(document.getElementById('root') as HTMLElement).render(<Baseline initial={nodes} edges={edges} />);
