/**
 * The installer configuration (electron-builder.yml), checked offline: electron-builder's own
 * loader and schema validation accept it, its own file matcher packs the built app and the
 * icons and nothing else, the fuses are set, and the icons exist at every size the targets
 * need. Building an installer downloads Electron, so it cannot run here.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { LINUX_SIZES } from '../../scripts/icons';
import { ensureBuilt, REPO_ROOT } from './build';

const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
}

type Filter = (file: string, stats: unknown) => boolean;

const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, path: null, options: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
};
const { getFileMatchers } = require('app-builder-lib/out/fileMatcher') as {
  getFileMatchers(
    config: BuilderConfig,
    name: 'files',
    destination: string,
    options: object,
  ): { createFilter(): Filter }[] | null;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (on: boolean) => unknown };

async function filesUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else found.push(path);
  }
  return found;
}

let config: BuilderConfig;

beforeAll(async () => {
  ensureBuilt();
  config = await getConfig(REPO_ROOT, null, null);
}, 300_000);

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.appId).toBe('org.galley.desktop');
    expect(config.productName).toBe('Galley');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('packs the built app and its icons, and no sources, tests or corpus', async () => {
    const matchers = getFileMatchers(config, 'files', '/', {
      macroExpander: (pattern: string) => pattern,
      customBuildOptions: config.linux,
      globalOutDir: join(REPO_ROOT, 'dist'),
      defaultSrc: REPO_ROOT,
    });
    expect(matchers).toHaveLength(1);
    const filter = matchers![0].createFilter();
    const packed = async (file: string) => filter(file, await stat(file));
    const needed = [
      ...(await filesUnder(join(REPO_ROOT, 'out/main'))),
      ...(await filesUnder(join(REPO_ROOT, 'out/preload'))),
      ...(await filesUnder(join(REPO_ROOT, 'out/renderer'))),
      ...(await filesUnder(join(REPO_ROOT, 'resources/icons'))),
      join(REPO_ROOT, 'resources/icon.png'),
      join(REPO_ROOT, 'package.json'),
    ];
    const missing: string[] = [];
    for (const file of needed) if (!(await packed(file))) missing.push(relative(REPO_ROOT, file));
    expect(missing).toEqual([]);
    for (const file of [
      'src/main/index.ts',
      'tests/shell/build.ts',
      'README.md',
      'tsconfig.json',
    ]) {
      expect(await packed(join(REPO_ROOT, file)), file).toBe(false);
    }
    expect(config.asar).toBe(true);
  });

  it('sets the fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('asks for the Node that Electron asks for', async () => {
    const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      main: string;
      engines: { node: string };
    };
    const electron = JSON.parse(
      await readFile(join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8'),
    ) as { engines: { node: string } };
    const floor = (range: string) => /(\d+\.\d+)/.exec(range)?.[1];
    expect(floor(pkg.engines.node)).toBe(floor(electron.engines.node));
    expect(pkg.main).toBe('./out/main/index.js');
  });
});

describe('the icons (npm run icons)', () => {
  it('has the Linux PNG set at every size', async () => {
    for (const size of LINUX_SIZES) {
      const meta = await sharp(join(REPO_ROOT, `resources/icons/${size}x${size}.png`)).metadata();
      expect([meta.width, meta.height, meta.hasAlpha]).toEqual([size, size, true]);
    }
    expect(config.linux.icon).toBe('resources/icons');
    const window = await sharp(join(REPO_ROOT, 'resources/icon.png')).metadata();
    expect([window.width, window.height]).toEqual([512, 512]);
  });

  it('has a Windows ICO from 16 to 256 px', async () => {
    const ico = await readFile(join(REPO_ROOT, config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1); // type 1: icon
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    for (const size of [16, 24, 32, 48, 64, 128, 256]) expect(sizes).toContain(size);
  });

  it('has a macOS ICNS up to 1024 px', async () => {
    const icns = await readFile(join(REPO_ROOT, config.mac.icon));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.toString('ascii', at, at + 4));
    }
    // ic07…ic10: 128, 256, 512, 1024 px; ic11…ic14: the retina 32, 64, 256, 512 px.
    for (const type of ['ic07', 'ic08', 'ic09', 'ic10', 'ic11', 'ic12', 'ic13', 'ic14']) {
      expect(types).toContain(type);
    }
  });
});
