// OCR of scans and photos through tesseract.js, entirely from the extension's own files (assets.ts): the worker, the
// WebAssembly core and the chi_sim + eng trained data. Imported only when a scan is read (never by the content script).
import { CERTIFICATE_ASSETS, OCR_LANGS } from './assets';

export interface OcrProgress {
  /** 'load' while the engine and the trained data load, 'recognize' while the page is read. */
  stage: 'load' | 'recognize';
  progress: number; // 0–1
}

export interface OcrResult {
  text: string;
  confidence: number; // 0–1, tesseract's mean word confidence
}

export interface OcrEngine {
  recognize(image: HTMLCanvasElement | OffscreenCanvas | Blob, onProgress?: (p: OcrProgress) => void): Promise<OcrResult>;
  terminate(): Promise<void>;
}

/** Starts a worker with Chinese + English loaded; `url` turns an extension path into its runtime URL. */
export async function createOcrEngine(url: (path: string) => string, onProgress?: (p: OcrProgress) => void): Promise<OcrEngine> {
  const { createWorker, OEM } = await import('tesseract.js');
  let report = onProgress;
  const worker = await createWorker([...OCR_LANGS], OEM.LSTM_ONLY, {
    workerPath: url(CERTIFICATE_ASSETS.ocrWorker),
    corePath: url(CERTIFICATE_ASSETS.ocrCore),
    langPath: url(CERTIFICATE_ASSETS.ocrLang),
    gzip: true,
    cacheMethod: 'none', // the data ships with the extension: nothing to cache in IndexedDB
    workerBlobURL: false, // a blob: worker could not importScripts our files under the extension's CSP
    logger: (m) => {
      const stage = m.status === 'recognizing text' ? 'recognize' : 'load';
      report?.({ stage, progress: typeof m.progress === 'number' ? m.progress : 0 });
    },
  });
  return {
    async recognize(image, progress) {
      report = progress ?? onProgress;
      const { data } = await worker.recognize(image as unknown as HTMLCanvasElement);
      return { text: data.text, confidence: Math.max(0, Math.min(1, data.confidence / 100)) };
    },
    async terminate() {
      await worker.terminate();
    },
  };
}
