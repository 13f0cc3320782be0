/** How the dashboard prints its figures (the build tests read them back this way). */

/** An aggregated rate, one decimal: 83.4%. */
export function formatRate(value: number): string {
  return `${value.toFixed(1)}%`;
}

/** A rate as the ledger gives it (whole numbers stay whole): 82%. */
export function formatLedgerRate(value: number): string {
  return `${value}%`;
}

/** A figure with its unit: rates with one decimal, counts as whole numbers with 人/名/个. */
export function formatFigure(value: number, unit: string): string {
  return unit === '%' ? formatRate(value) : `${value} ${unit}`;
}
