'use client';
// The editor wrapper: the app talks to Monaco only through this component.
import Editor from '@monaco-editor/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type * as Monaco from 'monaco-editor';
import { setupMonaco } from './monaco-setup';
import { CHARTWRIGHT_THEME } from './helm-theme';
import { editorLanguage, languageFor, type EditorLanguage } from './language';

export { editorLanguage, languageFor, type EditorLanguage };

export interface EditorMarker {
  /** 1-based line */
  line: number;
  /** 1-based UTF-16 column (Monaco's); convert Go's byte column with goColumnToMonaco */
  column: number;
  message: string;
}

export interface CodeEditorProps {
  /** a stable model path, e.g. "backend/values.yaml": one Monaco model per file */
  path: string;
  value: string;
  /** defaults to languageFor(path); see editorLanguage for templates given 'yaml' */
  language?: EditorLanguage;
  readOnly?: boolean;
  height?: string | number;
  /** the editor's accessible name, e.g. "Editor: values.yaml" */
  ariaLabel: string;
  onChange?: (text: string) => void;
  /** an error to show in the gutter and squiggle */
  marker?: EditorMarker;
  /** move the cursor here and focus; a new object each time it should happen */
  reveal?: { line: number; column: number };
  onReady?: (editor: Monaco.editor.IStandaloneCodeEditor, monaco: typeof Monaco) => void;
}

/** Go reports a 0-based byte offset within the line; Monaco wants a 1-based UTF-16 column. */
export function goColumnToMonaco(lineText: string, byteCol: number): number {
  const bytes = new TextEncoder().encode(lineText);
  const prefix = new TextDecoder().decode(bytes.slice(0, Math.max(0, byteCol)));
  return prefix.length + 1;
}

export default function CodeEditor(props: CodeEditorProps) {
  const monaco = useMemo(() => setupMonaco(), []);
  const language = editorLanguage(props.path, props.language);
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);

  // A change made elsewhere (a form field) reaches an editor the user is not typing in a
  // moment later: re-tokenising a long file would otherwise delay the preview update that
  // the same keystroke triggers. The editor being typed in always gets its text at once.
  const [shown, setShown] = useState(props.value);
  useEffect(() => {
    if (props.value === shown) return;
    if (!editorRef.current || editorRef.current.hasTextFocus()) {
      setShown(props.value);
      return;
    }
    const t = setTimeout(() => setShown(props.value), 80);
    return () => clearTimeout(t);
  }, [props.value, shown]);

  // In templates the action delimiters carry their own colour; bracket-pair colours on
  // every "{{" would drown it. It is a model option (the editor option never reaches the
  // model in standalone Monaco), so set it on each model the editor shows.
  const colorBrackets = (ed: Monaco.editor.IStandaloneCodeEditor | null) => {
    const enabled = !(language === 'helm-yaml' || language === 'helm-tpl');
    ed?.getModel()?.updateOptions({ bracketColorizationOptions: { enabled, independentColorPoolPerBracketType: false } });
  };
  useEffect(() => colorBrackets(editorRef.current));

  useEffect(() => {
    const ed = editorRef.current;
    const model = ed?.getModel();
    if (!ed || !model) return;
    const m = props.marker;
    monaco.editor.setModelMarkers(
      model,
      'chartwright',
      m ? [{ severity: monaco.MarkerSeverity.Error, message: m.message, startLineNumber: m.line, startColumn: m.column, endLineNumber: m.line, endColumn: model.getLineMaxColumn(Math.min(m.line, model.getLineCount())) }] : [],
    );
  }, [props.marker, props.value, monaco]);

  useEffect(() => {
    const ed = editorRef.current;
    if (!ed || !props.reveal) return;
    ed.setPosition({ lineNumber: props.reveal.line, column: props.reveal.column });
    ed.revealLineInCenter(props.reveal.line);
    ed.focus();
  }, [props.reveal]);

  return (
    <Editor
      path={props.path}
      value={shown}
      language={language}
      height={props.height ?? '60vh'}
      theme={CHARTWRIGHT_THEME}
      onChange={(v) => props.onChange?.(v ?? '')}
      onMount={(ed, m) => {
        editorRef.current = ed;
        colorBrackets(ed);
        props.onReady?.(ed, m);
        if (props.reveal) {
          ed.setPosition({ lineNumber: props.reveal.line, column: props.reveal.column });
          ed.revealLineInCenter(props.reveal.line);
          ed.focus();
        }
      }}
      loading={<div role="status">Loading editor…</div>}
      options={{
        readOnly: props.readOnly,
        minimap: { enabled: false },
        fontSize: 13,
        scrollBeyondLastLine: false,
        ariaLabel: props.ariaLabel,
        tabSize: 2,
        automaticLayout: true,
        // Tab moves focus out instead of indenting (Ctrl+M toggles), so keyboard users
        // are never trapped in the editor.
        tabFocusMode: true,
        renderValidationDecorations: 'on',
      }}
    />
  );
}
