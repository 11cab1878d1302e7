// Runs themes/default/static/search.js in node (no browser, no DOM): its
// text analysis for the parity tests, and its query engine over a built
// site's index files, read from disk the way the browser's <script>
// elements would load them, counting the bytes.
//
//   import { loadSearchScript, openIndex } from './lib/search-node.mjs';
//   const cxo = loadSearchScript();            // cxo.fold, cxo.stem, cxo.splitWords, ...
//   const index = await openIndex('build/site-under-test');
//   const result = await index.search('quantum', {year: new Set(['2024'])});
//   index.bytes, index.files                    // what was loaded so far

import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SEARCH_JS = path.join(REPO, 'themes/default/static/search.js');

/** A fresh context with search.js run in it; returns cxoSearch.internals plus the context. */
export function loadSearchScript(file = SEARCH_JS) {
  const context = vm.createContext({ console, URL, Promise, Map, Set });
  vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  return { ...context.cxoSearch.internals, context };
}

/**
 * An Engine over `siteDir`/search/, loading files by running them in the
 * same context (as <script> elements do). Resolves once the manifest is in.
 */
export async function openIndex(siteDir, { file = SEARCH_JS } = {}) {
  const cxo = loadSearchScript(file);
  const base = path.join(path.resolve(siteDir), 'search') + path.sep;
  const stats = { bytes: 0, files: [] };
  const load = (url) => new Promise((resolve, reject) => {
    const rel = url.slice(base.length);
    let text;
    try {
      text = fs.readFileSync(url, 'utf8');
    } catch (err) {
      reject(err);
      return;
    }
    stats.bytes += Buffer.byteLength(text);
    stats.files.push('search/' + rel.split(path.sep).join('/'));
    vm.runInContext(text, cxo.context, { filename: url });
    resolve();
  });
  const engine = new cxo.Engine(base, load);
  cxo.engines.push(engine);
  await engine.ready();
  return {
    engine,
    cxo,
    get bytes() { return stats.bytes; },
    get files() { return stats.files.slice(); },
    /** Ranks, then loads the documents of the first page: what the search page does. */
    async search(query, filters = {}, page = 10) {
      const result = await engine.search(query, filters);
      const docs = await engine.documents(result.top(page));
      return { ...result, docs };
    },
  };
}
