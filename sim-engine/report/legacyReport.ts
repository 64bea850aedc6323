/**
 * Reports saved before metric holds could end inconclusive said `hold-gave-up` and had no
 * `inconclusiveStage`. They stay readable: the old words are read as the new ones, on a copy,
 * before the strict schema sees them. Anything else is left for the schema to judge.
 */
export function readLegacyReportFields(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const events = Array.isArray(value['events']) ? value['events'].map(legacyEvent) : undefined;
  const result: Record<string, unknown> = { ...value };
  if (events) result['events'] = events;
  if (isRecord(value['outcome'])) result['outcome'] = legacyOutcome(value['outcome'], events);
  if (Array.isArray(value['counterfactuals'])) {
    result['counterfactuals'] = value['counterfactuals'].map((counterfactual: unknown) =>
      isRecord(counterfactual) && isRecord(counterfactual['outcome'])
        ? { ...counterfactual, outcome: legacyOutcome(counterfactual['outcome'], undefined) }
        : counterfactual,
    );
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function legacyEvent(event: unknown): unknown {
  if (!isRecord(event)) return event;
  if (event['type'] === 'hold-gave-up') {
    return { ...event, type: 'stage-inconclusive', next: 'rollback' };
  }
  if (event['type'] === 'rollback-requested' && event['reason'] === 'hold-gave-up') {
    return { ...event, reason: 'inconclusive' };
  }
  return event;
}

function legacyOutcome(
  outcome: Record<string, unknown>,
  events: readonly unknown[] | undefined,
): Record<string, unknown> {
  const upgraded: Record<string, unknown> = { ...outcome };
  if (upgraded['rollbackReason'] === 'hold-gave-up') upgraded['rollbackReason'] = 'inconclusive';
  if (!('inconclusiveStage' in upgraded)) {
    const inconclusive = events?.find(
      (event) => isRecord(event) && event['type'] === 'stage-inconclusive',
    );
    upgraded['inconclusiveStage'] =
      isRecord(inconclusive) && typeof inconclusive['stage'] === 'number'
        ? inconclusive['stage']
        : null;
  }
  return upgraded;
}
