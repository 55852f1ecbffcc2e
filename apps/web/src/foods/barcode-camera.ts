import { productCode } from './barcode-digits.ts';

/** The product barcodes a food can carry. */
const FORMATS = ['ean_13', 'ean_8', 'upc_a', 'upc_e'] as const;

interface Detected {
  readonly rawValue: string;
  readonly format: string;
}

export interface BarcodeReader {
  detect(video: HTMLVideoElement): Promise<readonly Detected[]>;
}

interface NativeDetector {
  new (options: { formats: string[] }): BarcodeReader;
  getSupportedFormats(): Promise<string[]>;
}

/**
 * A barcode reader: the browser's own BarcodeDetector when it reads product codes, else the
 * ZXing WebAssembly reader, served from this app (never a CDN) and fetched only now.
 */
export async function createBarcodeReader(): Promise<BarcodeReader> {
  const native = (globalThis as { BarcodeDetector?: NativeDetector }).BarcodeDetector;
  if (native) {
    const supported: readonly string[] = await native.getSupportedFormats().catch(() => []);
    const formats = FORMATS.filter((f) => supported.includes(f));
    if (formats.includes('ean_13')) return new native({ formats });
  }
  const [{ BarcodeDetector, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([import('barcode-detector/ponyfill'), import('zxing-wasm/reader/zxing_reader.wasm?url')]);
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
    fireImmediately: true,
  });
  const reader = new BarcodeDetector({ formats: [...FORMATS] });
  return { detect: (video) => reader.detect(video) };
}

export type CameraProblem = 'denied' | 'no-camera' | 'unsupported' | 'failed';

/** Why the camera could not be opened, from the error getUserMedia gave. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return 'no-camera';
  if (name === 'NotSupportedError') return 'unsupported';
  return 'failed';
}

/** The back camera, or any camera, as a stream for a <video>. */
export async function openCamera(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('No camera access in this browser', 'NotSupportedError');
  return navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } } });
}

/** Turns the camera off. */
export function stopStream(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * Reads the video every `everyMs` until `found` takes a product code seen (returns true).
 * Returns a function that stops it.
 */
export function scanVideo(video: HTMLVideoElement, reader: BarcodeReader, found: (code: string) => boolean, everyMs = 200): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    if (stopped) return;
    if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
      try {
        for (const barcode of await reader.detect(video)) {
          const code = productCode(barcode.rawValue, barcode.format);
          if (code && !stopped && found(code)) {
            stopped = true;
            return;
          }
        }
      } catch {
        // A frame that could not be read: try the next one.
      }
    }
    if (!stopped) timer = setTimeout(() => void tick(), everyMs);
  };
  timer = setTimeout(() => void tick(), everyMs);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
  };
}
