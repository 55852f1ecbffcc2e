import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_APP = fileURLToPath(new URL('..', import.meta.url));
const REPO_ROOT = join(WEB_APP, '..', '..');
const BUILT_SHELL = join(WEB_APP, 'dist', 'index.html');
/** What the web app's build is made from: its own sources, its build steps and the packages it imports. */
const INPUTS = ['src', 'index.html', 'vite.config.ts', 'build', 'public', 'package.json'].map((p) => join(WEB_APP, p)).concat(
  join(REPO_ROOT, 'packages', 'core', 'src'),
  join(REPO_ROOT, 'packages', 'contract', 'src'),
  join(REPO_ROOT, 'package-lock.json'),
);

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/** True when there is a build and no input changed since it was made. */
export function webAppUpToDate(): boolean {
  const built = existsSync(BUILT_SHELL) ? statSync(BUILT_SHELL).mtimeMs : 0;
  return built > 0 && INPUTS.every((input) => newestChange(input) <= built);
}

/** Builds the web app (`npm run build -w apps/web`) unless the build is up to date; says which. */
export function buildIfStale(): 'built' | 'up to date' {
  if (webAppUpToDate()) return 'up to date';
  const result = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the web app did not build:\n${result.stdout}\n${result.stderr}`);
  return 'built';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const outcome = buildIfStale();
  console.log(outcome === 'built' ? `web app built in ${Math.round(performance.now() - started)} ms` : 'web app up to date: not rebuilt');
}
