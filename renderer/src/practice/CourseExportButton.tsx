import { useId, useState } from 'react';
import type { LoadedPack } from '../../../sim-engine/index';
import { coursePackOf } from '../../../contract/learningRecords/index';
import { services } from '../store/services';

/**
 * Exports one pack as a cmi5 course structure (an XML file a learning platform imports to list
 * the pack's scenarios), through the same save paths as the xAPI export; says how it went.
 */
export function CourseExportButton({ pack }: { pack: LoadedPack }) {
  const [message, setMessage] = useState('');
  const hint = useId();
  const exportCourse = async () => {
    setMessage('');
    try {
      const done = await services().platform.exportCourse(coursePackOf(pack));
      if (done) setMessage('Exported as a cmi5 course (XML).');
    } catch (error) {
      setMessage(
        `The course could not be exported: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  return (
    <span className="course-export">
      <button
        type="button"
        aria-label={`Export as a cmi5 course: ${pack.title}`}
        aria-describedby={hint}
        onClick={() => void exportCourse()}
      >
        Export as a cmi5 course
      </button>
      <span id={hint} className="visually-hidden">
        An XML course structure for a learning platform: one unit per scenario, passed at 75.
      </span>
      <span role="status" className="muted">
        {message}
      </span>
    </span>
  );
}
