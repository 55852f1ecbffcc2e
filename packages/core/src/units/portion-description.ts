import { parseMeasureUnit, type MeasureUnit } from './units.ts';

export interface ParsedPortion {
  /** How many of the unit the description names ("1/2 cup" is 0.5). */
  readonly amount: number;
  /** What is counted: "cup, sliced", "large", "slice". */
  readonly unit: string;
  /** The standard measure the description starts with, if any ("cup" in "cup, sliced"). */
  readonly measure: MeasureUnit | undefined;
  /** What follows the measure ("sliced" in "cup, sliced"); empty for a plain measure. */
  readonly modifier: string;
}

const LEADING_QUANTITY = /^(\d+(?:\.\d+)?)(?:\s*-\s*(\d+)\/(\d+)|\s+(\d+)\/(\d+)|\/(\d+))?\s*/;

/** Reads "1 1/2", "1-1/2", "1/2", "0.5" at the start of a text; returns the number and the rest. */
export function splitLeadingQuantity(text: string): { amount: number | undefined; rest: string } {
  const match = LEADING_QUANTITY.exec(text.trim());
  if (!match) return { amount: undefined, rest: text.trim() };
  const whole = Number(match[1]);
  let amount = whole;
  if (match[2] !== undefined && match[3] !== undefined) amount = whole + Number(match[2]) / Number(match[3]);
  else if (match[4] !== undefined && match[5] !== undefined) amount = whole + Number(match[4]) / Number(match[5]);
  else if (match[6] !== undefined) amount = whole / Number(match[6]);
  if (!Number.isFinite(amount) || amount <= 0) return { amount: undefined, rest: text.trim() };
  return { amount, rest: text.trim().slice(match[0].length).trim() };
}

/**
 * Understands a household measure such as "cup, sliced", "fl oz", "1 cup (8 fl oz)" or
 * "large". `amount` is the count given separately by the dataset, if any.
 */
export function parsePortionDescription(description: string, amount?: number): ParsedPortion {
  const split = splitLeadingQuantity(description);
  const count = amount ?? split.amount ?? 1;
  const unit = split.rest.length > 0 ? split.rest : description.trim();
  const head = /^(fl\.?\s?oz|fluid ounces?|[a-z]+)\.?/i.exec(unit);
  const measure = head ? parseMeasureUnit(head[0]) : undefined;
  const modifier = measure && head ? unit.slice(head[0].length).replace(/^[\s,]+/, '').trim() : '';
  return { amount: count, unit, measure, modifier };
}
