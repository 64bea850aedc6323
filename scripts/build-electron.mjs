// Bundles the Electron main process and preload to CommonJS: a sandboxed preload must be
// CommonJS, and bundling keeps node_modules out of the packaged app.
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  logLevel: 'warning',
};

await build({ ...shared, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({
  ...shared,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
});
