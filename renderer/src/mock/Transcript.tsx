import { formatClock } from './interviewClock';
import type { AskedProbe } from './interviewProbes';

interface Props {
  readonly probes: readonly Pick<AskedProbe, 'atSecond' | 'text'>[];
  /** The learner's written answer, shown last once the interview is over. */
  readonly answer?: string;
  readonly headingLevel?: 2 | 3;
}

/**
 * The interviewer's questions as a chat transcript, each with the time it was asked. A `log`
 * is politely live: a screen reader announces a new question once, without re-reading the rest.
 */
export function Transcript({ probes, answer, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="mock-transcript" aria-labelledby="mock-transcript-heading">
      <Heading id="mock-transcript-heading">Interviewer</Heading>
      {probes.length === 0 ? (
        <p className="muted">
          The interviewer is listening. Questions appear here as the clock runs.
        </p>
      ) : null}
      <ol role="log" aria-label="Interviewer’s questions" className="mock-messages">
        {probes.map((probe) => (
          <li key={`${probe.atSecond}-${probe.text}`} className="mock-message from-interviewer">
            <time className="mock-message-time" aria-label={`at ${formatClock(probe.atSecond)}`}>
              {formatClock(probe.atSecond)}
            </time>
            <span className="mock-message-text">{probe.text}</span>
          </li>
        ))}
        {answer !== undefined ? (
          <li className="mock-message from-learner">
            <span className="mock-message-who">You wrote</span>
            <span className="mock-message-text">
              {answer.trim() === '' ? '(no answer)' : answer}
            </span>
          </li>
        ) : null}
      </ol>
    </section>
  );
}
