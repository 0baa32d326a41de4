import { isServer } from 'lit';

/**
 * True while Lit SSR renders in Node (dj-widgets/static), false in every browser. Lit's browser
 * type declarations type `isServer` as the literal `false`, so code that branches on it would
 * look dead to the type checker; this widens it once.
 */
export const ON_SERVER: boolean = isServer;
