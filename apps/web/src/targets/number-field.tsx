import type { ReactNode } from 'react';
import './targets.css';

interface Props {
  readonly id: string;
  /** The visible label; also the input's accessible name. */
  readonly label: ReactNode;
  /** The unit after the number ("kg", "kcal"). */
  readonly unit?: string;
  readonly value: string;
  onChange(text: string): void;
  /** What is wrong with the value, shown under the field. */
  readonly problem?: string | undefined;
  /** Marks the field wrong when its problem is shown elsewhere (one message for feet and inches). */
  readonly invalid?: boolean;
  /** A line of help under the field. */
  readonly hint?: ReactNode;
  readonly labelHidden?: boolean;
  readonly placeholder?: string;
  readonly disabled?: boolean;
}

/** A number typed with the decimal keypad, its unit beside it, and its problem or help beneath. */
export function NumberField({ id, label, unit, value, onChange, problem, invalid = false, hint, labelHidden = false, placeholder, disabled = false }: Props) {
  const describedBy = [problem ? `${id}-problem` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div className="number-field">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className="with-unit">
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid || problem !== undefined}
          {...(describedBy ? { 'aria-describedby': describedBy } : {})}
          {...(placeholder !== undefined ? { placeholder } : {})}
          disabled={disabled}
        />
        {unit && (
          <span className="unit-suffix" aria-hidden="true">
            {unit}
          </span>
        )}
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="small">
          {hint}
        </p>
      )}
    </div>
  );
}
