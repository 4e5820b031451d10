/** Money is kept in öre; people read and type kronor. */
export function formatOre(ore: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(ore / 100);
}

/** Kronor as typed ("42 500", "42500,50") to öre; undefined when it is not a positive amount. */
export function kronorToOre(text: string): number | undefined {
  const value = Number(text.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(value) && value > 0 ? Math.round(value * 100) : undefined;
}
