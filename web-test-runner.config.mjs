// Every test runs in real headless Chromium (Debian's, found by scripts/find-chrome.mjs).
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChrome } from './scripts/find-chrome.mjs';

const chrome = findChrome();
const VERBOSE = process.env.DJ_TEST_LOGS === '1';

/** Ends the run with one plain line, "N passed, N failed", that any CI can read. */
function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        if (!suite) return;
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        walk(s.testResults);
        // A file that failed to load counts as a failure, not as zero tests.
        if (!s.passed && !s.testResults?.tests.length && !s.testResults?.suites.length) failed++;
      }
      // Under scripts/test.mjs the run's one final line is its own (with the e2e counts).
      if (!process.env.DJ_WTR_SUMMARY) console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
      // scripts/test.mjs adds these to the e2e counts for the run's last line.
      if (process.env.DJ_WTR_SUMMARY) fs.writeFileSync(process.env.DJ_WTR_SUMMARY, JSON.stringify({ passed, failed }));
    },
  };
}

const esbuild = esbuildPlugin({
  ts: true,
  target: 'es2022',
  tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
});
// The built bundle must reach the page byte for byte (the embedding and size tests load it as
// a news page would), so esbuild leaves dist/ alone.
const transform = esbuild.transform.bind(esbuild);
esbuild.transform = (context) => (context.path.startsWith('/dist/') ? undefined : transform(context));

// Calendar dates must not move with the reader's time zone: the date tests run a second time in a
// page emulating Los Angeles (UTC−8, where a local-time reading of "2021-01-15" is the 14th).
const TZ = 'America/Los_Angeles';
const tzGroup = {
  name: 'tz-los-angeles',
  files: ['test/core/format/date.tz.test.ts'],
  testRunnerHtml: (framework) =>
    `<html><head><script>window.__DJ_EXPECT_TZ = ${JSON.stringify(TZ)};</script></head><body><script type="module" src="${framework}"></script></body></html>`,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chrome ?? undefined, headless: true, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage'] },
      createPage: async ({ browser }) => {
        const page = await browser.newPage();
        await page.emulateTimezone(TZ);
        return page;
      },
    }),
  ],
};

// The strict-page test (test/csp/csp.test.ts) loads test/csp/*.html with the policy the README's
// "Strict pages" section recommends; `?allow-duplicates` lets a page hold a second copy of Lit.
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
// The hosted embed page and the builder are served with the same policy under `?strict`, with a
// report-uri: their violations (even during parsing, before any script could listen) are collected
// here and read back by test/csp/pages.test.ts from /__csp-reports. `?img-blob` adds the one
// img-src addition the PNG export needs (README "Strict pages").
const STRICT_PAGES = ['/demo/embed/index.html', '/demo/builder.html'];
const cspReports = [];
async function strictCsp(ctx, next) {
  if (ctx.path === '/__csp-report' && ctx.method === 'POST') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    cspReports.push(body);
    ctx.status = 204;
    return;
  }
  if (ctx.path === '/__csp-reports') {
    ctx.body = JSON.stringify(cspReports.splice(0));
    ctx.type = 'application/json';
    return;
  }
  // twice.html?loader: the same page with the loader (dj-widgets.js) twice instead of the one-file bundle.
  if (ctx.path === '/test/csp/twice.html' && 'loader' in ctx.query) {
    ctx.type = 'html';
    ctx.body = fs.readFileSync(new URL('./test/csp/twice.html', import.meta.url), 'utf8').replaceAll('/dist/dj-widgets.all.js', '/dist/dj-widgets.js');
  } else await next();
  const blob = 'img-blob' in ctx.query ? "; img-src 'self' blob:" : '';
  if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) {
    ctx.set('Content-Security-Policy', ('allow-duplicates' in ctx.query ? `${STRICT_CSP} 'allow-duplicates'` : STRICT_CSP) + blob);
  } else if (STRICT_PAGES.includes(ctx.path) && 'strict' in ctx.query) {
    ctx.set('Content-Security-Policy', `${STRICT_CSP}${blob}; report-uri /__csp-report`);
  }
}

