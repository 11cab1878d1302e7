// The shipped archive's search, as issue 5's "done when" describes it: from
// disk (file://, no network) and over http on 127.0.0.1, "quantum" finds
// the 2024 communiqué and the topic's history, "telecom review" finds the
// host organization, the CxO and 2023 facets narrow the results, and the
// first query loads at most 100 KB of index.
//
//   CXO_BINARY=build/cxo node --test tests/browser/search-archive.test.mjs

import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { REPO } from './lib/search-node.mjs';
import { buildSite, removeSite, startBrowser, searchStatus, results } from './lib/search-browser.mjs';

let site, browser;

before(async () => {
  site = buildSite(REPO);
  browser = await startBrowser(site);
});

after(async () => {
  await browser?.close();
  removeSite(site);
});

const count = (status) => Number(/^(\d+) results?/.exec(status)?.[1] ?? 0);

for (const mode of ['file', 'http']) {
  test(`${mode}: "quantum" finds the 2024 communiqué and the topic's history`, async () => {
    const { page, problems, indexBytes } = await browser.open(mode, 'search/index.html?q=quantum');
    await searchStatus(page);
    const hrefs = (await results(page)).map((r) => r.href);
    assert.ok(hrefs.some((h) => h.endsWith('meetings/2024-12-09-dubai/index.html#quantum-information-technologies')), hrefs.join('\n'));
    assert.ok(hrefs.some((h) => h.endsWith('topics/quantum-information-technologies/index.html')), hrefs.join('\n'));
    assert.deepEqual(problems.list(), []);
    if (mode === 'http') assert.ok(indexBytes.total <= 100 * 1024, `${indexBytes.total} bytes of index`);
  });

  test(`${mode}: "telecom review" finds the host organization`, async () => {
    const { page, problems, indexBytes } = await browser.open(mode, 'search/index.html?q=telecom%20review');
    await searchStatus(page);
    const shown = await results(page);
    assert.equal(shown[0].title, 'Telecom Review');
    assert.ok(shown[0].href.endsWith('organizations/telecom-review/index.html'));
    assert.deepEqual(problems.list(), []);
    if (mode === 'http') assert.ok(indexBytes.total <= 100 * 1024, `${indexBytes.total} bytes of index`);
  });

  test(`${mode}: the archive's own pages are found by their names`, async () => {
    for (const [query, path] of [['statistics', 'statistics/index.html'],
      ['follow-up report', 'reports/follow-up/index.html'],
      ['study period 2022', 'reports/period/2022-2024/index.html'],
      ['open data', 'data/index.html']]) {
      const { page, problems } = await browser.open(mode, `search/index.html?q=${encodeURIComponent(query)}`);
      await searchStatus(page);
      const hrefs = (await results(page)).map((r) => r.href);
      assert.ok(hrefs.slice(0, 3).some((h) => h.endsWith(path)), `${query}: ${hrefs.join('\n')}`);
      assert.deepEqual(problems.list(), []);
    }
  });

  test(`${mode}: a topic named by the query, or by one of its other names, comes first`, async () => {
    for (const [query, title, path] of [
      ['AI', 'Artificial intelligence and machine learning', 'topics/artificial-intelligence/index.html'],
      ['5G', 'IMT-2020 (5G) networks', 'topics/imt-2020/index.html'],
      ['security', 'Security and trust', 'topics/security/index.html']]) {
      const { page, problems } = await browser.open(mode, `search/index.html?q=${encodeURIComponent(query)}`);
      await searchStatus(page);
      const shown = await results(page);
      assert.equal(shown[0].title, title, query);
      assert.ok(shown[0].href.endsWith(path), shown[0].href);
      assert.deepEqual(problems.list(), []);
    }
  });

  test(`${mode}: on a phone the results come first, the filters folded above them`, async () => {
    const { page, problems } = await browser.open(mode, 'search/index.html?q=AI', { viewport: { width: 375, height: 812 } });
    await searchStatus(page);
    const top = await page.locator('#search-results li').first().evaluate((li) => li.getBoundingClientRect().top);
    assert.ok(top < 812, `first result at ${top} px`);
    assert.equal(await page.locator('#facet-kind-cxo').isVisible(), false);
    await page.locator('.search-facets-fold > summary').click();
    await page.locator('#facet-kind-cxo').check();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('kind'));
    await searchStatus(page);
    // Still open after the filter re-ran the search.
    assert.equal(await page.locator('#facet-kind-cxo').isVisible(), true);
    assert.deepEqual(problems.list(), []);
  });

  test(`${mode}: CxO and 2023 narrow the results`, async () => {
    const { page, problems } = await browser.open(mode, 'search/index.html?q=networks');
    const all = count(await searchStatus(page));
    await page.locator('#facet-kind-cxo').check();
    await page.waitForFunction((n) => !document.querySelector('#search-status').textContent.startsWith(n + ' '), all);
    const cxo = count(await page.locator('#search-status').textContent());
    await page.locator('#facet-year-2023').check();
    await page.waitForFunction((n) => !document.querySelector('#search-status').textContent.startsWith(n + ' '), cxo);
    await searchStatus(page);
    const narrowed = count(await page.locator('#search-status').textContent());
    assert.ok(all > cxo && cxo > narrowed && narrowed > 0, `${all} > ${cxo} > ${narrowed}`);
    const dates = await page.$$eval('#search-results .search-result-meta', (metas) => metas.map((m) => m.textContent));
    assert.ok(dates.every((d) => d.includes('2023')), dates.join('\n'));
    assert.deepEqual(problems.list(), []);
  });
}
