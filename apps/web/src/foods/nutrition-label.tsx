import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { formatAmount } from './number-text.ts';
import { nutritionFacts, type DailyTargets, type LabelRow } from './nutrition-facts.ts';

interface Props {
  readonly food: FoodDetail;
  /** The amount the label is for, in grams. */
  readonly grams: number;
  /** The amount as the person chose it ("1 bar · 112 g"). */
  readonly amountLabel: string;
  readonly targets: DailyTargets | undefined;
}

/** "12%", or "<1%" for a share too small to round to 1 %. */
const percentText = (row: LabelRow): string => (row.percent === undefined ? '' : row.percent === 0 && row.amount > 0 ? '<1%' : `${row.percent}%`);

function Rows({ rows, withPercent }: { readonly rows: readonly LabelRow[]; readonly withPercent: boolean }) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.number} className={row.part ? 'part' : undefined}>
          <th scope="row">
            {row.name} <span className="nl-amount figures">{formatAmount(row.amount, row.unit)} {row.unit}</span>
          </th>
          {withPercent && <td className="figures">{percentText(row)}</td>}
        </tr>
      ))}
    </tbody>
  );
}

/**
 * A nutrition facts panel for an amount of a food: calories and the familiar rows first, then
 * every other nutrient the food has, grouped, each with its share of the person's daily target.
 */
export function NutritionLabel({ food, grams, amountLabel, targets }: Props) {
  const facts = nutritionFacts(food.nutrients, grams, targets);
  const withPercent = targets !== undefined;
  return (
    <section className="nutrition-label" aria-label={`Nutrition facts for ${amountLabel}`}>
      <h3>Nutrition Facts</h3>
      <p className="nl-serving">
        <span>Amount</span>
        <strong className="figures">{amountLabel}</strong>
      </p>
      <p className="nl-calories">
        <span>
          Calories
          {food.energyEstimated && <small> (estimated)</small>}
        </span>
        <strong className="figures">{facts.kcal === undefined ? '–' : Math.round(facts.kcal)}</strong>
      </p>
      {withPercent && (
        <p className="nl-head">
          <span>{facts.kcalPercent === undefined ? '' : `${facts.kcalPercent}% of your daily calories`}</span>
          <span className="nl-head-right">% daily target</span>
        </p>
      )}
      <table>
        <caption className="visually-hidden">Main nutrients</caption>
        <Rows rows={facts.main} withPercent={withPercent} />
      </table>
      {facts.groups.map((group) => (
        <table key={group.title} className="nl-group">
          <caption>{group.title}</caption>
          <Rows rows={group.rows} withPercent={withPercent} />
        </table>
      ))}
      {food.energyEstimated && <p className="nl-foot">Calories are estimated from protein, carbohydrate and fat: the source gives none.</p>}
      {food.qualityNotes.length > 0 && (
        <div className="nl-foot">
          <p>Notes on this food&apos;s data:</p>
          <ul>
            {food.qualityNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
