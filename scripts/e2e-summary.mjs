// A node:test reporter that writes the e2e pass/fail counts for scripts/test.mjs's final line.
import fs from 'node:fs';

export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    // Only tests, not the file-level suites node:test wraps them in.
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite' && event.data.nesting >= 0) passed++;
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') failed++;
  }
  fs.writeFileSync(process.env.DJ_E2E_SUMMARY ?? '.e2e-summary.json', JSON.stringify({ passed, failed }));
  yield '';
}
