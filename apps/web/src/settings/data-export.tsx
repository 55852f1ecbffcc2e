import { useState } from 'react';
import { api } from '../api/api.ts';
import { localToday } from '../stores/ui-store.ts';
import { failureText } from '../ui/failure-text.ts';
import { saveFile } from './save-file.ts';

const FORMATS = [
  { format: 'json', label: 'Download JSON', hint: 'One file with everything, for other apps and backups.' },
  { format: 'zip', label: 'Download spreadsheet (zip of CSV files)', hint: 'One CSV file per kind of data, for Excel, Numbers or Google Sheets.' },
] as const;

/** Everything the account holds, as a file to keep: JSON, or a zip of CSV files. */
export function DataExport() {
  const [busy, setBusy] = useState<'json' | 'zip' | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  const download = async (format: 'json' | 'zip') => {
    setBusy(format);
    setProblem(undefined);
    try {
      saveFile(await api.exportData(format), `macromuse-export-${localToday()}.${format}`);
    } catch (error) {
      setProblem(failureText(error, 'Your data could not be exported. Try again.'));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="card settings-section" aria-labelledby="export-title">
      <h2 id="export-title">Your data</h2>
      <p className="muted small">Your diary, weights, water, targets and your own foods. It is yours to take anywhere.</p>
      {FORMATS.map((f) => (
        <div key={f.format} className="action-row">
          <button type="button" onClick={() => void download(f.format)} disabled={busy !== undefined} aria-describedby={`export-${f.format}-hint`}>
            {busy === f.format ? 'Preparing…' : f.label}
          </button>
          <p id={`export-${f.format}-hint`} className="small">
            {f.hint}
          </p>
        </div>
      ))}
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
