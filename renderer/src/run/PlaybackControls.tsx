import { useShallow } from 'zustand/react/shallow';
import { elapsedLabel } from '../charts/timeAxis';
import { useAppStore } from '../store/appStore';

export const SPEEDS = [
  { value: 60, label: '1 hour per second' },
  { value: 360, label: '6 hours per second' },
  { value: 1440, label: '1 day per second' },
] as const;

/** Play, pause, speed and skip to the end; the clock the run has reached. */
export function PlaybackControls({
  endMinute,
  clockLabel,
  onSkipped,
}: {
  readonly endMinute: number;
  readonly clockLabel: (minute: number) => string;
  /** Called after a skip, whose button is then disabled: the caller moves focus on. */
  readonly onSkipped?: () => void;
}) {
  const { playing, speed, minute, setPlaying, setSpeed, setPlaybackMinute } = useAppStore(
    useShallow((s) => ({
      playing: s.playing,
      speed: s.settings.playbackSpeed,
      minute: s.playbackMinute,
      setPlaying: s.setPlaying,
      setSpeed: s.setSpeed,
      setPlaybackMinute: s.setPlaybackMinute,
    })),
  );
  const ended = minute >= endMinute;
  return (
    <div className="playback" role="group" aria-label="Playback">
      <button type="button" className="primary" onClick={() => setPlaying(!playing)}>
        {playing ? 'Pause' : ended ? 'Play again' : minute > 0 ? 'Resume' : 'Play'}
      </button>
      <label>
        Speed
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={ended}
        onClick={() => {
          setPlaying(false);
          setPlaybackMinute(endMinute);
          onSkipped?.();
        }}
      >
        Skip to the end
      </button>
      <p className="clock" aria-live="off">
        {/* Elapsed time only: the run's length would give away when it stops. */}
        {clockLabel(Math.floor(minute))} · {minute < 1 ? '0 min' : elapsedLabel(Math.floor(minute))}{' '}
        in
        {ended ? ' · the run has ended' : ''}
      </p>
    </div>
  );
}
