/**
 * Inline styles that survive a strict Content-Security-Policy. Lit's styleMap writes a `style`
 * attribute as a string on first render, which `style-src 'self'` blocks (lit/lit#4719); setting
 * properties through the CSSOM (`element.style.setProperty`) is allowed. Names are CSS names:
 * `min-height`, `left`, `--_label-w`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

class StylePropsDirective extends Directive {
  private names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps belongs on an element: <div ${styleProps({ … })}>');
  }

  // The work happens in update(), which has the element; render() only fixes the signature.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the directive's argument type
  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined) continue;
      style.setProperty(name, String(value));
      next.add(name);
    }
    for (const name of this.names) if (!next.has(name)) style.removeProperty(name);
    this.names = next;
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
