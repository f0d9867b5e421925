import Link from 'next/link';
import FirstEditor from '@/components/editor/first-editor';
import PresetGallery from '@/components/home/preset-gallery';

const SAMPLE = `# values.yaml of the walkthrough chart (excerpt)
replicaCount: 1
image:
  repository: backend-app
  tag: latest
  pullPolicy: IfNotPresent
service:
  type: ClusterIP
  port: 8000
postgres:
  enabled: true
  auth:
    database: appdb
    username: appuser
`;

export default function Home() {
  return (
    <main className="home">
      <h1>Chartwright</h1>
      <p className="lead">
        Chartwright walks you through writing a real Helm chart — a FastAPI service with its PostgreSQL database — one file at a time, explaining each as you go.
        Every change shows at once exactly what <code>helm template</code> would print, and the finished chart leaves as a zip with a one-command local deploy, or as a link.
      </p>
      <p>
        <Link className="button primary" href="/wizard/chart-yaml/">Start the walkthrough</Link>
      </p>
      <h2>Or start from a preset</h2>
      <PresetGallery />
      <h2>What you will edit</h2>
      <div className="panel">
        <FirstEditor path="home/values.yaml" text={SAMPLE} />
      </div>
    </main>
  );
}
