/**
 * The one length limit of a written answer, in characters: the CLI refuses a longer file, the
 * app's answer box stops at it, and the grader reads no further. A ten-minute spoken answer is
 * about 1,500 words (~9,000 characters), so the limit leaves room to spare.
 */
export const MAX_ANSWER_CHARACTERS = 20_000;
