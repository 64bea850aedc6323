import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';

/** The scrubber: a range input (arrow keys, Page Up/Down, Home/End work) and jumps to key moments. */
export function Timeline({
  endMinute,
  intervalMinutes,
  clockLabel,
  marks,
}: {
  readonly endMinute: number;
  readonly intervalMinutes: number;
  readonly clockLabel: (minute: number) => string;
  readonly marks: readonly { readonly label: string; readonly minute: number }[];
}) {
  const { minute, setMinute } = useAppStore(
    useShallow((s) => ({ minute: s.replayMinute, setMinute: s.setReplayMinute })),
  );
  return (
    <div className="timeline card">
      <label htmlFor="replay-scrubber">Timeline</label>
      <input
        id="replay-scrubber"
        type="range"
        min={0}
        max={endMinute}
        step={intervalMinutes}
        value={minute}
        aria-valuetext={`${clockLabel(minute)}, minute ${minute}`}
        onChange={(e) => setMinute(Number(e.target.value))}
      />
      <p className="clock">
        {clockLabel(minute)} · minute {minute} of {endMinute}
      </p>
      {marks.length > 0 ? (
        <div className="jumps" role="group" aria-label="Jump to">
          {marks.map((mark) => (
            <button key={mark.label} type="button" onClick={() => setMinute(mark.minute)}>
              {mark.label} ({clockLabel(mark.minute)})
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
