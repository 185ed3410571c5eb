// Reads one chosen file into a CertificateReading in the options page: a PDF's text layer first (pdfjs-dist), OCR of
// the page image when the PDF has no text (a scan saved as PDF) and for JPG/PNG photos (tesseract.js). Heavy code is
// imported here on first use, so the options page opens without it.
import { tc } from '../i18n-certificate';
import { CERTIFICATE_ASSETS } from './assets';
import { readCertificate, type CertificateReading } from './extract';
import type { OcrEngine, OcrProgress } from './ocr';
import { ocrSupport } from './ocr-support';
import { cleanForOcr } from './preprocess';

export type ReadStage = 'pdf' | 'ocr-load' | 'ocr';
export interface ReadProgress {
  stage: ReadStage;
  progress: number; // 0–1
}

export interface ReadResult {
  reading: CertificateReading;
  text: string;
  via: 'pdf-text' | 'ocr';
}

export interface ReadContext {
  /** Extension path → runtime URL (browser.runtime.getURL). */
  url: (path: string) => string;
  personName?: string;
  signal?: AbortSignal;
  onProgress?: (p: ReadProgress) => void;
  /** One OCR engine for a whole batch: created on the first scan, reused, terminated by the caller. */
  ocr: { engine?: Promise<OcrEngine> };
}

export class ReadCancelled extends Error {
  constructor() {
    super('已取消读取');
    this.name = 'ReadCancelled';
  }
}

/** This browser cannot run the OCR engine (ocr-support.ts): said in words, in the UI language, before loading it. */
export class OcrUnavailable extends Error {
  constructor() {
    super(tc('certOcrUnsupported'));
    this.name = 'OcrUnavailable';
  }
}

function check(signal?: AbortSignal): void {
  if (signal?.aborted) throw new ReadCancelled();
}

/** Rejects as soon as the signal aborts (a long OCR run is not interruptible from outside the worker). */
function cancellable<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(new ReadCancelled());
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

export function isPdf(file: { name: string; type: string }): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}
export function isImage(file: { name: string; type: string }): boolean {
  return /^image\/(png|jpeg)$/.test(file.type) || /\.(png|jpe?g)$/i.test(file.name);
}

// A page is read at about 150–200 dpi: enough for OCR, small enough to be quick.
const MAX_SIDE = 2400;
const MIN_SIDE = 1400;

function canvasOf(width: number, height: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  return c;
}

function cleaned(canvas: HTMLCanvasElement): HTMLCanvasElement {
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
  cleanForOcr(img);
  ctx.putImageData(img, 0, 0);
  return canvas;
}

async function imageCanvas(file: Blob): Promise<HTMLCanvasElement> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new Error('无法打开这张图片：文件可能已损坏，或不是 JPG/PNG 图片');
  }
  const longSide = Math.max(bitmap.width, bitmap.height);
  const scale = longSide > MAX_SIDE ? MAX_SIDE / longSide : longSide < MIN_SIDE ? MIN_SIDE / longSide : 1;
  const c = canvasOf(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
  const ctx = c.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.drawImage(bitmap, 0, 0, c.width, c.height);
  bitmap.close();
  return c;
}

function checkOcr(): void {
  if (!ocrSupport().ok) throw new OcrUnavailable();
}

async function ocrCanvas(canvas: HTMLCanvasElement, ctx: ReadContext): Promise<{ text: string; confidence: number }> {
  check(ctx.signal);
  checkOcr();
  const progress = (p: OcrProgress) => ctx.onProgress?.({ stage: p.stage === 'load' ? 'ocr-load' : 'ocr', progress: p.progress });
  if (!ctx.ocr.engine) {
    ctx.onProgress?.({ stage: 'ocr-load', progress: 0 });
    ctx.ocr.engine = import('./ocr').then((m) => m.createOcrEngine(ctx.url, progress));
    ctx.ocr.engine.catch(() => (ctx.ocr.engine = undefined));
  }
  const engine = await cancellable(ctx.ocr.engine, ctx.signal);
  check(ctx.signal);
  return cancellable(engine.recognize(cleaned(canvas), progress), ctx.signal);
}

export async function readCertificateFile(file: File, context: ReadContext): Promise<ReadResult> {
  // The OCR engine goes on loading (and reporting it) after a cancel until it is terminated: nothing is reported once
  // the reading is cancelled, or the progress bar would come back after the batch ended and keep the input disabled.
  const report = context.onProgress;
  const ctx: ReadContext = { ...context, onProgress: report && ((p) => void (context.signal?.aborted || report(p))) };
  check(ctx.signal);
  const opts = { personName: ctx.personName };
  if (isPdf(file)) {
    ctx.onProgress?.({ stage: 'pdf', progress: 0 });
    const { openPdf, pdfText } = await import('./pdf-text');
    const src = { workerSrc: ctx.url(CERTIFICATE_ASSETS.pdfWorker), cMapUrl: ctx.url(CERTIFICATE_ASSETS.pdfCMaps) };
    const doc = await cancellable(openPdf(await file.arrayBuffer(), src), ctx.signal);
    try {
      // The certificate is its first page: an appendix, a course list or the back of the sheet after it must not be
      // read as the certificate's name, hours or issuer.
      const text = await cancellable(pdfText(doc, 1), ctx.signal);
      ctx.onProgress?.({ stage: 'pdf', progress: 1 });
      if (text.replace(/\s/g, '').length >= 12) return { reading: readCertificate(text, opts), text, via: 'pdf-text' };
      // no text layer on page 1: a scan saved as PDF — OCR that page
      checkOcr();
      const page = await doc.getPage(1);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: Math.min(3, MAX_SIDE / Math.max(base.width, base.height)) });
      const canvas = canvasOf(Math.round(viewport.width), Math.round(viewport.height));
      await cancellable(page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise, ctx.signal);
      const ocr = await ocrCanvas(canvas, ctx);
      return { reading: readCertificate(ocr.text, { ...opts, textConfidence: ocr.confidence }), text: ocr.text, via: 'ocr' };
    } finally {
      void doc.destroy();
    }
  }
  if (isImage(file)) {
    checkOcr(); // before decoding the image: say at once that this browser cannot read it
    const ocr = await ocrCanvas(await imageCanvas(file), ctx);
    return { reading: readCertificate(ocr.text, { ...opts, textConfidence: ocr.confidence }), text: ocr.text, via: 'ocr' };
  }
  throw new Error(`“${file.name}”不是 PDF、JPG 或 PNG 文件，无法读取`);
}
