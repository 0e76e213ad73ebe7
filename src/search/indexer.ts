/**
 * Is Pagefind's indexer here? Pagefind's Node package runs a native program
 * from a package of its own per system (`@pagefind/linux-x64`,
 * `@pagefind/darwin-arm64`, `@pagefind/windows-x64`, ...), which npm installs
 * as an optional dependency for the system it runs on, or from the path in
 * `PAGEFIND_BINARY_PATH`. Checked before a build starts, so that a missing
 * indexer is one clear error with its fix, not a stack trace after rendering.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../diagnostics/errors.js';

/** The programs Pagefind looks for, in its order, and the variables that point at them. */
const PROGRAMS = ['pagefind_extended', 'pagefind'];

/**
 * The path of the Pagefind program this system would run, or null with the reason.
 * @param env the environment (process.env)
 * @param platform the system, as Node names it
 * @param arch the processor, as Node names it
 */
export function pagefindBinary(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): { path: string } | { missing: string } {
  for (const program of PROGRAMS) {
    const variable = `${program.toUpperCase()}_BINARY_PATH`;
    const given = env[variable];
    if (!given) continue;
    if (existsSync(given)) return { path: given };
    return {
      missing:
        `${variable} is set to ${given}, which does not exist, so the search index cannot be built. ` +
        `Point it at a Pagefind executable, or unset it to use the one npm installed.`,
    };
  }
  const system = `${platform === 'win32' ? 'windows' : platform}-${env['npm_config_arch'] || arch}`;
  const pagefind = createRequire(fileURLToPath(import.meta.resolve('pagefind')));
  for (const program of PROGRAMS) {
    try {
      return { path: pagefind.resolve(`@pagefind/${system}/bin/${platform === 'win32' ? `${program}.exe` : program}`) };
    } catch {
      // not this one; try the next
    }
  }
  return {
    missing:
      `The search indexer (Pagefind) is not installed for this system (${system}): the package @pagefind/${system} is missing. ` +
      `Run \`npm ci\` again without --omit=optional (npm installs the package for the system it runs on); ` +
      `Pagefind publishes it for macOS, Windows, Linux and FreeBSD. On another system, set PAGEFIND_BINARY_PATH to a pagefind executable.`,
  };
}

/**
 * Throw a UsageError naming the fix when Pagefind has no program to run.
 * @param env the environment (process.env)
 * @param platform the system, as Node names it
 * @param arch the processor, as Node names it
 */
export function checkSearchIndexer(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): void {
  const found = pagefindBinary(env, platform, arch);
  if ('missing' in found) throw new UsageError(found.missing);
}
