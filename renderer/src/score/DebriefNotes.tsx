import { useId } from 'react';

export interface DebriefNotesProps {
  /** The scenario author's notes for the debrief (`debriefNotes` in the pack). */
  readonly notes: readonly string[];
}

/** The scenario author's notes for the debrief; nothing at all when the pack has none. */
export function DebriefNotes({ notes }: DebriefNotesProps) {
  const headingId = useId();
  if (notes.length === 0) return null;
  return (
    <section className="card debrief-notes" aria-labelledby={headingId}>
      <h2 id={headingId}>Notes from the scenario’s author</h2>
      <ul>
        {notes.map((note, i) => (
          // Notes are plain text and may repeat; their order is their identity.
          <li key={i}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
