// The repo's vitest config only collects lib/, test/, bin/ and chart-templates/; this one
// runs the editor's own unit tests: `npx vitest run -c components/editor/vitest.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['components/editor/**/*.test.ts'],
    exclude: ['node_modules/**'],
  },
});
