/** Odd text every hardening suite feeds its inputs: what a pasted spreadsheet or a broken feed can carry. */
export const ODD_TEXT: Record<string, string> = {
  'lone high surrogate': 'a\uD800b',
  'lone low surrogate': '\uDC00标签',
  NUL: 'a\u0000b',
  'C0 and C1 controls': '\u0001\u0008\u000B\u001F\u007F\u0085\u009F标签',
  'bidi override and marks': '\u202E\u200F标签\u202C\u2066x\u2069',
  '1 MB': `长${'字'.repeat(1 << 20)}`,
};
