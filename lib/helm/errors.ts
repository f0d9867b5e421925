// The one error the render pipeline throws across its public boundary. Its text is
// exactly what `helm template` prints on stderr after "Error: " (without the final
// newline cobra adds), so the CLI prints `Error: ${err}` and the UI can show it as is.

/** Where in the pipeline an error was raised; the UI picks a presentation from it. */
export type HelmErrorKind =
  | 'chart' // loading or validating the chart files
  | 'dependencies' // Chart.yaml dependencies missing or bad
  | 'release' // bad release name
  | 'values' // reading values files or --set
  | 'schema' // values.schema.json validation
  | 'render' // template parse/exec errors (and NOTES.txt)
  | 'manifest' // a rendered document is not a YAML map
  | 'show-only' // --show-only named nothing that rendered
  | 'options' // a bad command-line option (--kube-version)
  | 'unsupported'; // a chart feature this engine does not implement

export interface HelmErrorInit {
  kind: HelmErrorKind;
  /** Helm's whole message, as printed after "Error: " */
  text: string;
  /** the chart file the error is about, when Helm names one ("mychart/templates/x.yaml") */
  file?: string;
  /** 1-based line in `file`, when known */
  line?: number;
  /** Go's 0-based byte column in the line, when known */
  col?: number;
  /** the underlying error (a TemplateError, say) for tools that want the structure */
  cause?: unknown;
}

export class HelmError extends Error {
  readonly kind: HelmErrorKind;
  readonly text: string;
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  declare cause?: unknown;

  constructor(init: HelmErrorInit) {
    super(init.text);
    this.name = 'HelmError';
    this.kind = init.kind;
    this.text = init.text;
    if (init.file !== undefined) this.file = init.file;
    if (init.line !== undefined) this.line = init.line;
    if (init.col !== undefined) this.col = init.col;
    if (init.cause !== undefined) this.cause = init.cause;
  }

  /** Helm's stderr text without the leading "Error: " and the trailing newline. */
  override toString(): string {
    return this.text;
  }

  toJSON(): Record<string, unknown> {
    const c = this.cause as { toJSON?: () => unknown } | undefined;
    return {
      kind: this.kind,
      text: this.text,
      file: this.file,
      line: this.line,
      col: this.col,
      cause: c && typeof c.toJSON === 'function' ? c.toJSON() : undefined,
    };
  }
}

/** Helm 4's `helm template` appends this to every error raised while rendering. */
export const DEBUG_HINT = '\n\nUse --debug flag to render out invalid YAML';
