#!/usr/bin/env bash
# `npm test`: every test layer, each able to fail the run.
#   1. types (tsc over the whole repo)
#   2. unit + differential tests against the real Helm 4.1.4 binary (vitest)
#   3. browser tests in Debian's Chromium against the production build (Playwright)
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results

echo "== layer 1/3: typecheck (tsc --noEmit)"
npx tsc --noEmit -p .
echo "typecheck: ok"

echo "== layer 2/3: unit + differential vs helm (vitest)"
unit=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || unit=$?

echo "== layer 3/3: browser (playwright + chromium)"
e2e=0
npx playwright test || e2e=$?

node scripts/summary.mjs test-results/vitest.json test-results/playwright.json
if [ "$unit" -ne 0 ] || [ "$e2e" -ne 0 ]; then exit 1; fi
