// cxo serve in a real browser: a page reloads by itself when its communiqué
// is saved, a content error shows over the page and goes away once fixed,
// and all of it works under a strict Content-Security-Policy (no inline
// script or style), which this test adds to every response.
//
//   node --test tests/browser/serve.test.mjs        (from the repository root)
//
// Needs build/cxo (or $CXO_BINARY) and Debian's chromium; see README.md.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchChromium, watchPage } from './lib/browser.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CXO = process.env.CXO_BINARY || path.join(REPO, 'build/cxo');
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

// Starts `cxo serve --port 0` on `site`; resolves with its origin.
function startServe(site) {
  const child = spawn(CXO, ['serve', '--source', site, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const origin = new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`cxo serve did not start: ${stderr}`)), 60000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = stdout.match(/Serving (http:\/\/127\.0\.0\.1:\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`cxo serve exited (${code}): ${stderr}`)));
  });
  return { child, origin, stderr: () => stderr };
}

test('cxo serve: live reload and error overlay in chromium under a strict CSP', async (t) => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'cxo-serve-browser-'));
  fs.cpSync(path.join(REPO, 'tests/fixtures/serve'), site, { recursive: true });
  const meeting = path.join(site, 'content/meetings/2024-12-09-dubai');
  const server = startServe(site);
  t.after(() => {
    server.child.kill('SIGINT');
    fs.rmSync(site, { recursive: true, force: true });
  });
  const origin = await server.origin;

  const browser = await launchChromium();
  t.after(() => browser.close());
  const context = await browser.newContext();
  // Every response gets the strict policy, except the event stream, which
  // route.fetch() would wait on forever (the page's policy governs it).
  await context.route(
    (url) => url.origin === origin && url.pathname !== '/__cxo/events',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': CSP },
      });
    },
  );
  const page = await context.newPage();
  const problems = watchPage(page, { origin });
  const violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  const streamOpened = page.waitForRequest((request) => request.url().endsWith('/__cxo/events'));
  await page.goto(`${origin}/meetings/2024-12-09-dubai/index.html`);
  await streamOpened;
  await page.waitForTimeout(200); // the stream's first event

  // Saving the communiqué reloads the page with the new text.
  const communique = path.join(meeting, 'communique.md');
  const text = fs.readFileSync(communique, 'utf8');
  const reloaded = page.waitForEvent('load', { timeout: 10000 });
  fs.writeFileSync(communique, `${text}\nThe browser test added this paragraph.\n`);
  await reloaded;
  await page.getByText('The browser test added this paragraph.').waitFor({ timeout: 10000 });

  // A typo in an organization id: the errors show over the unchanged page.
  const yamlPath = path.join(meeting, 'meeting.yaml');
  const yaml = fs.readFileSync(yamlPath, 'utf8');
  await page.waitForTimeout(300); // the reloaded page's stream
  fs.writeFileSync(yamlPath, yaml.replace('participants: [huawei, nokia', 'participants: [huawei, nokai'));
  const overlay = page.locator('#cxo-overlay');
  await overlay.waitFor({ state: 'visible', timeout: 10000 });
  const message =
    "content/meetings/2024-12-09-dubai/meeting.yaml:7:24: error: unknown organization 'nokai'";
  assert.match(await overlay.textContent(), new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.equal(await overlay.getAttribute('role'), 'alert');
  // Its stylesheet loads under the policy: the panel becomes fixed over the
  // page. The panel shows before the stylesheet has arrived, so wait for it
  // (a stylesheet the policy blocked would never arrive).
  await page
    .waitForFunction(
      () => getComputedStyle(document.querySelector('#cxo-overlay')).position === 'fixed',
      null,
      { timeout: 5000 },
    )
    .catch(() => {});
  assert.equal(await overlay.evaluate((node) => getComputedStyle(node).position), 'fixed');
  await page.getByText('The browser test added this paragraph.').waitFor();

  // Fixing the file reloads the page and the errors are gone.
  const fixed = page.waitForEvent('load', { timeout: 10000 });
  fs.writeFileSync(yamlPath, yaml);
  await fixed;
  await page.waitForTimeout(300);
  assert.equal(await overlay.count(), 0);

  assert.deepEqual(violations, [], 'no Content-Security-Policy violation');
  // A reload ends the old page's event stream: that abort is expected.
  const unexpected = problems.list().filter((p) => p !== 'request failed: /__cxo/events (net::ERR_ABORTED)');
  assert.deepEqual(unexpected, [], 'no console error or failed request');
});
