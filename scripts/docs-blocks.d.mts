// Types of scripts/docs-blocks.mjs for the TypeScript tests that import it.
export interface DocBlock {
  info: string;
  text: string;
  kind: 'html' | 'html embed' | 'html cdn' | 'js' | 'js node' | 'css' | 'sh' | 'file' | 'text';
  lang: string;
  file?: string;
}
export const KINDS: string[];
export function blockKind(info: string): Pick<DocBlock, 'kind' | 'lang' | 'file'>;
export function codeBlocks(markdown: string): DocBlock[];
export function liveMarkup(html: string): string;
export function moduleScripts(html: string): string[];
export function rewriteImports(code: string, resolve: (subpath: string) => string): string;
