#!/usr/bin/env node
// Accessibility check of built pages with axe-core in headless Debian chromium.
//
//   node tests/browser/axe.mjs <site-dir> <page> [<page>...]
//
// Serves <site-dir> on 127.0.0.1 (free port), opens each <page> (a path
// relative to the site root: `index.html`, `meetings/index.html`, or a
// directory such as `meetings/`), injects axe-core and runs the WCAG 2.0/2.1
// A+AA and best-practice rules. Prints each violation as
//   PAGE: RULE-ID (IMPACT): HELP — TARGET, TARGET, ...
// A page also fails when it is broken: console errors, uncaught exceptions,
// failed requests or HTTP >= 400 responses (e.g. a 404 stylesheet), or any
// request leaving the local server (sites must be self-contained).
// Ends with `axe: N passed, M failed` (pages).
// Exit status: 0 all pages pass, 1 some page failed, 2 could not run.
//
// Environment: CXO_CHROMIUM (browser binary, default /usr/bin/chromium),
// AXE_CONCURRENCY (pages checked in parallel, default 4).

import fs from 'node:fs';
import path from 'node:path';
import { EXIT_PASS, EXIT_FAIL, ToolError, axeScriptPath, runMain } from './lib/tools.mjs';
import { startStaticServer } from './lib/server.mjs';
import { launchChromium, blockExternalRequests, watchPage } from './lib/browser.mjs';

const NAME = 'axe';
const USAGE = 'usage: node tests/browser/axe.mjs <site-dir> <page> [<page>...]';
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
};
const NAV_TIMEOUT_MS = 20_000;
const MAX_TARGETS = 8;

async function checkPage(context, server, siteDir, pageArg, axePath) {
  const lines = [];
  const rel = pageArg.replace(/\\/g, '/').replace(/^\/+/, '');
  const onDisk = path.join(siteDir, rel);
  const st = fs.existsSync(onDisk) ? fs.statSync(onDisk) : null;
  if (!st || (st.isDirectory() && !fs.existsSync(path.join(onDisk, 'index.html')))) {
    return [`${pageArg}: page not found in site directory`];
  }
  const urlPath = st.isDirectory() && rel !== '' && !rel.endsWith('/') ? rel + '/' : rel;

  const page = await context.newPage();
  try {
    const problems = watchPage(page, { origin: server.origin });
    let response;
    try {
      response = await page.goto(server.urlFor(urlPath), { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
    } catch (err) {
      return [`${pageArg}: could not load page: ${err.message.split('\n')[0]}`];
    }
    if (!response || !response.ok()) {
      lines.push(`${pageArg}: page answered HTTP ${response ? response.status() : '(no response)'}`);
    }
    // Let late requests (scripts fetching data after load) finish or fail.
    await problems.settle();

    await page.addScriptTag({ path: axePath });
    const results = await page.evaluate((options) => window.axe.run(document, options), AXE_OPTIONS);
    for (const v of results.violations) {
      const targets = v.nodes.map((n) => (Array.isArray(n.target) ? n.target.flat(Infinity).join(' ') : String(n.target)));
      const shown = targets.slice(0, MAX_TARGETS).join(', ');
      const more = targets.length > MAX_TARGETS ? ` (+${targets.length - MAX_TARGETS} more)` : '';
      lines.push(`${pageArg}: ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${shown}${more}`);
    }
    for (const p of problems.list()) {
      lines.push(`${pageArg}: broken page: ${p}`);
    }
    return lines;
  } finally {
    await page.close().catch(() => {});
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('-h') || args.includes('--help')) {
    console.error(USAGE);
    return 0;
  }
  if (args.length < 2) {
    console.error(USAGE);
    return 2;
  }
  const [siteArg, ...pages] = args;
  const siteDir = path.resolve(siteArg);
  if (!fs.existsSync(siteDir) || !fs.statSync(siteDir).isDirectory()) {
    throw new ToolError(`site directory not found: ${siteArg}`);
  }
  const axePath = axeScriptPath();

  const server = await startStaticServer(siteDir);
  let browser;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ serviceWorkers: 'block' });
    context.setDefaultTimeout(NAV_TIMEOUT_MS);
    await blockExternalRequests(context, server.origin);

    const concurrency = Math.max(1, Number(process.env.AXE_CONCURRENCY) || 4);
    const results = new Array(pages.length);
    let next = 0;
    const worker = async () => {
      while (next < pages.length) {
        const i = next++;
        try {
          results[i] = await checkPage(context, server, siteDir, pages[i], axePath);
        } catch (err) {
          results[i] = [`${pages[i]}: could not check page: ${err.message.split('\n')[0]}`];
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, worker));

    let passed = 0;
    let failed = 0;
    for (const lines of results) {
      if (lines.length === 0) {
        passed++;
      } else {
        failed++;
        for (const l of lines) console.log(l);
      }
    }
    console.log(`axe: ${passed} passed, ${failed} failed`);
    return failed ? EXIT_FAIL : EXIT_PASS;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.close();
  }
}

runMain(NAME, main);
