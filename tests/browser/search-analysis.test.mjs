// search.js analyses text exactly as the C++ index builder does: the same
// stems as libstemmer's English stemmer (tests/search/stems.txt) and the
// same words and terms (tests/search/analysis.txt); tests/search/
// stem_test.cc and analyze_test.cc hold the C++ side to the same files.
//
//   node --test tests/browser/search-analysis.test.mjs

import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, loadSearchScript } from './lib/search-node.mjs';

const cxo = loadSearchScript();

function rows(file) {
  return fs.readFileSync(path.join(REPO, file), 'utf8').split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return [line.slice(0, tab), line.slice(tab + 1)];
    });
}

function describe(text) {
  return cxo.splitWords(text).map((w) => `${w.joined}/${w.compound}/${w.terms.join(',')}`).join(' ');
}

test('stems match libstemmer on the word list', () => {
  const list = rows('tests/search/stems.txt');
  assert.ok(list.length > 1000);
  const wrong = list.filter(([word, stem]) => cxo.stem(word) !== stem)
    .map(([word, stem]) => `${word}: expected ${stem}, got ${cxo.stem(word)}`);
  assert.deepEqual(wrong, []);
});

test('words and terms match the C++ analysis', () => {
  const list = rows('tests/search/analysis.txt');
  assert.ok(list.length > 100);
  const wrong = list.filter(([text, expected]) => describe(text) !== expected)
    .map(([text, expected]) => `${text}\n  expected ${expected}\n  got      ${describe(text)}`);
  assert.deepEqual(wrong, []);
});

test('folding', () => {
  assert.equal(cxo.fold('Communiqué'), 'communique');
  assert.equal(cxo.fold('TÉLÉCOM'), 'telecom');
  assert.equal(cxo.fold('Straße'), 'strasse');
});

test('word offsets are UTF-16 offsets of the word without its possessive', () => {
  const text = 'the CxO’s 𝐁𝐨𝐥𝐝 view';
  const words = cxo.splitWords(text);
  assert.equal(text.slice(words[1].begin, words[1].end), 'CxO');
  assert.equal(text.slice(words[2].begin, words[2].end), '𝐁𝐨𝐥𝐝');
});
