/** The paragraphs of `<dj-figures>`' light DOM, read as a reader sees them. */

/** A paragraph of the light DOM: its text with white space collapsed as the page shows it, and its lang. */
export interface Block {
  text: string;
  lang: string | undefined;
}

/** Elements that start a paragraph of their own; anything else is inline and joins its neighbours. */
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'HEADER', 'FOOTER', 'MAIN']);
/** Never text: their content is code or an inert template. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const tidyText = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text of `node` as a reader sees it: textContent without scripts, styles and templates. */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && SKIP.has(node.tagName)) return '';
  let out = '';
  for (const child of Array.from(node.childNodes)) out += textOf(child);
  return out;
}

/**
 * The paragraphs under `root`, in order: each block element holding no other block is one
 * paragraph; runs of text and inline elements between blocks are one too.
 */
export function readBlocks(root: Element): Block[] {
  const out: Block[] = [];
  let inline = '';
  const flush = (lang: string | undefined): void => {
    const text = tidyText(inline);
    if (text) out.push({ text, lang });
    inline = '';
  };
  const walk = (parent: Element, lang: string | undefined): void => {
    for (const node of Array.from(parent.childNodes)) {
      if (node instanceof Element) {
        if (SKIP.has(node.tagName)) continue;
        if (!BLOCK.has(node.tagName)) {
          inline += textOf(node);
          continue;
        }
        flush(lang);
        const own = node.getAttribute('lang') ?? lang;
        if (Array.from(node.children).some((c) => BLOCK.has(c.tagName))) {
          walk(node, own);
          flush(own);
        } else {
          const text = tidyText(textOf(node));
          if (text) out.push({ text, lang: own });
        }
      } else if (node.nodeType === Node.TEXT_NODE) {
        inline += node.textContent ?? '';
      }
    }
    flush(lang);
  };
  walk(root, undefined);
  return out;
}

