import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { importDroppedFile } from '../store/packImport';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

/**
 * Accepts a pack file dropped anywhere on the screen. Dragging is a pointer gesture, so the
 * zone takes no focus; its state is announced, and "Import a pack…" is the keyboard path.
 */
export function PackDropZone({ children }: { readonly children: ReactNode }) {
  // dragenter/dragleave fire for every child crossed: count them to know when we really left.
  const depth = useRef(0);
  const [over, setOver] = useState(false);
  const leave = () => {
    depth.current = 0;
    setOver(false);
  };
  return (
    <div
      className={over ? 'pack-drop-zone dragging' : 'pack-drop-zone'}
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        depth.current += 1;
        setOver(true);
      }}
      onDragLeave={() => {
        depth.current -= 1;
        if (depth.current <= 0) leave();
      }}
      onDragOver={(e) => {
        // Without this the browser (or Electron) would open the file instead of handing it to us.
        if (carriesFiles(e)) e.preventDefault();
      }}
      onDrop={(e) => {
        e.preventDefault();
        leave();
        const file = e.dataTransfer.files[0];
        if (file) void importDroppedFile(file);
      }}
    >
      {children}
      <p className="visually-hidden" role="status">
        {over ? 'A file is over the library: release it to import it as a pack.' : ''}
      </p>
    </div>
  );
}
