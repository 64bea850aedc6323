import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';

/** How often the playing minute reaches React: often enough to look alive, rarely enough to be cheap. */
const COMMIT_EVERY_MS = 100;

/**
 * Plays the run: a requestAnimationFrame loop advances the minute in a local variable and
 * commits it to the store at a human rate; at the end it stops.
 */
export function usePlayback(endMinute: number): void {
  const playing = useAppStore((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    const { setPlaybackMinute, setPlaying } = useAppStore.getState();
    let minute = useAppStore.getState().playbackMinute;
    if (minute >= endMinute) minute = 0;
    let last = performance.now();
    let committed = last;
    let frame = 0;
    const tick = (now: number) => {
      minute = Math.min(
        endMinute,
        minute + ((now - last) / 1000) * useAppStore.getState().settings.playbackSpeed,
      );
      last = now;
      if (minute >= endMinute) {
        setPlaybackMinute(endMinute);
        setPlaying(false);
        return;
      }
      if (now - committed >= COMMIT_EVERY_MS) {
        committed = now;
        setPlaybackMinute(minute);
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      // Pausing keeps the exact minute reached, not the last committed one.
      if (minute < endMinute) setPlaybackMinute(minute);
    };
  }, [playing, endMinute]);
}
