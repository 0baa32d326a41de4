import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/core/version.js';

describe('VERSION', () => {
  it('equals package.json’s version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
