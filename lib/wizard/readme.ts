import type { DeployScriptContext } from './deploy-script';

/** README.md beside the chart: the two ways to deploy it. */
export function readme(c: DeployScriptContext): string {
  const image = `${c.imageRepository}:${c.imageTag}`;
  const db = c.postgres
    ? `
## The database

With \`postgres.enabled: true\` the release runs PostgreSQL itself and the app gets
\`DB_HOST\`, \`DB_PORT\`, \`DB_NAME\`, \`DB_USER\` and \`DB_PASSWORD\`. The password is in
\`${c.chart}/values.yaml\`: for anything shared, create a Secret with the keys \`host\`,
\`port\`, \`database\`, \`username\` and \`password\`, and name it in
\`postgres.auth.existingSecret\` instead. With \`postgres.enabled: false\` and
\`existingSecret\` set, the app connects to the database that Secret describes.
`
    : '';
  return `# ${c.chart}

A Helm chart made with Chartwright: \`${c.chart}/\` is the chart, \`deploy-local.sh\` puts it on
a local cluster.

## 1. On a local cluster (kind, minikube or Docker Desktop)

From your app's folder (the Docker build context, with \`${c.dockerfile}\`):

    /path/to/deploy-local.sh

It builds \`${image}\`, loads it into the cluster, installs release \`${c.release}\` with
\`${c.chart}/values-local.yaml\`, waits for the rollout and prints the \`kubectl port-forward\`
and \`curl\` commands to reach \`${c.healthPath}\`. \`deploy-local.sh --help\` lists the options.

## 2. With Helm, anywhere

Push the image to a registry the cluster can pull from, then:

    helm upgrade --install ${c.release} ./${c.chart} --namespace ${c.namespace} --create-namespace \\
      --set-string image.repository=REGISTRY/${c.imageRepository} --set-string image.tag=TAG

Check the chart first with \`helm lint --strict ./${c.chart}\` and see what it renders with
\`helm template ${c.release} ./${c.chart}\`. \`values.schema.json\` rejects a mistyped value
with a message naming the key.
${db}`;
}
