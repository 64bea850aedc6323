import { useAppStore } from '../store/appStore';
import { PackIssues } from './PackIssues';
import { ReplacePackDialog } from './ReplacePackDialog';

/** What a pack import needs from the learner: its refusal to read, or a replacement to confirm. */
export function PackImportPanel() {
  const pending = useAppStore((s) => s.packImport);
  switch (pending.phase) {
    case 'idle':
      return null;
    case 'invalid':
      return <PackIssues fileName={pending.fileName} issues={pending.issues} />;
    case 'confirm':
      return (
        <ReplacePackDialog
          key={`${pending.incoming.id}@${pending.incoming.version}`}
          incoming={pending.incoming}
          existing={pending.existing}
        />
      );
  }
}
