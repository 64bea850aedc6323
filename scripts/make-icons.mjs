// Draws the app icon (a canary-yellow ramp of rollout stages on a dark tile) as
// assets/icon.svg and assets/icon.png (512×512), with a tiny PNG encoder: no image tools needed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const RADIUS = 96;
const TILE = [15, 61, 62];
const BAR = [255, 204, 41];
// Stages 1, 5, 25, 50, 100 % as bar heights, drawn left to right.
const BARS = [0.12, 0.22, 0.42, 0.62, 0.86].map((share, index) => ({
  x: 72 + index * 76,
  width: 56,
  height: Math.round(share * 340),
}));
const BASELINE = 440;

function insideTile(x, y) {
  const cx = Math.min(Math.max(x, RADIUS), SIZE - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), SIZE - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

function colourAt(x, y) {
  if (!insideTile(x + 0.5, y + 0.5)) return [0, 0, 0, 0];
  const onBar = BARS.some(
    (bar) => x >= bar.x && x < bar.x + bar.width && y >= BASELINE - bar.height && y < BASELINE,
  );
  return onBar ? [...BAR, 255] : [...TILE, 255];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(SIZE * (1 + SIZE * 4));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (1 + SIZE * 4);
    rows[row] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) rows.set(colourAt(x, y), row + 1 + x * 4);
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg() {
  const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  const bars = BARS.map(
    (bar) =>
      `  <rect x="${bar.x}" y="${BASELINE - bar.height}" width="${bar.width}" height="${bar.height}" fill="${hex(BAR)}"/>`,
  ).join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">`,
    '  <title>Canary Coach</title>',
    `  <rect width="${SIZE}" height="${SIZE}" rx="${RADIUS}" fill="${hex(TILE)}"/>`,
    bars,
    '</svg>',
    '',
  ].join('\n');
}

writeFileSync('assets/icon.png', png());
writeFileSync('assets/icon.svg', svg());
