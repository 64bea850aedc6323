/**
 * Unhappy users leave feedback this many times as often as happy ones (a thumbs-down is
 * what an annoyed user reaches for; a satisfied one mostly moves on). docs/engine.md.
 */
export const UNHAPPY_FEEDBACK_FACTOR = 5;

/** Share of answers that leave their user unhappy, given the thumbs-down share of feedback. */
function unhappyShare(thumbsDownRate: number): number {
  if (thumbsDownRate >= 1) return 1;
  const odds = thumbsDownRate / (1 - thumbsDownRate) / UNHAPPY_FEEDBACK_FACTOR;
  return odds / (1 + odds);
}

/**
 * A segment's feedback rate when its thumbs-down share moves from `baselineThumbsDown` to
 * `thumbsDown`: unhappy users give feedback (all of it negative) UNHAPPY_FEEDBACK_FACTOR
 * times as often as happy ones (all of it positive), so worse answers bring more feedback,
 * not only a worse share of it. With those two kinds of user, the thumbs-down share is
 * exactly `thumbsDown` and the volume scales by (1 + b'(r − 1)) / (1 + b(r − 1)), b and b'
 * the shares of unhappy users before and after.
 */
export function feedbackRateFor(
  baseFeedbackRate: number,
  baselineThumbsDown: number,
  thumbsDown: number,
): number {
  if (thumbsDown === baselineThumbsDown) return baseFeedbackRate;
  const lift = UNHAPPY_FEEDBACK_FACTOR - 1;
  const before = 1 + unhappyShare(baselineThumbsDown) * lift;
  const after = 1 + unhappyShare(thumbsDown) * lift;
  return Math.min(1, (baseFeedbackRate * after) / before);
}
