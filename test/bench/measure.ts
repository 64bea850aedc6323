/** The median of some timings: robust to the odd garbage collection. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** One line of the benchmark report. */
export function report(label: string, value: number, unit: string): void {
  console.log(`${label.padEnd(66)} ${value.toFixed(value < 10 ? 2 : 1).padStart(9)} ${unit}`);
}
