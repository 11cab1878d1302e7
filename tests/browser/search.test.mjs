// Search in Debian's chromium against the fixture archive
// (tests/fixtures/search), served on 127.0.0.1 under a strict
// Content-Security-Policy and opened straight from disk (file://).
//
//   CXO_BINARY=build/cxo node --test tests/browser/search.test.mjs

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { REPO } from './lib/search-node.mjs';
import { buildSite, removeSite, startBrowser, searchStatus, results, typeInHeader } from './lib/search-browser.mjs';
import { axeScriptPath } from './lib/tools.mjs';

const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
};

// axe-core on the page as it is now (results, facets, an open list).
async function axeViolations(page) {
  await page.addScriptTag({ path: axeScriptPath() });
  const found = await page.evaluate((options) => window.axe.run(document, options), AXE_OPTIONS);
  return found.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

let site, browser;

before(async () => {
  site = buildSite(path.join(REPO, 'tests/fixtures/search'));
  browser = await startBrowser(site);
});

after(async () => {
  await browser?.close();
  removeSite(site);
});

async function searchPage(mode, query) {
  const opened = await browser.open(mode, 'search/index.html?' + query);
  const status = await searchStatus(opened.page);
  return { ...opened, status, shown: await results(opened.page) };
}

function noProblems(problems) {
  assert.deepEqual(problems.list(), [], 'console errors, failed requests or CSP violations');
}

for (const mode of ['http', 'file']) {
  test(`${mode}: an unaccented spelling finds the accented name`, async () => {
    const { shown, status, problems } = await searchPage(mode, 'q=telecom');
    assert.match(status, /^3 results for “telecom”/);
    assert.equal(shown[0].title, 'Télécom Review');
    assert.equal(shown[0].type, 'Organization');
    assert.deepEqual(shown[0].marks, ['Télécom']);
    assert.ok(shown[0].href.endsWith('organizations/telecom-review/index.html'));
    noProblems(problems);
  });

  test(`${mode}: a stemmed form finds the other forms`, async () => {
    const { shown, problems } = await searchPage(mode, 'q=networking');
    const titles = shown.map((r) => r.title);
    for (const t of ['Optical networking', 'Quantum-safe networks', 'IMT-2020 networks']) assert.ok(titles.includes(t), t);
    noProblems(problems);
  });

  test(`${mode}: identifiers are found whole`, async () => {
    let { shown } = await searchPage(mode, 'q=IMT-2020');
    assert.deepEqual(shown.slice(0, 2).map((r) => r.title).sort(), ['IMT-2020 (5G)', 'IMT-2020 networks']);
    ({ shown } = await searchPage(mode, 'q=TD55'));
    assert.equal(shown[0].title, 'IMT-2020 networks');
    assert.ok(shown[0].href.endsWith('meetings/2019-12-geneva/index.html#imt-2020-networks'), shown[0].href);
    ({ shown } = await searchPage(mode, 'q=sg15'));
    assert.equal(shown[0].title, 'Optical transport');
  });

  test(`${mode}: a prefix matches as the reader types`, async () => {
    const { page, problems } = await browser.open(mode, 'index.html');
    const options = await typeInHeader(page, 'quan');
    assert.ok(options.some((o) => o.includes('Quantum information technologies')), options.join(' | '));
    assert.ok(options.some((o) => o.includes('Quantum-safe networks')), options.join(' | '));
    noProblems(problems);
  });

  test(`${mode}: facets combine with the query and with each other`, async () => {
    const { page, status, problems } = await searchPage(mode, 'q=networks');
    assert.match(status, /^7 results/);
    const label = (facet, key) => page.locator(`label[for="facet-${facet}-${key}"]`);
    assert.equal(await label('kind', 'cxo').textContent(), 'CxO (3)');
    assert.equal(await label('year', '2019').textContent(), '2019 (2)');
    await page.locator('#facet-kind-cxo').check();
    await page.waitForFunction(() => /^3 results/.test(document.querySelector('#search-status').textContent));
    // CxO narrows the years; its own values keep their counts.
    assert.equal(await label('kind', 'cto').textContent(), 'CTO (2)');
    assert.equal(await page.locator('#facet-year-2019').count(), 0);
    assert.equal(await label('year', '2024').textContent(), '2024 (1)');
    await page.locator('#facet-year-2023').check();
    await page.waitForFunction(() => /^2 results/.test(document.querySelector('#search-status').textContent));
    await page.locator('#facet-type-conclusion').check();
    await page.waitForFunction(() => /^1 result /.test(document.querySelector('#search-status').textContent));
    let shown = await results(page);
    assert.deepEqual(shown.map((r) => r.title), ['Prepare a roadmap for quantum-safe networks']);
    noProblems(problems);
    // The query and its facets sit in the address, so it can be shared.
    if (mode === 'http') {
      assert.match(page.url(), /\?q=networks&type=conclusion&kind=cxo&year=2023$/);
    }
    const again = await searchPage(mode, 'q=networks&kind=cxo&year=2023');
    assert.deepEqual(again.shown.map((r) => r.title).sort(), ['Prepare a roadmap for quantum-safe networks', 'Quantum-safe networks']);
    assert.ok(await again.page.locator('#facet-kind-cxo').isChecked());
    const topic = await searchPage(mode, 'q=networks&topic=imt-2020');
    assert.deepEqual(topic.shown.map((r) => r.title).sort(), ['IMT-2020 (5G)', 'IMT-2020 networks']);
  });

  test(`${mode}: a query with no results says what to try`, async () => {
    const { page, status, problems } = await searchPage(mode, 'q=xylophone');
    assert.match(status, /^No results for “xylophone”: check the spelling/);
    assert.equal(await page.locator('#search-results').isHidden(), true);
    noProblems(problems);
  });

  test(`${mode}: the header box is an ARIA combobox driven by the keyboard`, async () => {
    const { page, problems } = await browser.open(mode, 'meetings/index.html');
    const input = page.locator('#site_search_q');
    assert.equal(await input.getAttribute('role'), 'combobox');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    await typeInHeader(page, 'quantum');
    assert.equal(await input.getAttribute('aria-expanded'), 'true');
    const listId = await input.getAttribute('aria-controls');
    const list = page.locator('#' + listId);
    assert.equal(await list.getAttribute('role'), 'listbox');
    const options = list.locator('[role="option"]');
    assert.ok(await options.count() >= 3);
    await input.press('ArrowDown');
    const first = await options.nth(0).getAttribute('id');
    assert.equal(await input.getAttribute('aria-activedescendant'), first);
    assert.equal(await options.nth(0).getAttribute('aria-selected'), 'true');
    await input.press('ArrowDown');
    assert.equal(await input.getAttribute('aria-activedescendant'), await options.nth(1).getAttribute('id'));
    assert.equal(await options.nth(0).getAttribute('aria-selected'), 'false');
    await input.press('ArrowUp');
    assert.equal(await input.getAttribute('aria-activedescendant'), first);
    await input.press('Escape');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    assert.equal(await input.getAttribute('aria-activedescendant'), null);
    assert.equal(await input.inputValue(), 'quantum');
    // Enter on an option opens it.
    await input.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('#site_search_q').getAttribute('aria-expanded') === 'true');
    await input.press('ArrowDown');
    const title = await options.nth(0).locator('.site-search-option-title').textContent();
    await Promise.all([page.waitForNavigation(), input.press('Enter')]);
    assert.equal(await page.locator('h1').first().textContent() !== null, true);
    assert.match(decodeURIComponent(page.url()), /(topics|meetings|organizations)\//);
    assert.ok(title.length > 0);
    noProblems(problems);
  });

  test(`${mode}: Enter without a chosen option opens the search page`, async () => {
    const { page } = await browser.open(mode, 'topics/index.html');
    await typeInHeader(page, 'quantum');
    await Promise.all([page.waitForNavigation(), page.locator('#site_search_q').press('Enter')]);
    assert.match(page.url(), /search\/index\.html\?q=quantum$/);
    const status = await searchStatus(page);
    assert.match(status, /results for “quantum”/);
    assert.equal(await page.locator('#search-page-q').inputValue(), 'quantum');
  });

  test(`${mode}: without JavaScript the search page says so`, async () => {
    const { page } = await browser.open(mode, 'search/index.html?q=quantum', { javaScript: false });
    const message = page.locator('.search-nojs');
    assert.equal(await message.isVisible(), true);
    assert.match(await message.textContent(), /Search needs JavaScript/);
    // The header form still submits to the search page.
    assert.match(await page.locator('form.site-search').getAttribute('action'), /search\/index\.html$/);
  });
}

test('http: results, facets and the open suggestions pass axe', async () => {
  const { page } = await browser.open('http', 'search/index.html?q=networks&kind=cxo', { bypassCSP: true });
  await searchStatus(page);
  await typeInHeader(page, 'quantum');
  await page.locator('#site_search_q').press('ArrowDown');
  assert.deepEqual(await axeViolations(page), []);
});

test('http: the first query loads only a few index files', async () => {
  const { page, indexBytes } = await browser.open('http', 'search/index.html?q=quantum');
  await searchStatus(page);
  assert.ok(indexBytes.files.includes('/search/index.js'));
  assert.ok(indexBytes.files.every((f) => /^\/search\/(index|topics|t\/\d+|d\/\d+)\.js$/.test(f)), indexBytes.files.join(' '));
  assert.ok(indexBytes.total < 100 * 1024, `${indexBytes.total} bytes`);
});
