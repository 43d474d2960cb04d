/**
 * `npm run icons`: the app's icons for every installer target, made from resources/icon.svg
 * (sharp renders the SVG; png2icons packs ICO and ICNS). The results are committed; run this
 * again after changing the SVG.
 *
 * - resources/icons/<N>x<N>.png: Linux (AppImage, deb) at 16–1024 px
 * - resources/icon.png: 512 px, the window icon on Linux and electron-builder's default
 * - resources/icon.ico: Windows (NSIS installer and the exe), 16–256 px
 * - resources/icon.icns: macOS (dmg and the app bundle), 16–1024 px
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import png2icons from 'png2icons';
import sharp from 'sharp';

/** The sizes of the Linux PNG set, in pixels. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

const resources = resolve(dirname(fileURLToPath(import.meta.url)), '../resources');

async function render(svg: Buffer, size: number): Promise<Buffer> {
  // Render at the target density, so small sizes are drawn, not shrunk from a big bitmap.
  const density = Math.max(72, Math.ceil((72 * size) / 256));
  return sharp(svg, { density })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: false })
    .toBuffer();
}

async function main(): Promise<void> {
  const svg = await readFile(join(resources, 'icon.svg'));
  await mkdir(join(resources, 'icons'), { recursive: true });
  const pngs = new Map<number, Buffer>();
  for (const size of LINUX_SIZES) {
    const png = await render(svg, size);
    pngs.set(size, png);
    await writeFile(join(resources, 'icons', `${size}x${size}.png`), png);
  }
  await writeFile(join(resources, 'icon.png'), pngs.get(512)!);
  const source = pngs.get(1024)!;
  const ico = png2icons.createICO(source, png2icons.BICUBIC2, 0, true, true);
  const icns = png2icons.createICNS(source, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not pack the icons');
  await writeFile(join(resources, 'icon.ico'), ico);
  await writeFile(join(resources, 'icon.icns'), icns);
  console.log(`icons written to ${resources}`);
}

await main();
