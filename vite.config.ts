import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built once and served two ways: from the desktop app's custom
// protocol and, for classrooms and end-to-end tests, from any static web server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The app is read from disk (desktop) or localhost, never over a slow network: one
    // bundle of the engine, its scenarios and the UI is fine. Warn only past this size.
    chunkSizeWarningLimit: 1500,
  },
});
