import { services } from '../store/services';

/**
 * Exports every attempt as xAPI statements, the file a learning platform (an LMS or a learning
 * record store) imports: the score, the time spent and each rubric dimension per attempt.
 */
export function LearningRecordsExport({ onDone }: { onDone: (message: string) => void }) {
  const exportRecords = async () => {
    try {
      const done = await services().platform.exportLearningRecords();
      if (done) onDone('Learning records exported as xAPI statements (JSON).');
    } catch (error) {
      onDone(
        `The learning records could not be exported: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  return (
    <>
      <button
        type="button"
        onClick={() => void exportRecords()}
        aria-describedby="learning-records-hint"
      >
        Export for a learning platform (xAPI)
      </button>
      <span id="learning-records-hint" className="visually-hidden">
        Every attempt as xAPI statements in a JSON file: attempted, completed, passed or failed,
        with the score and each rubric dimension.
      </span>
    </>
  );
}
