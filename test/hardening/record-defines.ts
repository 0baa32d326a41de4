/** Imported before anything defines an element: records every tag defined on this page. */
export const definedTags: string[] = [];
const define = customElements.define.bind(customElements);
customElements.define = (name: string, ctor: CustomElementConstructor, options?: ElementDefinitionOptions): void => {
  definedTags.push(name);
  define(name, ctor, options);
};
