// A node:test reporter that writes the e2e pass/fail counts for scripts/test.mjs's final line,
// and each failure (the quiet log shows nothing else).
import fs from 'node:fs';

export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    // Only tests, not the file-level suites node:test wraps them in.
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite' && event.data.nesting >= 0) passed++;
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') {
      failed++;
      // The quiet log's only e2e output: which test failed, where, and why.
      const err = event.data.details?.error;
      const cause = err?.cause ?? err;
      yield `✖ ${event.data.file ?? ''} › ${event.data.name}\n  ${String(cause?.stack ?? cause?.message ?? cause).split('\n').slice(0, 8).join('\n  ')}\n`;
    }
  }
  fs.writeFileSync(process.env.DJ_E2E_SUMMARY ?? '.e2e-summary.json', JSON.stringify({ passed, failed }));
  yield '';
}
