import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react';
import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';
import { cameraProblem, createBarcodeReader, openCamera, scanVideo, stopStream, type BarcodeReader, type CameraProblem } from './barcode-camera.ts';
import { barcodeDigits } from './barcode-digits.ts';

interface Props {
  /** A product was found: log it. */
  onFound(food: FoodDetail): void;
  /** The product is unknown: make it, with this barcode. */
  onCreate(barcode: string): void;
  onBack(): void;
}

type Camera = { readonly state: 'starting' } | { readonly state: 'scanning' } | { readonly state: 'off'; readonly problem: CameraProblem | 'reader' };

type Lookup =
  | { readonly state: 'idle' }
  | { readonly state: 'looking'; readonly code: string }
  | { readonly state: 'unknown'; readonly code: string }
  | { readonly state: 'failed'; readonly code: string; readonly message: string };

const CAMERA_PROBLEMS: Record<CameraProblem | 'reader', string> = {
  denied: 'The camera is turned off for MacroMuse. Allow it in your browser’s site settings, or type the digits under the barcode.',
  'no-camera': 'No camera was found on this device. Type the digits under the barcode instead.',
  unsupported: 'This browser cannot use the camera here. Type the digits under the barcode instead.',
  failed: 'The camera could not be started. Type the digits under the barcode instead.',
  reader: 'The barcode reader could not start in this browser. Type the digits under the barcode instead.',
};

/** A product by its barcode: read by the camera, or typed. */
export function BarcodeScreen({ onFound, onCreate, onBack }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const digitsInput = useRef<HTMLInputElement>(null);
  const [camera, setCamera] = useState<Camera>({ state: 'starting' });
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const [digits, setDigits] = useState('');
  const [reader, setReader] = useState<BarcodeReader | undefined>();

  const lookUp = async (code: string) => {
    setLookup({ state: 'looking', code });
    try {
      onFound(await api.barcode(code));
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 404) setLookup({ state: 'unknown', code });
      else if (error instanceof ApiFailure && error.status === 0) setLookup({ state: 'failed', code, message: 'You’re offline. Looking up a barcode needs a connection; try again when you’re back online.' });
      else setLookup({ state: 'failed', code, message: error instanceof ApiFailure ? error.message : 'The barcode could not be looked up. Try again.' });
    }
  };

  // A code the camera read: looked up, unless it is the one that just failed.
  const scanned = useEffectEvent((code: string): boolean => {
    if (lookup.state === 'failed' && code === lookup.code) return false;
    setDigits(code);
    void lookUp(code);
    return true;
  });

  // The camera and the reader start together, once; without a camera the reader is not waited for.
  useEffect(() => {
    let stream: MediaStream | undefined;
    let live = true;
    const off = (problem: CameraProblem | 'reader') => {
      setCamera({ state: 'off', problem });
      digitsInput.current?.focus();
    };
    const start = async () => {
      const making = createBarcodeReader();
      making.catch(() => undefined);
      try {
        stream = await openCamera();
      } catch (error) {
        if (live) off(cameraProblem(error));
        return;
      }
      let made: BarcodeReader;
      try {
        made = await making;
      } catch {
        stopStream(stream);
        if (live) off('reader');
        return;
      }
      const element = video.current;
      if (!live || !element) return stopStream(stream);
      element.srcObject = stream;
      await element.play().catch(() => undefined);
      if (!live) return;
      setReader(made);
      setCamera({ state: 'scanning' });
    };
    void start();
    return () => {
      live = false;
      stopStream(stream);
    };
  }, []);

  // Scanning runs while nothing is being looked up and no unknown product is shown.
  const paused = lookup.state === 'looking' || lookup.state === 'unknown';
  useEffect(() => {
    const element = video.current;
    if (!reader || !element || paused) return;
    return scanVideo(element, reader, (code) => scanned(code));
  }, [reader, paused]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = barcodeDigits(digits);
    if (code === '') {
      setLookup({ state: 'failed', code, message: 'Type the digits under the barcode first.' });
      digitsInput.current?.focus();
      return;
    }
    void lookUp(code);
  };

  const scanning = camera.state === 'scanning' && lookup.state !== 'unknown';
  return (
    <section className="card barcode" aria-labelledby="barcode-title">
      <button type="button" className="back" onClick={onBack}>
        ‹ Back to search
      </button>
      <h2 id="barcode-title">Scan a barcode</h2>
      {camera.state !== 'off' && (
        <div className="viewfinder" data-state={camera.state === 'starting' ? 'starting' : scanning && lookup.state !== 'looking' ? 'scanning' : 'paused'}>
          <video ref={video} muted playsInline aria-label="Camera view" />
          <div className="viewfinder-frame" aria-hidden="true" />
          <p className="viewfinder-status" role="status">
            {camera.state === 'starting' ? 'Starting the camera…' : lookup.state === 'looking' ? `Looking up ${lookup.code}…` : scanning ? 'Point the camera at the barcode' : ''}
          </p>
        </div>
      )}
      {camera.state === 'off' && (
        <p className="camera-problem" role="status">
          {CAMERA_PROBLEMS[camera.problem]}
        </p>
      )}

      <form className="barcode-digits" onSubmit={submit} noValidate>
        <label htmlFor="barcode-digits">Barcode digits</label>
        <div className="inline-field">
          <input id="barcode-digits" ref={digitsInput} inputMode="numeric" autoComplete="off" pattern="[0-9 ]*" placeholder="e.g. 3017620422003" value={digits} onChange={(e) => setDigits(e.target.value)} aria-describedby="barcode-result" />
          <button type="submit" className="primary" disabled={lookup.state === 'looking'}>
            Look up
          </button>
        </div>
      </form>

      <div id="barcode-result" aria-live="polite">
        {lookup.state === 'looking' && camera.state === 'off' && <p className="muted">Looking up {lookup.code}…</p>}
        {lookup.state === 'unknown' && (
          <div className="not-found">
            <p>
              <strong>We don&apos;t know this product yet</strong>
              <br />
              <span className="muted small">Nothing has barcode {lookup.code}. Add it once from its label and it&apos;s yours to log any time.</span>
            </p>
            <div className="button-row">
              <button type="button" className="primary" onClick={() => onCreate(lookup.code)}>
                Create it
              </button>
              {camera.state === 'scanning' && (
                <button
                  type="button"
                  onClick={() => setLookup({ state: 'idle' })}
                >
                  Scan again
                </button>
              )}
            </div>
          </div>
        )}
        {lookup.state === 'failed' && (
          <p className="field-problem" role="alert">
            {lookup.message}
          </p>
        )}
      </div>
    </section>
  );
}
