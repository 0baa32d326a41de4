// Loaded first by the strict pages (an inline script would itself be a violation): records every
// Content-Security-Policy and Trusted Types violation, and every uncaught error, for csp.test.ts.
window.__violations = [];
window.__errors = [];
window.addEventListener(
  'securitypolicyviolation',
  (e) => {
    // The element itself, even inside a (open) shadow root: the listener only sees its host.
    const node = e.composedPath()[0];
    const element = node instanceof Element ? [node.localName, ...node.classList].join('.') : node === document ? '#document' : '';
    window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, element });
  },
  true,
);
window.__warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__warnings.push(args.map(String).join(' '));
  warn(...args);
};
window.addEventListener('error', (e) => {
  window.__errors.push(String(e.message));
});
window.addEventListener('unhandledrejection', (e) => {
  window.__errors.push(String(e.reason));
});
