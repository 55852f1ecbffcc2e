import type { FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import type { LastAmount } from './amount-units.ts';
import { energyLine, sourceLabel } from './food-lines.ts';

interface Props {
  readonly food: FoodSummary;
  /** How the food was last logged, for a food logged before. */
  readonly last?: LastAmount | undefined;
  onOpen(): void;
}

/** One food in a list: name, brand or source, usual portion, and its kcal; one tap opens it. */
export function FoodRow({ food, last, onOpen }: Props) {
  const energy = energyLine(food, last);
  return (
    <button type="button" className="food-row" onClick={onOpen}>
      <span className="food-row-text">
        <span className="food-row-name">{food.name}</span>
        <small>
          {sourceLabel(food)} · {energy.per}
        </small>
      </span>
      <span className="food-row-kcal figures">
        {energy.kcal}
        <small>{food.energyEstimated ? 'kcal est.' : 'kcal'}</small>
      </span>
    </button>
  );
}
