// Locating the external tools the browser tests need, failing loudly (never
// silently passing) when something is missing.
//
// Exit codes used by all scripts in tests/browser/:
//   0  everything checked passed
//   1  something checked failed (validation error, axe violation, broken page)
//   2  the check could not run (bad usage, missing tool, crash)

import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const EXIT_PASS = 0;
export const EXIT_FAIL = 1;
export const EXIT_ERROR = 2;

export const BROWSER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const INSTALL_HINT = 'run scripts/install-test-tools.sh (as root) to install the test tools';

const require = createRequire(path.join(BROWSER_DIR, 'package.json'));

/** Error that the scripts report as `<tool>: error: <message>` and exit 2. */
export class ToolError extends Error {}

/** Resolve a file inside an npm package installed in tests/browser/node_modules. */
export function resolvePackageFile(spec) {
  try {
    return require.resolve(spec);
  } catch {
    const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    throw new ToolError(
      `npm package '${pkg}' is not installed in tests/browser/node_modules; ${INSTALL_HINT}`,
    );
  }
}

/** Dynamically import an npm package installed in tests/browser/node_modules. */
export async function importPackage(name) {
  try {
    // Resolved from this file, i.e. via tests/browser/node_modules.
    return await import(name);
  } catch (err) {
    if (err?.code === 'ERR_MODULE_NOT_FOUND') {
      throw new ToolError(`npm package '${name}' is not installed in tests/browser/node_modules; ${INSTALL_HINT}`);
    }
    throw err;
  }
}

/** Absolute path of vnu.jar from the vnu-jar package. */
export function vnuJarPath() {
  const jar = String(require(resolvePackageFile('vnu-jar')));
  if (!fs.existsSync(jar)) {
    throw new ToolError(`vnu.jar not found at ${jar}; ${INSTALL_HINT}`);
  }
  return jar;
}

/** Absolute path of axe-core's axe.min.js. */
export function axeScriptPath() {
  return resolvePackageFile('axe-core/axe.min.js');
}

/**
 * The java executable: $JAVA, else $JAVA_HOME/bin/java, else `java` on PATH.
 * Checks it actually runs and is Java 11+ (vnu.jar's minimum).
 */
export function javaCommand() {
  const candidates = [];
  if (process.env.JAVA) candidates.push(process.env.JAVA);
  if (process.env.JAVA_HOME) candidates.push(path.join(process.env.JAVA_HOME, 'bin', 'java'));
  candidates.push('java');
  for (const cmd of candidates) {
    const r = spawnSync(cmd, ['-version'], { encoding: 'utf8' });
    if (r.error || r.status !== 0) continue;
    const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
    if (!m) continue;
    const major = Number(m[1]) === 1 ? Number(m[2]) : Number(m[1]);
    if (major < 11) {
      throw new ToolError(`${cmd} is Java ${major}; the Nu HTML Checker needs Java 11 or later; ${INSTALL_HINT}`);
    }
    return cmd;
  }
  throw new ToolError(`java not found (needed for the Nu HTML Checker); ${INSTALL_HINT}`);
}

/** Run an async main(), mapping ToolError / crashes to exit code 2. */
export function runMain(name, main) {
  main().then(
    (code) => {
      process.exitCode = code ?? EXIT_PASS;
    },
    (err) => {
      if (err instanceof ToolError) {
        console.error(`${name}: error: ${err.message}`);
      } else {
        console.error(`${name}: error: ${err?.stack ?? err}`);
      }
      process.exitCode = EXIT_ERROR;
    },
  );
}

/** Forward slashes, for stable output across platforms. */
export function slash(p) {
  return p.split(path.sep).join('/');
}

/** All files under `dir` (recursively) whose names end with one of `exts`, sorted. */
export function listFiles(dir, exts) {
  const out = [];
  const walk = (d) => {
    for (const ent of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, ent.name);
      if (ent.isDirectory()) {
        walk(full);
      } else if ((ent.isFile() || ent.isSymbolicLink()) && exts.some((e) => ent.name.toLowerCase().endsWith(e))) {
        out.push(full);
      }
    }
  };
  walk(dir);
  return out.sort();
}
