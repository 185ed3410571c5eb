// Cleans a scan or photo before OCR: plain pixel arithmetic, no browser APIs (the caller draws and reads the canvas).
// 1. grey from the pixel, with light red (a seal stamped over the text) turned to paper white;
// 2. Otsu's threshold to black and white;
// 3. specks removed: dark blobs smaller than a full stop at this resolution (scanner dust, paper grain).

export interface Pixels {
  data: Uint8ClampedArray; // RGBA
  width: number;
  height: number;
}

function grey(data: Uint8ClampedArray, i: number): number {
  const r = data[i];
  const g = data[i + 1];
  const b = data[i + 2];
  // a red seal (r high, g and b well below) is not text: paper
  if (r > 150 && r - g > 50 && r - b > 50) return 255;
  return (r * 299 + g * 587 + b * 114) / 1000;
}

/** Otsu's threshold of a grey histogram. */
export function otsu(hist: Uint32Array, total: number): number {
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i];
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 127;
  for (let t = 0; t < 256; t++) {
    wB += hist[t];
    if (!wB) continue;
    const wF = total - wB;
    if (!wF) break;
    sumB += t * hist[t];
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/**
 * Table borders and frames confuse OCR's layout analysis: dark runs longer than `len` (no character stroke is that
 * long at this resolution), across or down, are made white.
 */
function removeRules(dark: Uint8Array, width: number, height: number, len: number): void {
  const cut = new Uint8Array(dark.length);
  /** Marks the dark runs of at least `len` along `lines` lines of `steps` pixels (index = line × lineStride + step × stepStride). */
  const cutRuns = (lines: number, steps: number, lineStride: number, stepStride: number) => {
    for (let line = 0; line < lines; line++) {
      let run = 0;
      for (let step = 0; step <= steps; step++) {
        if (step < steps && dark[line * lineStride + step * stepStride]) run++;
        else {
          if (run >= len) for (let k = step - run; k < step; k++) cut[line * lineStride + k * stepStride] = 1;
          run = 0;
        }
      }
    }
  };
  cutRuns(height, width, width, 1); // across
  cutRuns(width, height, 1, width); // down
  for (let p = 0; p < dark.length; p++) if (cut[p]) dark[p] = 0;
}

/**
 * Black-and-white copy of the image with specks removed, in place. `minBlob` is the smallest dark area (in pixels)
 * kept; by default scaled to the image (about a 150-dpi A4 page: 7 px).
 */
export function cleanForOcr(img: Pixels, minBlob = Math.max(4, Math.round((img.width * img.height) / 300_000))): Pixels {
  const { data, width, height } = img;
  const n = width * height;
  const g = new Uint8Array(n);
  const hist = new Uint32Array(256);
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    const v = grey(data, i) | 0;
    g[p] = v;
    hist[v]++;
  }
  const t = otsu(hist, n);
  const dark = new Uint8Array(n);
  for (let p = 0; p < n; p++) dark[p] = g[p] <= t ? 1 : 0;
  removeRules(dark, width, height, Math.max(60, Math.round(width / 14)));
  // connected dark blobs (8-neighbour), smaller than minBlob → white
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const blob: number[] = [];
  for (let p = 0; p < n; p++) {
    if (!dark[p] || seen[p]) continue;
    let top = 0;
    stack[top++] = p;
    seen[p] = 1;
    blob.length = 0;
    while (top) {
      const q = stack[--top];
      if (blob.length <= minBlob) blob.push(q);
      const x = q % width;
      const y = (q - x) / width;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const r = yy * width + xx;
          if (dark[r] && !seen[r]) {
            seen[r] = 1;
            stack[top++] = r;
          }
        }
      }
    }
    if (blob.length < minBlob) for (const q of blob) dark[q] = 0;
  }
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    const v = dark[p] ? 0 : 255;
    data[i] = data[i + 1] = data[i + 2] = v;
    data[i + 3] = 255;
  }
  return img;
}
