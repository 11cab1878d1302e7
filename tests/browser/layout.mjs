#!/usr/bin/env node
// Built pages on a phone and on paper, as a reader meets them, in headless
// Debian chromium:
//
//   node tests/browser/layout.mjs <site-dir> <page> [<page>...]
//
// For each <page> (a path relative to the site root):
// - phone, 375 px wide: the page does not scroll sideways (a wide table or
//   chart scrolls in its own box), and no chart text is drawn smaller than
//   9 px;
// - print, an A4 page's width between its margins (178 mm, 673 px at 96 dpi):
//   nothing is wider than the paper, and no box hides part of its content
//   (a table in a scrolling box prints cut off), and a topic's stages print
//   on one line.
// Prints each problem as `PAGE: WHAT`; ends with `layout: N passed, M failed`.
// Exit status: 0 all pages pass, 1 some page failed, 2 could not run.

import fs from 'node:fs';
import path from 'node:path';
import { EXIT_PASS, EXIT_FAIL, ToolError, runMain } from './lib/tools.mjs';
import { startStaticServer } from './lib/server.mjs';
import { launchChromium, blockExternalRequests } from './lib/browser.mjs';

const NAME = 'layout';
const USAGE = 'usage: node tests/browser/layout.mjs <site-dir> <page> [<page>...]';
const PHONE = { width: 375, height: 812 };
const PAPER = { width: 673, height: 950 };
const MIN_CHART_TEXT_PX = 9;

// Names an element the way a reader would look for it; installed in the
// page, for the checks below.
function installDescribe() {
  window.cxoDescribe = (el) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
    const caption = el.querySelector('caption, figcaption, h2, h3');
    const label = caption ? ` ("${caption.textContent.trim().slice(0, 50)}")` : '';
    return `${el.tagName.toLowerCase()}${id}${cls}${label}`;
  };
}

async function phoneProblems(page) {
  await page.evaluate(installDescribe);
  return page.evaluate(({ minText }) => {
    const describe = window.cxoDescribe;
    const problems = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      // The outermost elements wider than the page, not every ancestor.
      const wide = [...document.querySelectorAll('main *')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.right > width + 1 && !el.parentElement.closest('.table-wrap, .matrix-wrap, .chart-scroll');
      });
      const outermost = wide.filter((el) => !wide.includes(el.parentElement));
      problems.push(`the page scrolls sideways on a phone (${document.documentElement.scrollWidth} px): ` +
        outermost.slice(0, 3).map(describe).join(', '));
    }
    const small = [...document.querySelectorAll('svg.chart text')]
      .map((t) => t.getBoundingClientRect().height)
      .filter((h) => h > 0 && h < minText);
    if (small.length) {
      problems.push(`${small.length} chart labels are drawn ${Math.min(...small).toFixed(1)} px high on a phone`);
    }
    return problems;
  }, { minText: MIN_CHART_TEXT_PX });
}

async function paperProblems(page) {
  await page.evaluate(installDescribe);
  return page.evaluate(() => {
    const describe = window.cxoDescribe;
    const problems = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      problems.push(`in print the page is ${document.documentElement.scrollWidth} px wide, wider than A4 (${width} px)`);
    }
    for (const el of document.querySelectorAll('main *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.overflowX === 'visible') continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        problems.push(`in print ${describe(el)} hides ${el.scrollWidth - el.clientWidth} px of its content`);
      }
    }
    // The six lifecycle stages read as one row, the current one in place.
    for (const stages of document.querySelectorAll('main .stage-progress')) {
      const rows = new Set([...stages.children].map((li) => Math.round(li.getBoundingClientRect().top)));
      if (rows.size > 1) problems.push(`in print ${describe(stages)} takes ${rows.size} lines`);
    }
    return problems;
  });
}

async function checkPage(context, server, siteDir, pageArg) {
  const rel = pageArg.replace(/^\/+/, '');
  if (!fs.existsSync(path.join(siteDir, rel))) return [`${pageArg}: page not found in site directory`];
  const page = await context.newPage();
  try {
    await page.setViewportSize(PHONE);
    await page.goto(server.urlFor(rel), { waitUntil: 'load' });
    const lines = (await phoneProblems(page)).map((p) => `${pageArg}: ${p}`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize(PAPER);
    lines.push(...(await paperProblems(page)).map((p) => `${pageArg}: ${p}`));
    return lines;
  } finally {
    await page.close().catch(() => {});
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length < 2) {
    console.error(USAGE);
    return 2;
  }
  const [siteArg, ...pages] = args;
  const siteDir = path.resolve(siteArg);
  if (!fs.existsSync(siteDir)) throw new ToolError(`site directory not found: ${siteArg}`);
  const server = await startStaticServer(siteDir);
  let browser;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await blockExternalRequests(context, server.origin);
    let passed = 0;
    let failed = 0;
    for (const p of pages) {
      const lines = await checkPage(context, server, siteDir, p);
      if (lines.length) {
        failed++;
        for (const l of lines) console.log(l);
      } else {
        passed++;
      }
    }
    console.log(`${NAME}: ${passed} passed, ${failed} failed`);
    return failed ? EXIT_FAIL : EXIT_PASS;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.close();
  }
}

runMain(NAME, main);
