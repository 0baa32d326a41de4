/**
 * dist/dj-embed-resize.js: the one line a CMS template adds so our iframes fit their widget.
 *   <iframe data-dj-embed src="https://…/embed/?…" title="…" style="width:100%;border:0" height="400"></iframe>
 *   <script src="https://…/dj-embed-resize.js" async></script>
 * A height is accepted only from the frame's own window (event.source) and from the origin its
 * src names (event.origin): another frame, the page itself or a page the frame was sent to cannot
 * resize anything. Frames are looked up per message, so frames added later (lazy loading, single-
 * page apps) work too. Kept tiny and dependency-free (a classic script, under 1 KB minified), so
 * it does not import the embed page's constants: the two strings are repeated on purpose.
 */
(() => {
  /** Taller than any widget we draw; a bigger number is a bug or a trick. */
  const MAX_HEIGHT = 20000;
  const frames = (): NodeListOf<HTMLIFrameElement> => document.querySelectorAll('iframe[data-dj-embed]');

  addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { type, height } = data as { type?: unknown; height?: unknown };
    if (type !== 'dj-widgets:height' || typeof height !== 'number' || !(height > 0 && height <= MAX_HEIGHT)) return;
    for (const frame of frames()) {
      if (frame.contentWindow !== event.source) continue;
      let origin = '';
      try {
        // `src` reads back absolute; an empty or unparsable one has no origin, and nothing matches ''.
        origin = new URL(frame.src).origin;
      } catch {
        /* no origin */
      }
      if (origin === event.origin) frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
  });

  // Frames that loaded before this script (async, a tag manager) posted to no one: ask again.
  for (const frame of frames()) frame.contentWindow?.postMessage({ type: 'dj-widgets:request-height' }, '*');
})();
