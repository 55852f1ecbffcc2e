import type { UnitSystem } from './body-units.ts';
import './targets.css';

const OPTIONS: readonly { readonly value: UnitSystem; readonly label: string; readonly hint: string }[] = [
  { value: 'metric', label: 'Metric', hint: 'kg · cm · ml' },
  { value: 'us', label: 'US', hint: 'lb · ft · fl oz' },
];

interface Props {
  readonly value: UnitSystem;
  onChange(units: UnitSystem): void;
  readonly disabled?: boolean;
  /** The radio group's name, unique on the page. */
  readonly name: string;
}

/** Metric or US units, as two segments of one control (radio buttons named "Metric" and "US"). */
export function UnitsToggle({ value, onChange, disabled = false, name }: Props) {
  return (
    <fieldset className="segment-group" disabled={disabled}>
      <legend>Units</legend>
      <div className="segments">
        {OPTIONS.map((o) => (
          <label key={o.value} className="segment">
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} aria-label={o.label} />
            <span className="segment-label">{o.label}</span>
            <span className="segment-hint" aria-hidden="true">
              {o.hint}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
