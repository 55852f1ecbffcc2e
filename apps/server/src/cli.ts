import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { ConfigError, loadConfig } from './config/config.ts';
import { DatabaseInUseError } from './db/data-dir-lock.ts';
import { openDb } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { IMPORT_SOURCES, importSource, isImportSource } from './importers/catalog-sources.ts';
import { InputError } from './importers/input.ts';
import type { ImportResult } from './importers/import-report.ts';
import { startServer } from './server.ts';

const program = new Command('macromuse').description('MacroMuse nutrition tracker: server and food catalog tools');

program
  .command('serve', { isDefault: true })
  .description('start the API server (imports the food data into an empty catalog first)')
  .action(async () => {
    await startServer(loadConfig(), { handleSignals: true });
  });

program
  .command('import')
  .description('import or re-import food data; re-running updates foods in place')
  .argument('<source>', `one of: ${Object.keys(IMPORT_SOURCES).join(', ')}`)
  .argument('<location>', 'a folder, a file (plain or .gz) or an http(s) URL')
  .addHelpText('after', `\nSources:\n${Object.entries(IMPORT_SOURCES).map(([k, v]) => `  ${k.padEnd(8)} ${v}`).join('\n')}`)
  .action(async (source: string, location: string) => {
    if (!isImportSource(source)) {
      return program.error(`unknown source "${source}"; use one of: ${Object.keys(IMPORT_SOURCES).join(', ')}`);
    }
    const config = loadConfig();
    const db = await openDb(config.db);
    const bar = new cliProgress.SingleBar(
      { format: ' {file} |{bar}| {percentage}% | {rows} rows, {skipped} skipped', hideCursor: true, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    const interactive = process.stderr.isTTY === true;
    try {
      await migrate(db);
      const results = await importSource(db, source, location, {
        onProgress: (p) => {
          if (!interactive) {
            // Logs and pipes get a plain line per progress report instead of a bar.
            process.stderr.write(`progress ${p.file} ${p.rowsRead} rows read, ${p.rowsWritten} written, ${p.rowsSkipped} skipped\n`);
            return;
          }
          const total = p.bytesTotal ?? 0;
          if (!started) { bar.start(total || 1, 0, {}); started = true; }
          bar.setTotal(total || 1);
          bar.update(total ? p.bytesRead : 0, { file: p.file, rows: p.rowsRead.toLocaleString('en'), skipped: p.rowsSkipped.toLocaleString('en') });
        },
      });
      if (started) bar.stop();
      for (const result of results) printResult(result);
    } catch (error) {
      if (started) bar.stop();
      if (error instanceof InputError) throw new InputError(`${error.message}\nNothing was changed.`);
      throw error;
    } finally {
      await db.close();
    }
  });

function printResult(result: ImportResult): void {
  const out = process.stdout;
  out.write(
    `${result.source}: ${result.files.join(', ')}\n` +
      `  read ${result.rowsRead.toLocaleString('en')} rows, wrote ${result.rowsWritten.toLocaleString('en')} foods, ` +
      `skipped ${result.rowsSkipped.toLocaleString('en')} in ${result.seconds.toFixed(1)} s\n`,
  );
  for (const skip of result.skipped) out.write(`  skipped ${skip.file}:${skip.line}: ${skip.reason}\n`);
  if (result.rowsSkipped > result.skipped.length) {
    out.write(`  ... and ${result.rowsSkipped - result.skipped.length} more; all skipped rows by reason:\n`);
    for (const [reason, count] of Object.entries(result.skippedByReason)) out.write(`    ${count.toLocaleString('en')} × ${reason}\n`);
  }
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Problems a person can fix get one line that says what to do; anything else is a bug and keeps its stack.
  if (error instanceof InputError || error instanceof DatabaseInUseError || error instanceof ConfigError) {
    process.stderr.write(`macromuse: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
