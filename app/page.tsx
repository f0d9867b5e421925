import FirstEditor from '@/components/editor/first-editor';

const SAMPLE = `# values.yaml of the default chart
replicaCount: 1
image:
  repository: backend-app
  tag: latest
  pullPolicy: IfNotPresent
service:
  type: ClusterIP
  port: 8000
`;

export default function Home() {
  return (
    <main>
      <h1>Chartwright</h1>
      <p className="lead">Build a real Helm chart step by step and see exactly what <code>helm template</code> prints, live.</p>
      <div className="panel">
        <FirstEditor path="backend/values.yaml" text={SAMPLE} />
      </div>
    </main>
  );
}
