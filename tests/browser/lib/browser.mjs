// Launching Debian's chromium through playwright-core.
//
//   import { launchChromium, watchPage } from './lib/browser.mjs';
//   const browser = await launchChromium();
//   const context = await browser.newContext();
//   const page = await context.newPage();
//   const problems = watchPage(page, { origin: server.origin });
//   await page.goto(url);
//   ... problems.list() -> ['console error: ...', 'HTTP 404 http://.../x.css', ...]
//   await browser.close();
//
// playwright-core never downloads browsers; we point it at the system
// chromium (`apt-get install chromium`, /usr/bin/chromium). Override with
// $CXO_CHROMIUM for a different binary.

import fs from 'node:fs';
import { importPackage, ToolError, INSTALL_HINT } from './tools.mjs';

export const CHROMIUM_PATH = process.env.CXO_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** Launch headless chromium; throws ToolError with an install hint if it is missing. */
export async function launchChromium({ executablePath = CHROMIUM_PATH, args = [], timeout = 30000 } = {}) {
  try {
    fs.accessSync(executablePath, fs.constants.X_OK);
  } catch {
    throw new ToolError(`chromium not found at ${executablePath}; ${INSTALL_HINT}`);
  }
  const { chromium } = await importPackage('playwright-core');
  try {
    return await chromium.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, ...args],
      timeout,
    });
  } catch (err) {
    throw new ToolError(`could not launch ${executablePath}: ${err.message.split('\n')[0]}`);
  }
}

/**
 * Make every request that does not go to `origin` fail immediately (the site
 * must be self-contained; and the test machine has no internet anyway, so
 * such requests would only hang). They are reported by watchPage() as
 * failed requests.
 */
export async function blockExternalRequests(context, origin) {
  await context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
}

/**
 * Record what makes a page broken: console errors, uncaught exceptions,
 * failed requests (network errors, blocked external requests) and HTTP
 * responses >= 400. Returns { list() } giving human-readable strings.
 * URLs under `origin` (if given) are shown as paths, e.g. `/style.css`.
 */
export function watchPage(page, { origin } = {}) {
  const consoleErrors = []; // { text, url }
  const exceptions = [];
  const httpErrors = new Map(); // url -> status
  const failedRequests = new Map(); // url -> errorText
  const pending = new Set();
  let lastActivity = Date.now();
  const done = (req) => {
    pending.delete(req);
    lastActivity = Date.now();
  };
  page.on('request', (req) => {
    pending.add(req);
    lastActivity = Date.now();
  });
  page.on('requestfinished', done);
  const short = (url) => (origin && url.startsWith(origin + '/') ? url.slice(origin.length) : url);

  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      consoleErrors.push({ text: msg.text(), url: msg.location()?.url ?? '' });
    }
  });
  page.on('pageerror', (err) => {
    exceptions.push(String(err?.message ?? err).split('\n')[0]);
  });
  page.on('requestfailed', (req) => {
    done(req);
    failedRequests.set(req.url(), req.failure()?.errorText ?? 'unknown error');
  });
  page.on('response', (res) => {
    done(res.request());
    if (res.status() >= 400) httpErrors.set(res.url(), res.status());
  });

  return {
    async settle({ quietMs = 300, maxMs = 5000 } = {}) {
      const deadline = Date.now() + maxMs;
      lastActivity = Math.max(lastActivity, Date.now());
      while (Date.now() < deadline) {
        if (pending.size === 0 && Date.now() - lastActivity >= quietMs) return true;
        await new Promise((r) => setTimeout(r, 50));
      }
      return false;
    },
    list() {
      const out = [];
      for (const [url, status] of httpErrors) out.push(`HTTP ${status} for ${short(url)}`);
      for (const [url, why] of failedRequests) {
        // Chromium aborts e.g. a stylesheet that answered 404: already reported.
        if (httpErrors.has(url)) continue;
        const blocked = why.startsWith('net::ERR_BLOCKED_BY_CLIENT') && !(origin && url.startsWith(origin + '/'));
        out.push(blocked
          ? `request to another origin (sites must be self-contained): ${url}`
          : `request failed: ${short(url)} (${why})`);
      }
      for (const msg of exceptions) out.push(`uncaught exception: ${msg}`);
      for (const { text, url } of consoleErrors) {
        // Chromium also logs "Failed to load resource: ..." for every failed
        // request; those are already reported above, once, with their URL.
        if (/^Failed to load resource\b/.test(text) && (httpErrors.has(url) || failedRequests.has(url) || url === '')) continue;
        out.push(`console error: ${text}${url && !text.includes(url) ? ` (${short(url)})` : ''}`);
      }
      return out;
    },
  };
}
