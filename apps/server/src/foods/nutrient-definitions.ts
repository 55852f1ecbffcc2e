import type { Queryable } from '../db/client.ts';
import { readNutrientDefinitions, type NutrientDefinitionRow } from './foods.repository.ts';

/** Reads the nutrient table through a connection, or through an open transaction (PGlite has one connection). */
export type NutrientDefinitions = (via?: Queryable) => Promise<ReadonlyMap<string, NutrientDefinitionRow>>;

/** The nutrient table, read once (it changes only when SR28 is imported). */
export function nutrientDefinitionsOf(db: Queryable): NutrientDefinitions {
  let definitions: Map<string, NutrientDefinitionRow> | undefined;
  return async (via = db) => {
    if (!definitions || definitions.size === 0) definitions = new Map((await readNutrientDefinitions(via)).map((d) => [d.number, d]));
    return definitions;
  };
}
