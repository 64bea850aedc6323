/**
 * The interview's length in seconds: the scenario's `mockMinutes`, unless the page was opened
 * with `?mockSeconds=N` (5–7200). Every built-in scenario runs ten minutes, so the end-to-end
 * test and anyone rehearsing a lightning round use the query parameter; probes keep their
 * place in the shortened interview (see `probeSecond`).
 */
export function sessionSeconds(mockMinutes: number, search: string = location.search): number {
  const raw = new URLSearchParams(search).get('mockSeconds');
  const override = raw === null ? NaN : Number(raw);
  if (Number.isInteger(override) && override >= 5 && override <= 7200) return override;
  return Math.max(1, mockMinutes) * 60;
}
