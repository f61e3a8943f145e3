/**
 * Draws the add-in icons (a white check mark on a green rounded square) and writes them as RGBA PNGs
 * to assets/icon-<size>.png. Run after changing the design: `npx tsx test/addin/generate-icons.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = [number, number, number, number];
const BACKGROUND: Rgba = [16, 124, 65, 255];
const MARK: Rgba = [255, 255, 255, 255];
const SUPERSAMPLING = 4;

/** Check-mark polyline and stroke width, in units of the icon size. */
const CHECK = [
  [0.25, 0.52],
  [0.43, 0.7],
  [0.76, 0.32],
] as const;
const STROKE = 0.13;
const CORNER = 0.2;

function insideRoundedSquare(x: number, y: number): boolean {
  const dx = Math.max(CORNER - x, 0, x - (1 - CORNER));
  const dy = Math.max(CORNER - y, 0, y - (1 - CORNER));
  return dx * dx + dy * dy <= CORNER * CORNER;
}

function distanceToSegment(x: number, y: number, [ax, ay]: readonly number[], [bx, by]: readonly number[]): number {
  const [vx, vy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

function onCheck(x: number, y: number): boolean {
  return CHECK.slice(1).some((p, i) => distanceToSegment(x, y, CHECK[i], p) <= STROKE / 2);
}

/** One pixel's colour, averaged over sub-samples (colour premultiplied by coverage). */
function pixel(px: number, py: number, size: number): Rgba {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SUPERSAMPLING; sy++) {
    for (let sx = 0; sx < SUPERSAMPLING; sx++) {
      const x = (px + (sx + 0.5) / SUPERSAMPLING) / size;
      const y = (py + (sy + 0.5) / SUPERSAMPLING) / size;
      if (!insideRoundedSquare(x, y)) continue;
      const c = onCheck(x, y) ? MARK : BACKGROUND;
      for (let k = 0; k < 3; k++) sum[k] += c[k];
      sum[3] += 255;
    }
  }
  const n = SUPERSAMPLING * SUPERSAMPLING;
  const covered = sum[3] / 255;
  if (covered === 0) return [0, 0, 0, 0];
  return [Math.round(sum[0] / covered), Math.round(sum[1] / covered), Math.round(sum[2] / covered), Math.round(sum[3] / n)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The icon of `size` × `size` pixels as PNG bytes (8-bit RGBA, no interlace). */
export function renderIconPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (none), then RGBA pixels
    for (let x = 0; x < size; x++) row.set(pixel(x, y, size), 1 + x * 4);
    rows.push(row);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  for (const size of ICON_SIZES) {
    const file = join(__dirname, '..', '..', 'assets', `icon-${size}.png`);
    writeFileSync(file, renderIconPng(size));
    console.log(`ditulis: ${file}`);
  }
}
