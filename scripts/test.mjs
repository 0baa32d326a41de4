#!/usr/bin/env node
// The browser half of `npm test`: make sure a Chromium exists (install Debian's when we can, else
// say how in one line), build the bundle the embedding tests load, then run every test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
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
  const status = run('node', ['scripts/build.mjs', '--bundle-only']);
  if (status !== 0) process.exit(status);
}

const extra = process.argv.slice(2).filter((a) => a !== '--no-build');
process.exit(run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...extra]));
