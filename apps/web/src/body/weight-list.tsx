import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Weight } from '@macromuse/contract/ledger/body-log.schemas';
import { formatBodyWeight, type UnitSystem } from '../targets/body-units.ts';
import { clockTime, shortDay } from '../ui/day-label.ts';
import { DeleteButton } from './delete-button.tsx';

/** Above this many weights the list scrolls in its own box and draws only the rows in view. */
const VIRTUAL_FROM = 30;
const ROW_HEIGHT = 52;

interface Props {
  readonly weights: readonly Weight[];
  readonly units: UnitSystem;
  onDelete(weight: Weight): void;
}

function WeightRow({ weight, units, onDelete }: { readonly weight: Weight; readonly units: UnitSystem; onDelete(weight: Weight): void }) {
  const text = formatBodyWeight(weight.kg, units);
  return (
    <>
      <span className="entry-name">
        {shortDay(weight.date)}
        <small>{clockTime(weight.measuredAt)}</small>
      </span>
      <span className="figures">{text}</span>
      <DeleteButton label={`Delete ${text} on ${shortDay(weight.date)}`} onDelete={() => onDelete(weight)} />
    </>
  );
}

/** Every weight, newest first, each deletable; long lists are virtualised. */
export function WeightList({ weights, units, onDelete }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = weights.length > VIRTUAL_FROM;
  // The virtualiser keeps functions React Compiler cannot memoise; it is read only during render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: virtual ? weights.length : 0, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });

  if (!virtual) {
    return (
      <ul className="body-list" aria-label="Weights">
        {weights.map((w) => (
          <li key={w.id}>
            <WeightRow weight={w} units={units} onDelete={onDelete} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div ref={scroller} className="body-list-scroll" tabIndex={0} aria-label="Weights, scrollable">
      <ul className="body-list" aria-label="Weights" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const w = weights[row.index];
          return (
            w && (
              <li key={w.id} style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}>
                <WeightRow weight={w} units={units} onDelete={onDelete} />
              </li>
            )
          );
        })}
      </ul>
    </div>
  );
}
