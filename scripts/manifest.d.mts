/** Types of scripts/manifest.mjs (read by vite.config.ts, which TypeScript checks). */
export interface ManifestLine {
  name: string;
  tag: string;
  className: string;
  chunk: string;
  input: 'data' | 'text';
  /** The entry has a first paint (`paint` loader): built as `<chunk>.paint.js`, imported by the loader first. */
  paint: boolean;
}
export function readManifest(text?: string): ManifestLine[];
