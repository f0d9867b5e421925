'use client';
// A picture of the rendered objects and their references, laid out in columns by the
// order they come up in (configuration → network → workloads → storage/scaling).
import { useMemo } from 'react';
import { buildGraph, type GraphEdge } from '@/lib/wizard/graph';

const COLUMN: Record<string, number> = {
  Secret: 0, ServiceAccount: 0, ConfigMap: 0,
  Service: 1, Ingress: 1, HTTPRoute: 1,
  Deployment: 2, StatefulSet: 2, DaemonSet: 2, Pod: 2, Job: 2,
  PersistentVolumeClaim: 3, HorizontalPodAutoscaler: 3,
};
const COLUMN_TITLES = ['Configuration & identity', 'Network', 'Workloads', 'Storage & scaling'];
const W = 230, H = 46, GAP_X = 70, GAP_Y = 22, TOP = 56;
const EDGE_COLOR: Record<GraphEdge['kind'], string> = {
  'env from secret': '#b54708', 'selects pods': '#0b5cad', 'waits for': '#6941c6', 'claims storage': '#067647',
  'runs as': '#57606a', 'routes to': '#0b5cad', scales: '#c11574', 'service name': '#6941c6', mounts: '#b54708',
};

export default function ResourceGraph({ manifests }: { manifests: string }) {
  const g = useMemo(() => buildGraph(manifests), [manifests]);
  const pos = new Map<string, { x: number; y: number }>();
  const perCol = [0, 0, 0, 0];
  for (const n of g.nodes) {
    const c = COLUMN[n.kind] ?? 3;
    pos.set(n.id, { x: c * (W + GAP_X) + 10, y: TOP + perCol[c]++ * (H + GAP_Y) });
  }
  const width = 4 * W + 3 * GAP_X + 20;
  const height = TOP + Math.max(1, ...perCol) * (H + GAP_Y) + 10;
  const desc = g.edges.map((e) => `${e.from} ${e.kind} ${e.to}`).join('; ');
  return (
    <figure className="graph">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={`Resource graph: ${g.nodes.length} objects, ${g.edges.length} references. ${desc}`}>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#57606a" />
          </marker>
        </defs>
        {COLUMN_TITLES.map((t, i) => (
          <text key={t} x={i * (W + GAP_X) + 10} y={16} fontSize="13" fontWeight="600" fill="#57606a">{t}</text>
        ))}
        {g.edges.map((e, i) => {
          const a = pos.get(e.from)!, b = pos.get(e.to)!;
          const forward = b.x >= a.x;
          const x1 = forward ? a.x + W : a.x, x2 = forward ? b.x : b.x + W;
          const y1 = a.y + H / 2, y2 = b.y + H / 2;
          const same = a.x === b.x;
          // Backward references (a workload to its ServiceAccount) leave from the top of
          // the box and arc over the columns between, so they do not look attached to them.
          const d = same
            ? `M ${a.x + W} ${y1} C ${a.x + W + 45} ${y1}, ${b.x + W + 45} ${y2}, ${b.x + W} ${y2}`
            : forward
              ? `M ${x1} ${y1} C ${(x1 + x2) / 2} ${y1}, ${(x1 + x2) / 2} ${y2}, ${x2} ${y2}`
              : `M ${a.x + W / 2} ${a.y} C ${a.x + W / 2} ${TOP - 20}, ${b.x + W / 2} ${TOP - 20}, ${b.x + W / 2} ${b.y}`;
          return (
            <g key={i}>
              <path d={d} fill="none" stroke={EDGE_COLOR[e.kind]} strokeWidth="1.6" markerEnd="url(#arrow)" opacity="0.85" />
              <title>{`${e.from} ${e.kind} ${e.to}`}</title>
            </g>
          );
        })}
        {g.nodes.map((n) => {
          const p = pos.get(n.id)!;
          return (
            <g key={n.id} transform={`translate(${p.x},${p.y})`}>
              <rect width={W} height={H} rx="6" fill="#f6f8fa" stroke="#8c959f" />
              <text x="10" y="18" fontSize="11" fill="#57606a">{n.kind}</text>
              <text x="10" y="35" fontSize="13" fill="#1b1f24">{n.name.length > 30 ? n.name.slice(0, 29) + '…' : n.name}</text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend">
          {[...new Set(g.edges.map((e) => e.kind))].map((k) => (
            <li key={k}><span style={{ background: EDGE_COLOR[k] }} aria-hidden="true" /> {k}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
