/**
 * English unit words in headers and unit attributes ("(billion yuan)", unit="US$ million") → the
 * unit as the library keeps it, so zh-CN and en both write it (number.ts UNITS). One list for a
 * header's unit, a unit attribute and the builder (header-unit.ts unitWord, quantity.ts splitUnit).
 * Plain data with no imports: the first-paint chunk reads units and must not pull in more.
 */
export const EN_UNIT_WORDS: Readonly<Record<string, string>> = {
  yuan: '元', rmb: '元', cny: '元', 'us$': '美元', usd: '美元', 'us dollars': '美元', '$': '$', '%': '%', percent: '%', 'per cent': '%',
  // "metric tons": Xinhua's English ("grain output of over 650 million metric tons", 2024 government work report).
  people: '人', persons: '人', tonnes: '吨', tons: '吨', 'metric tons': '吨', 'metric tonnes': '吨', t: '吨', hectares: '公顷', mu: '亩', km: '公里', 'km²': '平方公里', 'sq km': '平方公里', 'm²': '平方米', 'sq m': '平方米',
  // Written so in Chinese tables too ("万TEU", "kg"): kept as written in both languages.
  teu: 'TEU', kg: 'kg',
};

/** English multiplier words; "mn"/"bn" are written as the word the library knows. */
export const EN_MULTIPLIER_WORDS: Readonly<Record<string, readonly [number, string]>> = {
  thousand: [1e3, 'thousand'], million: [1e6, 'million'], mn: [1e6, 'million'], billion: [1e9, 'billion'], bn: [1e9, 'billion'], trillion: [1e12, 'trillion'],
};
