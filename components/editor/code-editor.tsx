'use client';
// The editor wrapper: the app talks to Monaco only through this component.
import Editor, { type OnMount } from '@monaco-editor/react';
import { useMemo } from 'react';
import { setupMonaco } from './monaco-setup';

export interface CodeEditorProps {
  /** a stable model path, e.g. "backend/values.yaml": one Monaco model per file */
  path: string;
  value: string;
  language?: 'yaml' | 'plaintext' | 'shell' | 'go-template';
  readOnly?: boolean;
  height?: string | number;
  ariaLabel: string;
  onChange?: (text: string) => void;
  onMount?: OnMount;
}

export default function CodeEditor(props: CodeEditorProps) {
  useMemo(() => setupMonaco(), []);
  return (
    <Editor
      path={props.path}
      value={props.value}
      language={props.language === 'go-template' ? 'yaml' : props.language ?? 'yaml'}
      height={props.height ?? '60vh'}
      theme="vs"
      onChange={(v) => props.onChange?.(v ?? '')}
      onMount={props.onMount}
      loading={<div role="status">Loading editor…</div>}
      options={{
        readOnly: props.readOnly,
        minimap: { enabled: false },
        fontSize: 13,
        scrollBeyondLastLine: false,
        ariaLabel: props.ariaLabel,
        tabSize: 2,
        automaticLayout: true,
      }}
    />
  );
}
