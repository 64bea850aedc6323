import { rounded } from './draw';

/** A change of a rate in percentage points, as a cause or debrief note words it: "0.4 pp". */
export const pp = (amount: number) => `${rounded(amount * 100, 1)} pp`;
/** A relative change as a whole percentage, sign dropped: "35 %". */
export const pct = (amount: number) => `${Math.round(Math.abs(amount) * 100)} %`;
export const capped = (value: number, max: number) => Math.min(max, value);
