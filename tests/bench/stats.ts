// Small helpers for benchmark figures.
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i] ?? NaN
}
export const median = (s: number[]): number => percentile(s, 50)
export const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 1)} ms`
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now()
  const v = await fn()
  return [v, performance.now() - t]
}

export interface BenchRow {
  measure: string
  result: string
  target?: string
  ok?: string
}

export function printTable(title: string, rows: BenchRow[]): void {
  console.log(`\n### ${title}\n`)
  console.log('| measure | result | target | met |\n|---|---|---|---|')
  for (const r of rows) console.log(`| ${r.measure} | ${r.result} | ${r.target ?? ''} | ${r.ok ?? ''} |`)
}
