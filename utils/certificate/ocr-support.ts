// Whether this browser can run the OCR engine (tesseract.js is WebAssembly), asked before the engine is loaded, so an
// older browser gets a clear message instead of an error from inside the worker or a reading that never ends.
//
// Per version (Chromium): extension pages run WebAssembly only where the manifest's 'wasm-unsafe-eval' is honoured,
// Chrome 103+ for Manifest V3 (pdf.js PR #18748); older extension pages refuse to compile a module, even this tiny one.
// Firefox (140+, our floor) honours it. A browser without WebAssembly at all (some locked-down builds) is caught too.

/** The smallest valid module: the magic number and version 1, nothing else. */
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** 'no-wasm': the browser has no WebAssembly; 'blocked': it has, but this page may not compile a module (CSP). */
export type OcrSupport = { ok: true } | { ok: false; reason: 'no-wasm' | 'blocked' };

/** Compiles the empty module synchronously (a few microseconds); `g` is the global object (a stand-in in tests). */
export function ocrSupport(g: { WebAssembly?: unknown } = globalThis): OcrSupport {
  const wasm = g.WebAssembly as { Module?: new (bytes: Uint8Array) => unknown } | undefined;
  if (!wasm || typeof wasm.Module !== 'function') return { ok: false, reason: 'no-wasm' };
  try {
    new wasm.Module(EMPTY_MODULE);
    return { ok: true };
  } catch {
    // CompileError "Wasm code generation disallowed by embedder" (Chrome < 103 in extension pages) or an EvalError
    return { ok: false, reason: 'blocked' };
  }
}
