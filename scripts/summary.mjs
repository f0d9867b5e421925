// One closing line over all layers, from the runners' own JSON reports.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0, failed = 0, skipped = 0;
const [vitestFile, pwFile] = process.argv.slice(2);
if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += v.numPassedTests; failed += v.numFailedTests + (v.numFailedTestSuites || 0); skipped += v.numPendingTests + v.numTodoTests;
  console.log(`unit+differential: ${v.numPassedTests} passed, ${v.numFailedTests} failed (${v.numFailedTestSuites || 0} files failed to run)`);
} else { failed++; console.log('unit+differential: no report'); }
if (existsSync(pwFile)) {
  const p = JSON.parse(readFileSync(pwFile, 'utf8')).stats;
  passed += p.expected; failed += p.unexpected + p.flaky; skipped += p.skipped;
  console.log(`browser: ${p.expected} passed, ${p.unexpected + p.flaky} failed`);
} else { failed++; console.log('browser: no report'); }
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
