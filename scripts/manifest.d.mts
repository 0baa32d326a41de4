/** Types of scripts/manifest.mjs (read by vite.config.ts, which TypeScript checks). */
export interface ManifestLine {
  name: string;
  tag: string;
  className: string;
  chunk: string;
  input: 'data' | 'text';
}
export function readManifest(text?: string): ManifestLine[];
