/** Types of css-literals.mjs for vite.config.ts and the tests. */
export declare function minifyCssLiterals(code: string): string | null;
