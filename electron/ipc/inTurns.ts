/** Lets main answer other events (window, menu, other requests) between pieces of work. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Maps `items` a few at a time, giving main a turn between groups: a cohort of 5,000 reports
 * then never blocks main for longer than one group's validation.
 */
export async function mapInTurns<T, R>(
  items: readonly T[],
  map: (item: T, index: number) => R,
  perTurn = 20,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += perTurn) {
    if (start > 0) await nextTurn();
    const end = Math.min(items.length, start + perTurn);
    for (let index = start; index < end; index++) results.push(map(items[index] as T, index));
  }
  return results;
}
