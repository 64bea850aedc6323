import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ElectronBuilder from 'electron-builder';

// electron-builder run for real (no Electron download): its `electronDist` points at a
// stand-in Electron whose binary carries the fuse sentinel, so packing, the asar and the
// fuse flipping are electron-builder's own. The deb target runs up to fpm, whose arguments
// are read back instead of running it (fpm is a Ruby tool electron-builder downloads).

const require = createRequire(import.meta.url);
const builder = require('electron-builder') as typeof ElectronBuilder;
const asar = require('@electron/asar') as {
  listPackage(file: string): string[];
  extractFile(file: string, inner: string): Buffer;
};
const fuses = require('@electron/fuses') as {
  getCurrentFuseWire(binary: string): Promise<Record<string, number | string>>;
  FuseV1Options: Record<string, number>;
};
/** How the wire stores a fuse: the characters '1' (on) and '0' (off). */
const FuseState = { ENABLE: 0x31, DISABLE: 0x30 };
const yaml = require('js-yaml') as { load(text: string): unknown };

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults for the eight v1 fuses ('1' on, '0' off), as a release ships them. */
const ELECTRON_DEFAULT_WIRE = '10110001';

interface Config {
  electronFuses: Record<string, boolean>;
  [key: string]: unknown;
}
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Config;
const electronVersion = (require('electron/package.json') as { version: string }).version;

let work = '';
let fpmArgs: string[] = [];
let unpacked = '';

/** A project as `npm run build` leaves it, with sources, tests and node_modules beside dist/. */
function standInProject(root: string): void {
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  cpSync('package.json', path.join(root, 'package.json'));
  cpSync('assets', path.join(root, 'assets'), { recursive: true });
  write('dist/electron/main.cjs', '"use strict";\n');
  write('dist/electron/preload.cjs', '"use strict";\n');
  write('dist/renderer/index.html', '<!doctype html><title>Canary Coach</title>\n');
  write('electron/main.ts', 'export {};\n');
  write('electron/storage/localData.test.ts', 'export {};\n');
  write('sim-engine/index.ts', 'export {};\n');
  write('renderer/src/App.tsx', 'export {};\n');
  write('contract/types.ts', 'export {};\n');
  write('node_modules/left-pad/package.json', '{"name":"left-pad","version":"1.0.0"}\n');
  write('docs/desktop.md', '# docs\n');
}

/** A folder shaped like Electron's Linux zip, whose binary carries the fuse wire. */
function standInElectron(root: string): void {
  mkdirSync(root, { recursive: true });
  const wire = Buffer.from([
    1,
    ELECTRON_DEFAULT_WIRE.length,
    ...Buffer.from(ELECTRON_DEFAULT_WIRE),
  ]);
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho stand-in Electron\n'),
    Buffer.from(SENTINEL),
    wire,
  ]);
  writeFileSync(path.join(root, 'electron'), binary, { mode: 0o755 });
  writeFileSync(path.join(root, 'LICENSE'), 'MIT\n');
  writeFileSync(path.join(root, 'LICENSES.chromium.html'), '<html></html>\n');
  writeFileSync(path.join(root, 'version'), electronVersion);
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'canary-installers-'));
  standInProject(path.join(work, 'project'));
  standInElectron(path.join(work, 'electron-dist'));
  const { Platform, Arch } = builder;
  await builder.build({
    projectDir: path.join(work, 'project'),
    targets: Platform.LINUX.createTarget(['dir', 'deb'], Arch.x64),
    publish: 'never',
    config: {
      ...config,
      electronDist: path.join(work, 'electron-dist'),
      electronVersion,
      directories: { ...(config['directories'] as object), output: path.join(work, 'release') },
    } as never,
    // Called with fpm's arguments just before fpm would run; true skips running it.
    effectiveOptionComputed: async (options: unknown) => {
      if (!Array.isArray(options) || !Array.isArray(options[0])) return false;
      fpmArgs = options[0] as string[];
      return true;
    },
  });
  unpacked = path.join(work, 'release', 'linux-unpacked');
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const argAfter = (flag: string) => fpmArgs[fpmArgs.indexOf(flag) + 1];

describe('the Linux build', () => {
  it('packs only dist/ and a trimmed package.json into app.asar', () => {
    const archive = path.join(unpacked, 'resources', 'app.asar');
    expect(asar.listPackage(archive).sort()).toEqual([
      '/dist',
      '/dist/electron',
      '/dist/electron/main.cjs',
      '/dist/electron/preload.cjs',
      '/dist/renderer',
      '/dist/renderer/index.html',
      '/package.json',
    ]);
    const packed = JSON.parse(asar.extractFile(archive, 'package.json').toString()) as Record<
      string,
      unknown
    >;
    expect(packed['main']).toBe('dist/electron/main.cjs');
    expect(packed).not.toHaveProperty('scripts');
    expect(packed).not.toHaveProperty('devDependencies');
  });

  it('flips the fuses exactly as electron-builder.yml sets them', async () => {
    const wire = await fuses.getCurrentFuseWire(path.join(unpacked, 'canary-coach'));
    const names: Record<string, string> = {
      runAsNode: 'RunAsNode',
      enableCookieEncryption: 'EnableCookieEncryption',
      enableNodeOptionsEnvironmentVariable: 'EnableNodeOptionsEnvironmentVariable',
      enableNodeCliInspectArguments: 'EnableNodeCliInspectArguments',
      enableEmbeddedAsarIntegrityValidation: 'EnableEmbeddedAsarIntegrityValidation',
      onlyLoadAppFromAsar: 'OnlyLoadAppFromAsar',
      loadBrowserProcessSpecificV8Snapshot: 'LoadBrowserProcessSpecificV8Snapshot',
      grantFileProtocolExtraPrivileges: 'GrantFileProtocolExtraPrivileges',
    };
    const expected: Record<number, number> = {};
    ELECTRON_DEFAULT_WIRE.split('').forEach((bit, index) => {
      expected[index] = bit === '1' ? FuseState.ENABLE : FuseState.DISABLE;
    });
    for (const [key, on] of Object.entries(config.electronFuses)) {
      if (!(key in names)) continue;
      const index = fuses.FuseV1Options[names[key] as string] as number;
      expected[index] = on ? FuseState.ENABLE : FuseState.DISABLE;
    }
    const read: Record<number, number> = {};
    for (let index = 0; index < ELECTRON_DEFAULT_WIRE.length; index++)
      read[index] = wire[index] as number;
    expect(read).toEqual(expected);
    expect(read[fuses.FuseV1Options['RunAsNode'] as number]).toBe(FuseState.DISABLE);
  });

  it('describes the deb with a maintainer, a homepage and the app under /opt', () => {
    expect(argAfter('--architecture')).toBe('amd64');
    expect(argAfter('--name')).toBe('canary-coach');
    expect(argAfter('--maintainer')).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(argAfter('--url')).toMatch(/^https:\/\//);
    expect(fpmArgs).toContain(`${unpacked}/=/opt/Canary Coach`);
    expect(
      fpmArgs.some((arg) => arg.endsWith('=/usr/share/applications/canary-coach.desktop')),
    ).toBe(true);
  });
});
