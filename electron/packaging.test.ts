import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// electron-builder's own validator and YAML reader, found through electron-builder (offline).
const require = createRequire(
  createRequire(import.meta.url).resolve('electron-builder/package.json'),
);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(
    config: unknown,
    logger: { isEnabled: boolean; add(): void },
  ): Promise<void>;
};
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  linux: { target: string[]; icon: string; maintainer: string };
  extraMetadata: { homepage: string };
  mac: { target: string; icon: string };
  win: { target: string; icon: string };
  electronFuses: Record<string, boolean>;
}
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(
      validateConfiguration(config, { isEnabled: false, add() {} }),
    ).resolves.toBeUndefined();
  });
  it('is checked by a validator that does refuse unknown options', async () => {
    const wrong = { ...config, electronFuse: {} };
    await expect(validateConfiguration(wrong, { isEnabled: false, add() {} })).rejects.toThrow();
  });
  it('builds AppImage and deb, dmg, and nsis, with our id, name and icons', () => {
    expect(config.appId).toBe('app.canarycoach.desktop');
    expect(config.productName).toBe('Canary Coach');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
    for (const icon of [config.linux.icon, config.mac.icon, config.win.icon])
      expect(icon).toBe('assets/icon.png');
  });
  it('sets the fuses: no run-as-node, NODE_OPTIONS or inspect; asar integrity and asar only', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
  it('re-signs macOS builds ad hoc after flipping the fuses, so arm64 can launch them', () => {
    expect(config.electronFuses['resetAdHocDarwinSignature']).toBe(true);
  });
  it('names a deb maintainer and a homepage (the deb target refuses to build without)', () => {
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.extraMetadata.homepage).toMatch(/^https:\/\//);
  });
  it('ships a 512×512 PNG icon', () => {
    const png = readFileSync('assets/icon.png');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
