/** What the hardening suites accept as a link or image address in a rendered widget. */
import { expect } from '@open-wc/testing';

/**
 * An href/src as the browser reads it: an in-page #fragment, an absolute http(s) URL, or a
 * relative one that resolves to this page's origin (so `/\\evil.test` fails: it is //evil.test).
 */
export function expectOnPolicy(v: string, what: string): void {
  if (v.startsWith('#')) return;
  const u = new URL(v, document.baseURI);
  expect(u.protocol, what).to.match(/^https?:$/);
  if (!/^https?:/i.test(v.trim())) expect(u.origin, `${what}: ${JSON.stringify(v)} leaves the page's origin`).to.equal(location.origin);
}
