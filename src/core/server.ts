import { isServer } from 'lit';

/**
 * True while Lit SSR renders in Node (dj-widgets/static), false in every browser. Lit's browser
 * type declarations type `isServer` as the literal `false`, so code that branches on it would
 * look dead to the type checker; this widens it once.
 */
export const ON_SERVER: boolean = isServer;

type ServerErrorSink = (tag: string, message: string) => void;
let sink: ServerErrorSink | null = null;

/**
 * Where a widget's error goes during a server render (dj-widgets/static sets it per element):
 * the CLI prints one line per problem and exits non-zero, instead of Node dumping the element.
 * Returns the previous sink, to restore.
 */
export function setServerErrorSink(next: ServerErrorSink | null): ServerErrorSink | null {
  const before = sink;
  sink = next;
  return before;
}

export function reportServerError(tag: string, message: string): void {
  if (sink) sink(tag, message);
  else console.error(`<${tag}>: ${message}`);
}
