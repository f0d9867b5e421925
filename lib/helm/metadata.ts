// .Chart: Helm 4 hands templates the chart's metadata as a map keyed by the Go field
// names (accessor.MetadataAsMap), plus IsRoot.
import { type GoMap, type GoValue, newMap, nilMap, typed } from '../gotemplate/value';
import type { Chart } from './chart';

function map(entries: Record<string, GoValue>): GoMap {
  return Object.assign(newMap(), entries);
}

export function metadataAsMap(c: Chart): GoMap {
  const md = c.metadata;
  // Metadata.Annotations stays a map[string]string, nil when Chart.yaml sets none
  const keys = Object.keys(md.annotations);
  const ann = keys.length === 0 ? nilMap('map[string]string') : typed(newMap(), 'map[string]string');
  for (const k of keys) ann[k] = md.annotations[k];
  return map({
    APIVersion: md.apiVersion,
    Annotations: ann,
    AppVersion: md.appVersion,
    Condition: md.condition,
    Dependencies: (md.dependencies ?? []).map((d) =>
      map({
        Alias: d.alias,
        Condition: d.condition,
        Enabled: d.enabled,
        ImportValues: [...d.importValues],
        Name: d.name,
        Repository: d.repository,
        Tags: [...d.tags],
        Version: d.version,
      }),
    ),
    Deprecated: md.deprecated,
    Description: md.description,
    Home: md.home,
    Icon: md.icon,
    IsRoot: c.parent === null,
    Keywords: [...md.keywords],
    KubeVersion: md.kubeVersion,
    Maintainers: md.maintainers.map((m) => map({ Email: m.email, Name: m.name, URL: m.url })),
    Name: md.name,
    Sources: [...md.sources],
    Tags: md.tags,
    Type: md.type,
    Version: md.version,
  });
}
