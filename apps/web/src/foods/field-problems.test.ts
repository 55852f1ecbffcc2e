import { describe, expect, it } from 'vitest';
import { problemsByField } from './field-problems.ts';

describe('problems by field', () => {
  it('keys each problem by its field, the first one winning', () => {
    expect(
      problemsByField([
        { field: 'name', problem: 'must not be empty' },
        { field: 'nutrients.208', problem: 'must not be negative' },
        { field: 'name', problem: 'must be at most 200 characters' },
      ]),
    ).toEqual({ name: 'must not be empty', 'nutrients.208': 'must not be negative' });
  });

  it('sends paths the form has no field for to the field named by the longest prefix', () => {
    const aliases = { portions: 'servingGrams', 'portions.0.unit': 'servingLabel' };
    expect(problemsByField([{ field: 'portions.0.unit', problem: 'must not be empty' }], aliases)).toEqual({ servingLabel: 'must not be empty' });
    expect(problemsByField([{ field: 'portions.0.grams', problem: 'must be more than 0' }], aliases)).toEqual({ servingGrams: 'must be more than 0' });
    expect(problemsByField([{ field: 'portionsx', problem: 'odd' }], aliases)).toEqual({ portionsx: 'odd' });
  });

  it('has nothing to say without fields', () => {
    expect(problemsByField(undefined)).toEqual({});
  });
});
