#!/usr/bin/env node
// What the benchmark reports for search (issue 7): the size of a built
// site's index and, for each query, the index bytes it loads when run first
// on a freshly opened search page (manifest, the shards its words need, the
// topic facet when the page loads it at once, and the document blocks of
// the first 10 results), with the time search.js takes to rank again once loaded.
// Runs the real search.js in node, loading files as <script> elements would.
//
//   node tests/browser/search-cost.mjs <site-dir> <query> [<query>...]
//
// Prints one JSON object: {"index": {"bytes", "files"}, "queries": [{"query",
// "bytes", "files", "results", "rankMs"}]}. The C++ equivalent is
// cxo::search::measure_query (generator/search/index_reader.h).

import fs from 'node:fs';
import path from 'node:path';
import { openIndex } from './lib/search-node.mjs';

const [site, ...queries] = process.argv.slice(2);
if (!site || !queries.length) {
  console.error('usage: node tests/browser/search-cost.mjs <site-dir> <query> [<query>...]');
  process.exit(2);
}

function indexSize(dir) {
  let bytes = 0, files = 0;
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js')) { bytes += fs.statSync(full).size; files++; }
    }
  };
  walk(dir);
  return { bytes, files };
}

const report = { index: indexSize(path.join(site, 'search')), queries: [] };
for (const query of queries) {
  const index = await openIndex(site);
  const result = await index.search(query);
  // Once loaded, what a keystroke costs: rank again (median of five, the
  // first run warming the JIT as the reader's first keystrokes do).
  const times = [];
  for (let i = 0; i < 6; i++) {
    const start = process.hrtime.bigint();
    index.engine.rank(result.units, {}).top(10);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const rankMs = times.slice(1).sort((a, b) => a - b)[2];
  report.queries.push({ query, bytes: index.bytes, files: index.files.length, results: result.total, rankMs: Math.round(rankMs * 10) / 10 });
}
console.log(JSON.stringify(report, null, 2));
