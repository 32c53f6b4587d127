/** A percentage with two decimals: `2.4609…` → `'2.46%'`. */
export const pct = (value: number): string => `${value.toFixed(2)}%`;

/** US dollars in billions with two decimals: `12_570_000_000` → `'US$ 12.57 bn'`. */
export const bn = (value: number): string => `US$ ${(value / 1e9).toFixed(2)} bn`;

/** Rounds to a number of decimals, for figures stored in a check. */
export const round = (value: number, decimals = 2): number => Number(value.toFixed(decimals));
