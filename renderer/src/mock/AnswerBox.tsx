import { MAX_ANSWER_CHARACTERS } from '../../../sim-engine/index';

interface Props {
  readonly value: string;
  readonly onChange: (answer: string) => void;
  readonly disabled?: boolean;
}

function words(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** The written answer: what the learner would say to the interviewer, graded at the end. */
export function AnswerBox({ value, onChange, disabled = false }: Props) {
  const count = words(value);
  return (
    <div className="mock-answer">
      <label htmlFor="mock-answer-text">What you would say</label>
      <p id="mock-answer-hint" className="hint-text">
        Answer as you would aloud: what you own as the PM, who goes first, the numbers that make you
        roll back, how long you hold and who signs off, how fast you can get back, and what a canary
        cannot tell you. Graded when the interview ends.
      </p>
      <textarea
        id="mock-answer-text"
        rows={9}
        value={value}
        disabled={disabled}
        maxLength={MAX_ANSWER_CHARACTERS}
        aria-describedby="mock-answer-hint mock-answer-count"
        onChange={(e) => onChange(e.target.value)}
      />
      <p id="mock-answer-count" className="hint-text">
        {count} {count === 1 ? 'word' : 'words'}
      </p>
    </div>
  );
}