// The interop tests (test/interop/) import React and Vue from npm as an app would. React ships
// CommonJS only, which the dev server cannot serve as modules: esbuild bundles react + react-dom
// once into one ES module (one copy of React for all three imports). Vue's self-contained browser
// build (with the template compiler) needs no bundling.
function frameworks() {
  let react;
  const REACT = '/__interop__/react.js';
  return {
    name: 'interop-frameworks',
    resolveImport({ source, context }) {
      if (!context.path.startsWith('/test/interop/')) return undefined;
      if (source === 'react' || source === 'react-dom' || source === 'react-dom/client') return REACT;
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      return undefined;
    },
    async serve(context) {
      if (context.path !== REACT) return undefined;
      react ??= import('esbuild').then(async ({ build }) => {
        const out = await build({
          stdin: {
            contents: `import React from 'react'; import { createRoot } from 'react-dom/client'; import { flushSync } from 'react-dom';
              export const { createElement, Fragment, StrictMode } = React; export { createRoot, flushSync };`,
            resolveDir: fileURLToPath(new URL('.', import.meta.url)),
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"development"' },
          logLevel: 'silent',
        });
        return out.outputFiles[0].text;
      });
      return { body: await react, type: 'js' };
    },
  };
}

// test/hardening/leaks.test.ts: `executeServerCommand('dj-heap')` garbage-collects the test page
// through the DevTools protocol and answers its JS heap in use, in bytes.
function heapCommand() {
  return {
    name: 'dj-heap',
    async executeCommand({ command, session }) {
      if (command !== 'dj-heap') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        // Twice: the first pass runs finalizers that free more on the second.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}

// test/server/: `executeServerCommand('dj-ssr', { tag, input, options })` renders a widget with
// dj-widgets/static (dist/static.js, built by `npm test`) in this Node process, as a server would.
function ssrCommand() {
  let lib;
  return {
    name: 'dj-ssr',
    async executeCommand({ command, payload }) {
      if (command === 'dj-cli') {
        // The CLI as a user runs it: the page written to a file (UTF-8), dist/dj-static.js in a new process.
        const { spawnSync } = await import('node:child_process');
        const os = await import('node:os');
        const path = await import('node:path');
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-cli-'));
        const file = path.join(dir, 'in.html');
        fs.writeFileSync(file, payload.page);
        const r = spawnSync(process.execPath, [fileURLToPath(new URL('./dist/dj-static.js', import.meta.url)), file, ...payload.args], { encoding: 'utf8' });
        fs.rmSync(dir, { recursive: true, force: true });
        return { stdout: r.stdout, stderr: r.stderr, status: r.status };
      }
      if (command !== 'dj-ssr') return undefined;
      lib ??= import(new URL('./dist/static.js', import.meta.url).href);
      const { renderWidget, prerenderHtml } = await lib;
      try {
        if (payload.page !== undefined) return { markup: prerenderHtml(payload.page, payload.options) };
        return { markup: renderWidget(payload.tag, JSON.parse(payload.input), JSON.parse(payload.options)) };
      } catch (e) {
        return { error: e instanceof Error ? e.message : String(e) };
      }
    },
  };
}

// test/embed/loader.test.ts: the loader served from /__flaky/, whose chunk requests fail (503) the
// next `n` times after /__flaky/reset?n=…&skip=… (after `skip` that pass) — a chunk that does not
// arrive, then the retry; or answers one chunk late (`hold`, `ms`).
let flakyFailures = 0;
let flakySkip = 0;
// `hold=<chunk file>&ms=…`: that chunk is answered late (an element chunk still on its way) — once.
let flakyHold = { file: '', ms: 0 };
async function flakyChunks(ctx, next) {
  if (ctx.path === '/__flaky/reset') {
    flakyFailures = Number(ctx.query.n ?? 0);
    flakySkip = Number(ctx.query.skip ?? 0);
    flakyHold = { file: String(ctx.query.hold ?? ''), ms: Number(ctx.query.ms ?? 0) };
    ctx.body = 'ok';
    return;
  }
  // An optional folder (/__flaky/<name>/…) gives a test URLs of its own, not answered from another test's requests.
  const m = /^\/__flaky\/(?:\w+\/)?(dj-widgets\.js|chunks\/[\w.-]+\.js)$/.exec(ctx.path);
  if (!m) return next();
  if (m[1].startsWith('chunks/') && flakySkip > 0) flakySkip--;
  else if (m[1].startsWith('chunks/') && flakyFailures > 0) {
    flakyFailures--;
    ctx.status = 503;
    return;
  }
  if (flakyHold.file && m[1] === `chunks/${flakyHold.file}`) {
    const { ms } = flakyHold;
    flakyHold = { file: '', ms: 0 };
    await new Promise((r) => setTimeout(r, ms));
  }
  ctx.set('cache-control', 'no-store');
  ctx.type = 'js';
  ctx.body = fs.readFileSync(new URL(`./dist/${m[1]}`, import.meta.url));
}

/** As the browser builds do (vite.config.ts): d3-zoom gets the part of d3-transition it uses. */
const d3Transition = () => ({
  name: 'd3-transition-alias',
  resolveImport: ({ source }) => (source === 'd3-transition' ? '/src/widgets/timeline/zoom-transition.ts' : undefined),
});

export default {
  // *.tz.test.ts run only in their time-zone group below.
  files: ['test/**/*.test.ts', '!test/**/*.tz.test.ts'],
  groups: [tzGroup],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: keyboard tests (sendKeys) need the focused page to be theirs.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // A file's whole run (not one test): the generic suites mount every widget many times over —
  // odd-input draws each with 100,000 rows — and a loaded 2-core machine took over the default
  // 120 s for one file. Each test keeps its own 10 s limit above.
  testsFinishTimeout: 600000,
  middleware: [strictCsp, flakyChunks],
  plugins: [d3Transition(), esbuild, frameworks(), heapCommand(), ssrCommand()],
  // A quiet log: failures (with their browser logs) and the final line only. Progress bars and
  // the browser logs of passing files (expected errors of error-path tests, Lit's dev-mode
  // notice) buried real output; DJ_TEST_LOGS=1 brings them back.
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: VERBOSE }), summaryReporter()],
  browserLogs: true,
  filterBrowserLogs: () => VERBOSE,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chrome ?? undefined,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
