#!/usr/bin/env node
// The browser half of `npm test`: make sure a Chromium exists (install Debian's when we can, else
// say how in one line), build the bundle the embedding tests load, then run every test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChrome } from './find-chrome.mjs';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return r.status ?? 1;
}

if (!findChrome()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log('npm test: no Chromium found; installing Debian packages chromium and fonts-noto-cjk …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], { env }) !== 0 || run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { env }) !== 0 || !findChrome()) {
      console.error('npm test: could not install Chromium; run `apt-get install -y chromium fonts-noto-cjk` or set CHROME=/path/to/chrome.');
      process.exit(1);
    }
  } else {
    console.error('npm test: no Chromium found; install it (Debian: `sudo apt-get install -y chromium fonts-noto-cjk`) or set CHROME=/path/to/chrome.');
    process.exit(1);
  }
}

if (!process.argv.includes('--no-build')) {
  // The embedding and size tests load dist/dj-widgets.js exactly as a page would.
  // Quiet unless it fails: the log is for failures and the final line.
  const r = spawnSync('node', ['scripts/build.mjs', '--bundle-only'], { encoding: 'utf8' });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    process.exit(r.status ?? 1);
  }
}

const extra = process.argv.slice(2).filter((a) => a !== '--no-build' && a !== '--no-e2e');
const summaryFile = (name) => path.join(os.tmpdir(), `dj-${name}-${process.pid}.json`);
const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { passed: 0, failed: 1 });

// 1. Every browser test (web-test-runner in Chromium).
const wtrFile = summaryFile('wtr');
const wtr = run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...extra], { env: { ...process.env, DJ_WTR_SUMMARY: wtrFile } });
const totals = read(wtrFile);
if (wtr !== 0 && totals.failed === 0) totals.failed = 1;

// 2. End-to-end tests (node:test + playwright-core): whole pages, servers on two ports, the CLI,
// the built demo. Skipped when only some files were asked for (`--files`), or with --no-e2e.
let e2e = 0;
if (!extra.includes('--files') && !process.argv.includes('--no-e2e')) {
  const e2eFile = summaryFile('e2e');
  const files = fs.readdirSync('test/e2e').filter((f) => f.endsWith('.e2e.mjs')).map((f) => `test/e2e/${f}`);
  // The summary reporter prints failures only (DJ_TEST_LOGS=1: every test, as node's spec reporter does).
  const spec = process.env.DJ_TEST_LOGS === '1' ? ['--test-reporter=spec', '--test-reporter-destination=stdout'] : [];
  e2e = run('node', ['--test', '--test-concurrency=1', ...spec, '--test-reporter=./scripts/e2e-summary.mjs', '--test-reporter-destination=stdout', ...files], {
    env: { ...process.env, DJ_E2E_SUMMARY: e2eFile },
  });
  const r = read(e2eFile);
  if (e2e !== 0 && r.failed === 0) r.failed = 1;
  totals.passed += r.passed;
  totals.failed += r.failed;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(wtr !== 0 || e2e !== 0 || totals.failed > 0 ? 1 : 0);
