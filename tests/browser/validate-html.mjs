#!/usr/bin/env node
// Validate the HTML of a built site with the Nu HTML Checker (vnu.jar, from
// the vnu-jar npm package; needs Java 11+).
//
//   node tests/browser/validate-html.mjs <site-dir> [more files...]
//
// Checks every .html/.htm file below <site-dir>, plus any extra files given
// (.html/.htm/.xhtml; .css and .svg extra files are checked as CSS / SVG).
// Prints each error as
//   relative/path.html:LINE:COL: error: MESSAGE
// (paths relative to <site-dir>; extra files outside it relative to the
// current directory), then a summary line `html: N passed, M failed`.
// Exit status: 0 no errors, 1 errors found, 2 could not run (see lib/tools.mjs).

import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  EXIT_PASS, EXIT_FAIL, ToolError, javaCommand, vnuJarPath, listFiles, runMain, slash,
} from './lib/tools.mjs';

const NAME = 'validate-html';
const USAGE = 'usage: node tests/browser/validate-html.mjs <site-dir> [more files...]';
const HTML_EXTS = ['.html', '.htm'];
// Keep each java command line comfortably short; one JVM per batch.
const MAX_ARGS_CHARS = 100_000;

function runVnu(java, jar, flags, files) {
  return new Promise((resolve, reject) => {
    const child = spawn(java, ['-jar', jar, ...flags, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', (err) => reject(new ToolError(`could not run ${java}: ${err.message}`)));
    child.on('close', (code, signal) => {
      // vnu writes the JSON report to stderr; exit status 1 just means "errors found".
      const text = stderr.trim();
      const start = text.indexOf('{');
      let report = null;
      if (start >= 0) {
        try { report = JSON.parse(text.slice(start)); } catch { /* fall through */ }
      }
      if (!report || !Array.isArray(report.messages)) {
        reject(new ToolError(
          `the Nu HTML Checker did not produce a JSON report (exit ${code ?? signal}):\n${(stderr || stdout).trim()}`,
        ));
        return;
      }
      resolve(report.messages);
    });
  });
}

function batches(files) {
  const out = [];
  let cur = [];
  let len = 0;
  for (const f of files) {
    if (cur.length && len + f.length + 1 > MAX_ARGS_CHARS) {
      out.push(cur);
      cur = [];
      len = 0;
    }
    cur.push(f);
    len += f.length + 1;
  }
  if (cur.length) out.push(cur);
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
    console.error(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const [siteArg, ...extraArgs] = args;
  const siteDir = path.resolve(siteArg);
  if (!fs.existsSync(siteDir) || !fs.statSync(siteDir).isDirectory()) {
    throw new ToolError(`site directory not found: ${siteArg}`);
  }

  const files = listFiles(siteDir, HTML_EXTS);
  for (const extra of extraArgs) {
    const abs = path.resolve(extra);
    if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) {
      throw new ToolError(`file not found: ${extra}`);
    }
    if (!files.includes(abs)) files.push(abs);
  }
  if (files.length === 0) {
    // An empty site is a broken build, not a pass.
    throw new ToolError(`no .html files found in ${siteArg}`);
  }

  const java = javaCommand();
  const jar = vnuJarPath();

  const display = (abs) => {
    const rel = path.relative(siteDir, abs);
    return slash(rel.startsWith('..') || path.isAbsolute(rel) ? path.relative(process.cwd(), abs) : rel);
  };
  const errorsByFile = new Map(files.map((f) => [f, []]));

  // CSS and SVG files need extra checker flags; they run in their own JVM
  // because --also-check-css shifts the line numbers reported for HTML files.
  const base = ['--errors-only', '--format', 'json', '--no-langdetect'];
  const groups = [
    { flags: [...base, '--also-check-css'], files: files.filter((f) => /\.css$/i.test(f)) },
    { flags: [...base, '--also-check-svg'], files: files.filter((f) => /\.svg$/i.test(f)) },
  ];
  groups.unshift({ flags: base, files: files.filter((f) => !groups.some((g) => g.files.includes(f))) });
  const runs = groups.flatMap((g) => batches(g.files).map((batch) => ({ flags: g.flags, batch })));

  const reports = await Promise.all(runs.map(({ flags, batch }) => runVnu(java, jar, flags, batch)));
  for (const messages of reports) {
    for (const m of messages) {
      if (m.type !== 'error' && m.type !== 'non-document-error') continue;
      let file = null;
      if (m.url) {
        try { file = path.resolve(fileURLToPath(new URL(m.url))); } catch { /* not a file: URL */ }
      }
      if (!file || !errorsByFile.has(file)) {
        // A message we cannot attribute to one of our files still fails the run.
        file = file ?? '(unknown file)';
        if (!errorsByFile.has(file)) errorsByFile.set(file, []);
      }
      const line = m.firstLine ?? m.lastLine ?? 0;
      const col = m.firstColumn ?? m.lastColumn ?? 0;
      const prefix = m.type === 'error' ? '' : 'could not check: ';
      errorsByFile.get(file).push({ line, col, text: `error: ${prefix}${m.message}` });
    }
  }

  let passed = 0;
  let failed = 0;
  for (const [file, errors] of errorsByFile) {
    if (errors.length === 0) {
      passed++;
      continue;
    }
    failed++;
    const name = path.isAbsolute(file) ? display(file) : file;
    errors.sort((a, b) => a.line - b.line || a.col - b.col);
    for (const e of errors) {
      console.log(`${name}:${e.line}:${e.col}: ${e.text}`);
    }
  }
  console.log(`html: ${passed} passed, ${failed} failed`);
  return failed ? EXIT_FAIL : EXIT_PASS;
}

runMain(NAME, main);
