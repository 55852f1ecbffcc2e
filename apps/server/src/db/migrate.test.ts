import { describe, expect, it } from 'vitest';
import { splitStatements } from './migrate.ts';

describe('splitStatements', () => {
  it('splits on semicolons at line ends, skipping comment lines', () => {
    expect(splitStatements('-- a table\nCREATE TABLE a (x int);\n\nCREATE INDEX a_x ON a (x);\n')).toEqual(['CREATE TABLE a (x int)', 'CREATE INDEX a_x ON a (x)']);
  });

  it('keeps dollar-quoted bodies whole, semicolons and all', () => {
    const sql = `DO $$\nBEGIN\n  CREATE ROLE r;\nEXCEPTION WHEN duplicate_object THEN\n  NULL;\nEND\n$$;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\n`;
    const statements = splitStatements(sql);
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatch(/^DO \$\$[\s\S]*CREATE ROLE r;[\s\S]*NULL;[\s\S]*\$\$$/);
    expect(statements[1]).toBe('CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$');
  });
});
