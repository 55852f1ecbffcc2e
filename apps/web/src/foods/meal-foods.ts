import { useCallback, useEffect } from 'react';
import type { UsualFoods } from '@macromuse/contract/foods/custom-foods.schemas';
import type { FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';
import { useDataStore } from '../stores/data-store.ts';
import { offlineSaying, useListed, type Listed } from './listed.ts';

export type UsualFood = UsualFoods['foods'][number];

export interface MealFoods {
  /** Foods logged recently (offline: the foods kept on this device, without their last amounts). */
  readonly recent: Listed<UsualFood | FoodSummary>;
  readonly frequent: Listed<UsualFood>;
  /** The person's favourites, as the data store holds them (a star tapped anywhere shows here at once). */
  readonly favourites: Listed<FoodSummary>;
  /** Reads the three lists again. */
  reload(): void;
}

const OFFLINE = 'You’re offline. Search still finds foods saved on this device.';

/** The foods to offer before anything is typed: recent and frequent at this meal, and favourites. */
export function useMealFoods(meal: string): MealFoods {
  const recent = useListed(
    useCallback(
      () =>
        api.recentFoods(meal).then(
          (r): readonly (UsualFood | FoodSummary)[] => r.foods,
          async (error: unknown) => {
            const onDevice = error instanceof ApiFailure && error.status === 0 ? await useDataStore.getState().foodsOnDevice() : [];
            if (onDevice.length === 0) throw error;
            return onDevice.slice(0, 15);
          },
        ),
      [meal],
    ),
    OFFLINE,
  );
  const frequent = useListed(
    useCallback(() => api.frequentFoods(meal).then((r) => r.foods), [meal]),
    OFFLINE,
  );
  const favourites = useDataStore((s) => s.favourites);
  useEffect(() => void useDataStore.getState().readMyFoods('favourites'), []);
  const { reload: reloadRecent } = recent;
  const { reload: reloadFrequent } = frequent;

  const reload = useCallback(() => {
    reloadRecent();
    reloadFrequent();
    void useDataStore.getState().readMyFoods('favourites', true);
  }, [reloadRecent, reloadFrequent]);

  return { recent: recent.list, frequent: frequent.list, favourites: offlineSaying(favourites, OFFLINE), reload };
}
