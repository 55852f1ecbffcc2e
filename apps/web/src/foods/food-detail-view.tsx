import { useState, type ReactNode } from 'react';
import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { useDailyTargets } from './daily-targets.ts';
import { sourceLabel } from './food-lines.ts';
import { formatAmount } from './number-text.ts';
import { NutritionLabel } from './nutrition-label.tsx';
import { SegmentedTabs } from './segmented-tabs.tsx';

type Basis = 'portion' | '100g';

interface Props {
  readonly food: FoodDetail;
  readonly backLabel: string;
  onBack(): void;
  /** What can be done with the food, shown above its label (removing it from favourites). */
  readonly children?: ReactNode;
}

/** A food's nutrition, read only: per its usual portion or per 100 g. */
export function FoodDetailView({ food, backLabel, onBack, children }: Props) {
  const portion = food.defaultPortion;
  const [basis, setBasis] = useState<Basis>(portion ? 'portion' : '100g');
  const targets = useDailyTargets();
  const portionLabel = portion ? `${portion.label} · ${formatAmount(portion.grams, 'g')} g` : '';
  const tabs = portion
    ? [
        { id: 'portion' as const, label: `Per ${portion.label}` },
        { id: '100g' as const, label: 'Per 100 g' },
      ]
    : [];
  return (
    <section className="card food-detail" aria-labelledby="food-detail-title">
      <button type="button" className="back" onClick={onBack}>
        ‹ {backLabel}
      </button>
      <h2 id="food-detail-title">{food.name}</h2>
      <p className="muted small">{sourceLabel(food)}</p>
      {children}
      {tabs.length > 0 && <SegmentedTabs<Basis> label="Nutrition per" tabs={tabs} selected={basis} onSelect={setBasis} idPrefix="basis" />}
      <div id="basis-panel" role={tabs.length > 0 ? 'tabpanel' : undefined} aria-labelledby={tabs.length > 0 ? `basis-tab-${basis}` : undefined}>
        <NutritionLabel food={food} grams={basis === 'portion' && portion ? portion.grams : 100} amountLabel={basis === 'portion' && portion ? portionLabel : '100 g'} targets={targets} />
      </div>
    </section>
  );
}
