import { useState } from 'react';
import { changeSettings } from '../store/actions';
import { useAppStore } from '../store/appStore';

/** The name written into saved reports, so an instructor's cohort view can tell learners apart. */
export function LearnerNameField() {
  const saved = useAppStore((s) => s.settings.learnerName);
  const [draft, setDraft] = useState(saved);
  return (
    <label className="learner-name">
      Your name on saved reports
      <input
        type="text"
        value={draft}
        maxLength={80}
        autoComplete="name"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void changeSettings({ learnerName: draft.trim() })}
      />
    </label>
  );
}
