// Helpers for the search tests in chromium: build a site with cxo, open its
// pages over http (127.0.0.1) or straight from disk (file://), and read what
// the search page and the header box show.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { REPO } from './search-node.mjs';
import { startStaticServer } from './server.mjs';
import { launchChromium, blockExternalRequests, watchPage } from './browser.mjs';

export const CXO_BINARY = process.env.CXO_BINARY || path.join(REPO, 'build/cxo');

// What a strict site would send: scripts and styles from the site only, no
// inline code, no eval.
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'";

/** Builds `source` into a fresh temporary folder; returns its path (removeSite() cleans up). */
export function buildSite(source) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cxo-search-'));
  const site = path.join(out, 'site');
  const run = spawnSync(CXO_BINARY, ['build', '--quiet', '--source', source, '--output', site], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(`cxo build failed (${CXO_BINARY}): ${run.error?.message ?? run.stderr}`);
  }
  return site;
}

export function removeSite(site) {
  if (site) fs.rmSync(path.dirname(site), { recursive: true, force: true });
}

/**
 * A browser and, for the http mode, a server for `site`. open(mode, rel)
 * gives a page with its problems watched; `mode` is 'http' or 'file'.
 * Over http every response carries STRICT_CSP, and the bytes of search
 * index files are counted per page.
 */
export async function startBrowser(site) {
  const server = await startStaticServer(site);
  const browser = await launchChromium();
  const contexts = [];

  // bypassCSP: for tools injected into the page (axe-core).
  async function open(mode, rel, { javaScript = true, bypassCSP = false, viewport } = {}) {
    const context = await browser.newContext({ javaScriptEnabled: javaScript, bypassCSP, ...(viewport ? { viewport } : {}) });
    contexts.push(context);
    await blockExternalRequests(context, server.origin);
    const indexBytes = { total: 0, files: [] };
    if (mode === 'http') {
      await context.route((url) => url.origin === server.origin, async (route) => {
        try {
          const response = await route.fetch();
          const body = await response.body();
          const url = new URL(route.request().url());
          if (url.pathname.startsWith('/search/') && url.pathname.endsWith('.js')) {
            indexBytes.total += body.length;
            indexBytes.files.push(url.pathname);
          }
          await route.fulfill({ response, body, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
        } catch {
          // The page or its context closed while the request was under way.
        }
      });
    } else {
      // Nothing may leave the disk: any http(s) request fails.
      await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (r) => r.abort('blockedbyclient'));
    }
    const page = await context.newPage();
    const problems = watchPage(page, { origin: server.origin });
    const [file, query = ''] = rel.split('?');
    const url = mode === 'http' ? server.urlFor(file) + (query ? '?' + query : '')
      : pathToFileURL(path.join(site, file)).href + (query ? '?' + query : '');
    await page.goto(url, { waitUntil: 'load' });
    return { page, problems, indexBytes, context };
  }

  return {
    server,
    open,
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the search page has answered its query; returns the status text. */
export async function searchStatus(page) {
  await page.waitForFunction(() => {
    const s = document.querySelector('#search-status');
    return s && /result|Nothing|could not|Type at least/.test(s.textContent);
  }, null, { timeout: 10000 });
  // Results are added once their documents have loaded.
  await page.waitForFunction(() => {
    const list = document.querySelector('#search-results');
    const status = document.querySelector('#search-status').textContent;
    return /^No results|Nothing|could not|Type at least/.test(status) || (list && !list.hidden && list.children.length > 0);
  }, null, { timeout: 10000 });
  return page.locator('#search-status').textContent();
}

/** The results shown: [{type, title, href}] in order. */
export function results(page) {
  return page.$$eval('#search-results > li', (items) => items.map((li) => ({
    type: li.querySelector('.search-result-type')?.textContent ?? '',
    title: li.querySelector('.search-result-title')?.textContent ?? '',
    href: li.querySelector('.search-result-title a')?.getAttribute('href') ?? '',
    marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
  })));
}

/** Types into the header box and waits for its list; returns the option texts. */
export async function typeInHeader(page, text) {
  const input = page.locator('#site_search_q');
  await input.click();
  await input.fill('');
  await input.pressSequentially(text, { delay: 20 });
  await page.waitForFunction((t) => {
    const list = document.getElementById('site-search-listbox');
    const last = list && list.lastElementChild;
    return list && !list.hidden && last && last.textContent.includes('“' + t + '”');
  }, text, { timeout: 10000 });
  return page.$$eval('#site-search-listbox [role="option"]', (options) => options.map((o) => o.textContent));
}
