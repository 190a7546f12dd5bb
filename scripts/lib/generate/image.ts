/**
 * Small real PNG images for synthetic sheets: a sky, a horizon and a few blocks in seeded
 * colours. Encoded here (PNG is a zlib stream with CRC-checked chunks), so no image
 * library is needed and the bytes are the same for the same seed.
 */
import { crc32, deflateSync } from 'node:zlib';
import { Random } from './random.ts';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGB PNG of width × height pixels. */
export function encodePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number],
): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  let offset = 0;
  for (let y = 0; y < height; y++) {
    rows[offset++] = 0; // filter type: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      rows[offset++] = r;
      rows[offset++] = g;
      rows[offset++] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** A 320 × 200 picture: sky, ground and a few houses, in colours drawn from the seed. */
export function generateImage(seed: string): Buffer {
  const random = new Random(seed);
  const width = 320;
  const height = 200;
  const horizon = random.int(90, 140);
  const sky = [random.int(120, 200), random.int(170, 220), random.int(220, 255)] as const;
  const ground = [random.int(40, 120), random.int(110, 170), random.int(40, 90)] as const;
  const houses = Array.from({ length: random.int(2, 5) }, () => {
    const w = random.int(30, 70);
    const x = random.int(0, width - w);
    return {
      x,
      w,
      top: horizon - random.int(25, 70),
      colour: [random.int(90, 220), random.int(60, 160), random.int(40, 120)] as const,
    };
  });
  return encodePng(width, height, (x, y) => {
    for (const house of houses)
      if (x >= house.x && x < house.x + house.w && y >= house.top && y < horizon + 10)
        return [...house.colour];
    if (y < horizon) {
      const fade = y / horizon;
      return [
        Math.round(sky[0] + (255 - sky[0]) * fade * 0.5),
        Math.round(sky[1] + (255 - sky[1]) * fade * 0.5),
        sky[2],
      ];
    }
    return [...ground];
  });
}
