/* cxo search: the browser side of the index built by generator/search/.
 *
 * The index is a set of scripts (search/index.js, search/t/N.js,
 * search/d/N.js, search/topics.js), loaded with <script> elements rather
 * than fetch so that search also works on a copy opened from disk
 * (file://). Each calls one of the functions of `cxoSearch` below.
 *
 * The text analysis here (folding, splitting into words, stop words,
 * stemming) must give exactly the terms generator/search/analyze.cc gives;
 * tests/search/analysis.txt and tests/search/stems.txt hold both sides to it.
 *
 * No inline script, no eval, no inline style: the pages work under a strict
 * Content-Security-Policy. No third-party code.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------------
  // Text analysis (generator/search/fold.cc, analyze.cc, stem.cc)

  const SPECIAL_LETTERS = { 'ß': 'ss', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ı': 'i', 'ς': 'σ' };
  const SPECIAL_RE = /[ßøłđðæœþıς]/g;
  const ASCII_RE = /^[\x00-\x7f]*$/;
  const NONSPACING_MARK_RE = /\p{Mn}/gu;

  function fold(word) {
    if (ASCII_RE.test(word)) return word.toLowerCase();
    return word.normalize('NFKD').replace(NONSPACING_MARK_RE, '').toLowerCase()
      .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c]).normalize('NFC');
  }

  // Kept short on purpose (see analyze.cc): "it", "who", "us" are acronyms too.
  const STOP_WORDS = new Set(['a', 'also', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for',
    'from', 'had', 'has', 'have', 'he', 'her', 'his', 'in', 'into', 'is', 'its', 'of', 'on', 'or', 'our',
    'she', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this',
    'those', 'to', 'was', 'we', 'were', 'which', 'with']);
  const MAX_TERM_CHARS = 40;

  const OTHER = 0, WORD = 1, APOSTROPHE = 2, JOINER = 3, LINE_BREAK = 4;
  const WORD_CHAR_RE = /[\p{L}\p{M}\p{Nd}]/u;

  function classify(cp, ch) {
    if (cp < 0x80) {
      if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57)) return WORD;
      if (cp === 39) return APOSTROPHE;
      if (cp === 45 || cp === 46) return JOINER;
      if (cp === 10) return LINE_BREAK;
      return OTHER;
    }
    if (cp === 0x2019) return APOSTROPHE;
    if (cp === 0x2010 || cp === 0x2011) return JOINER;
    return WORD_CHAR_RE.test(ch) ? WORD : OTHER;
  }

  function charCount(s) {
    let n = 0;
    for (const _ of s) n++; // eslint-disable-line no-unused-vars
    return n;
  }

  function termOf(folded) {
    if (charCount(folded) > MAX_TERM_CHARS) return '';
    return stem(folded);
  }

  function partTerm(folded) {
    if (charCount(folded) < 2 || STOP_WORDS.has(folded)) return '';
    return termOf(folded);
  }

  function finishWord(text, pieces, lineBreak, words) {
    let count = pieces.length;
    if (count >= 2 && pieces[count - 1].before === APOSTROPHE &&
        fold(text.slice(pieces[count - 1].begin, pieces[count - 1].end)) === 's') {
      count--;
    }
    const parts = [];
    for (let i = 0; i < count; i++) {
      const folded = fold(text.slice(pieces[i].begin, pieces[i].end));
      if (i > 0 && pieces[i].before === APOSTROPHE) parts[parts.length - 1] += folded;
      else parts.push(folded);
    }
    const word = {
      begin: pieces[0].begin,
      end: pieces[count - 1].end,
      lineBreak,
      joined: parts.join(''),
      compound: '',
      terms: [],
      lastPart: parts[parts.length - 1],
    };
    if (parts.length >= 2 && charCount(word.joined) >= 2) word.compound = termOf(word.joined);
    for (const part of parts) {
      const term = partTerm(part);
      if (term) word.terms.push(term);
    }
    words.push(word);
  }

  // The words of a text with their terms; begin/end are UTF-16 offsets.
  function splitWords(text) {
    const words = [];
    let pieces = [];
    let lineBreak = false;
    let inPiece = false;
    let connector = OTHER;
    const flush = () => {
      if (!pieces.length) return;
      finishWord(text, pieces, lineBreak, words);
      lineBreak = false;
      pieces = [];
    };
    for (let i = 0; i < text.length;) {
      const cp = text.codePointAt(i);
      const size = cp > 0xffff ? 2 : 1;
      const start = i;
      i += size;
      const kind = classify(cp, text.slice(start, i));
      if (kind === WORD) {
        if (inPiece) pieces[pieces.length - 1].end = i;
        else pieces.push({ begin: start, end: i, before: connector });
        inPiece = true;
        connector = OTHER;
        continue;
      }
      if (inPiece && (kind === APOSTROPHE || kind === JOINER) && i < text.length) {
        const next = text.codePointAt(i);
        const nextSize = next > 0xffff ? 2 : 1;
        if (classify(next, text.slice(i, i + nextSize)) === WORD) {
          inPiece = false;
          connector = kind;
          continue;
        }
      }
      inPiece = false;
      connector = OTHER;
      flush();
      if (kind === LINE_BREAK) lineBreak = true;
    }
    flush();
    return words;
  }

  // Snowball's English (Porter2) stemmer, as libstemmer 2.2 runs it.
  const STEM_EXCEPTIONS = {
    skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl',
    ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe',
    atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes',
  };
  const STEM_EXCEPTIONS_AFTER_1A = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed',
    'exceed', 'succeed']);
  const STEP2 = {
    tional: 'tion', enci: 'ence', anci: 'ance', abli: 'able', entli: 'ent', izer: 'ize', ization: 'ize',
    ational: 'ate', ation: 'ate', ator: 'ate', alism: 'al', aliti: 'al', alli: 'al', fulness: 'ful',
    ousli: 'ous', ousness: 'ous', iveness: 'ive', iviti: 'ive', biliti: 'ble', bli: 'ble', ogi: 'og',
    fulli: 'ful', lessli: 'less', li: '',
  };
  const STEP2_SUFFIXES = Object.keys(STEP2);
  const STEP3 = { tional: 'tion', ational: 'ate', alize: 'al', icate: 'ic', iciti: 'ic', ical: 'ic', ful: '', ness: '', ative: '' };
  const STEP3_SUFFIXES = Object.keys(STEP3);
  const STEP4_SUFFIXES = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ism',
    'ate', 'iti', 'ous', 'ive', 'ize', 'ion'];
  const STEMMABLE_RE = /^[a-z]+$/;
  const stemCache = new Map();

  const isVowel = (c) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';

  function longestSuffix(w, list) {
    let best = '';
    for (const s of list) if (s.length > best.length && w.endsWith(s)) best = s;
    return best;
  }

  function hasVowelBefore(w, end) {
    for (let i = 0; i < end; i++) if (isVowel(w[i])) return true;
    return false;
  }

  // Does w[0, end) end in a short syllable?
  function shortSyllable(w, end) {
    if (end >= 3) {
      const c = w[end - 1];
      if (!isVowel(c) && c !== 'w' && c !== 'x' && c !== 'Y' && isVowel(w[end - 2]) && !isVowel(w[end - 3])) return true;
    }
    return end === 2 && !isVowel(w[1]) && isVowel(w[0]);
  }

  function gopast(w, from, vowel) {
    for (let i = from; i < w.length; i++) if (isVowel(w[i]) === vowel) return i + 1;
    return -1;
  }

  function porter2(word) {
    if (Object.prototype.hasOwnProperty.call(STEM_EXCEPTIONS, word)) return STEM_EXCEPTIONS[word];
    if (word.length < 3) return word;
    let w = word[0] === "'" ? word.slice(1) : word;
    let yFound = false;
    if (w[0] === 'y') { w = 'Y' + w.slice(1); yFound = true; }
    for (let i = 0; i + 1 < w.length; i++) {
      if (isVowel(w[i]) && w[i + 1] === 'y') { w = w.slice(0, i + 1) + 'Y' + w.slice(i + 2); yFound = true; }
    }
    let p1 = w.length, p2 = w.length;
    let r = -1;
    for (const prefix of ['gener', 'commun', 'arsen']) if (w.startsWith(prefix)) { r = prefix.length; break; }
    if (r < 0) { const a = gopast(w, 0, true); r = a < 0 ? -1 : gopast(w, a, false); }
    if (r >= 0) {
      p1 = r;
      const a = gopast(w, r, true);
      const b = a < 0 ? -1 : gopast(w, a, false);
      if (b >= 0) p2 = b;
    }
    // Step 0 and 1a
    let suffix = longestSuffix(w, ["'s'", "'s", "'"]);
    if (suffix) w = w.slice(0, w.length - suffix.length);
    suffix = longestSuffix(w, ['sses', 'ied', 'ies', 's', 'us', 'ss']);
    let start = w.length - suffix.length;
    if (suffix === 'sses') w = w.slice(0, start) + 'ss';
    else if (suffix === 'ied' || suffix === 'ies') w = w.slice(0, start) + (start >= 2 ? 'i' : 'ie');
    else if (suffix === 's' && start >= 1 && hasVowelBefore(w, start - 1)) w = w.slice(0, start);
    if (!STEM_EXCEPTIONS_AFTER_1A.has(w)) {
      // Step 1b
      suffix = longestSuffix(w, ['eed', 'eedly', 'ed', 'edly', 'ing', 'ingly']);
      start = w.length - suffix.length;
      if (suffix === 'eed' || suffix === 'eedly') {
        if (start >= p1) w = w.slice(0, start) + 'ee';
      } else if (suffix && hasVowelBefore(w, start)) {
        w = w.slice(0, start);
        const end = longestSuffix(w, ['at', 'bl', 'iz', 'bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);
        if (end === 'at' || end === 'bl' || end === 'iz') w += 'e';
        else if (end) w = w.slice(0, -1);
        else if (w.length === p1 && shortSyllable(w, w.length)) w += 'e';
      }
      // Step 1c
      let n = w.length;
      if (n >= 3 && (w[n - 1] === 'y' || w[n - 1] === 'Y') && !isVowel(w[n - 2])) w = w.slice(0, -1) + 'i';
      // Step 2
      suffix = longestSuffix(w, STEP2_SUFFIXES);
      start = w.length - suffix.length;
      if (suffix && start >= p1) {
        if (suffix === 'ogi') { if (w[start - 1] === 'l') w = w.slice(0, start) + 'og'; }
        else if (suffix === 'li') { if (start >= 1 && 'cdeghkmnrt'.includes(w[start - 1])) w = w.slice(0, start); }
        else w = w.slice(0, start) + STEP2[suffix];
      }
      // Step 3
      suffix = longestSuffix(w, STEP3_SUFFIXES);
      start = w.length - suffix.length;
      if (suffix && start >= p1) {
        if (suffix === 'ative') { if (start >= p2) w = w.slice(0, start); }
        else w = w.slice(0, start) + STEP3[suffix];
      }
      // Step 4
      suffix = longestSuffix(w, STEP4_SUFFIXES);
      start = w.length - suffix.length;
      if (suffix && start >= p2) {
        if (suffix !== 'ion' || (start >= 1 && (w[start - 1] === 's' || w[start - 1] === 't'))) w = w.slice(0, start);
      }
      // Step 5
      n = w.length;
      if (w[n - 1] === 'e') {
        if (n - 1 >= p2 || (n - 1 >= p1 && !shortSyllable(w, n - 1))) w = w.slice(0, n - 1);
      } else if (w[n - 1] === 'l') {
        if (n - 1 >= p2 && w[n - 2] === 'l') w = w.slice(0, n - 1);
      }
    }
    return yFound ? w.replace(/Y/g, 'y') : w;
  }

  function stem(word) {
    if (!STEMMABLE_RE.test(word) || word.length < 3) return word;
    let s = stemCache.get(word);
    if (s === undefined) {
      s = porter2(word);
      if (stemCache.size > 50000) stemCache.clear();
      stemCache.set(word, s);
    }
    return s;
  }

  // ---------------------------------------------------------------------
  // Postings (generator/search/encoding.h)

  const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const DIGIT_VALUE = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;
  const TITLE_BIT = 32;

  function Reader(text) { this.text = text; this.at = 0; }
  Reader.prototype.digit = function () { return DIGIT_VALUE[this.text.charCodeAt(this.at++)]; };
  Reader.prototype.varint = function () {
    let value = 0;
    for (;;) {
      const d = this.digit();
      value = value * 32 + (d & 31);
      if (!(d & 32)) return value;
    }
  };

  // -> { docs: Uint32Array, impacts: Uint8Array }
  function decodePostings(text) {
    const r = new Reader(text);
    r.at = 1;
    const df = r.varint();
    const docs = new Uint32Array(df);
    const impacts = new Uint8Array(df);
    if (text[0] === 'L') {
      let next = 0;
      for (let i = 0; i < df; i++) {
        const doc = next + r.varint();
        docs[i] = doc;
        impacts[i] = r.digit();
        next = doc + 1;
      }
    } else {
      const first = r.varint();
      const span = r.varint();
      let k = 0;
      for (let offset = 0; offset < span; offset += 6) {
        const bits = r.digit();
        for (let b = 0; b < 6; b++) if (bits & (1 << b)) docs[k++] = first + offset + b;
      }
      for (let i = 0; i < df; i += 3) {
        const v = r.digit();
        for (let j = 0; j < 3 && i + j < df; j++) impacts[i + j] = ((v >> (2 * j)) & 3) * 8 + 4;
      }
      const titles = r.varint();
      for (let t = 0, next = 0, i = 0; t < titles; t++) {
        const doc = first + next + r.varint();
        next = doc - first + 1;
        while (docs[i] < doc) i++;
        impacts[i] |= TITLE_BIT;
      }
    }
    return { docs, impacts };
  }

  function headerCount(text) {
    const r = new Reader(text);
    r.at = 1;
    return r.varint();
  }

  function readVarints(text) {
    const r = new Reader(text);
    const out = [];
    while (r.at < text.length) out.push(r.varint());
    return out;
  }

  // Code point order, as the C++ side sorts (UTF-8 bytes).
  function compareTerms(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const x = a.charCodeAt(i), y = b.charCodeAt(i);
      if (x === y) continue;
      const xs = x >= 0xd800 && x <= 0xdfff, ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1;
      return x < y ? -1 : 1;
    }
    return a.length - b.length;
  }

  // ---------------------------------------------------------------------
  // Queries

  const PAGE_SIZE = 10;
  const MAX_EXPANSIONS = 30;
  const MAX_PREFIX_SHARDS = 3;
  const EAGER_TOPICS_BYTES = 16384;
  const FACETS = ['type', 'kind', 'year', 'topic', 'region'];

  // A query as units, one per word: its whole-word term (compound), its
  // parts' terms, and for the last word, unless followed by a space, the
  // prefix that matches as the reader types.
  function parseQuery(query) {
    const words = splitWords(query);
    const units = [];
    const typing = words.length > 0 && words[words.length - 1].end === query.length;
    words.forEach((word, i) => {
      const last = typing && i === words.length - 1;
      const unit = { compound: word.compound, parts: word.terms, prefix: '', partPrefix: '' };
      if (last && charCount(word.joined) >= 2) unit.prefix = word.joined;
      if (last && charCount(word.lastPart) >= 2) unit.partPrefix = word.lastPart;
      if (unit.compound || unit.parts.length || unit.prefix) units.push(unit);
    });
    return units;
  }

  function Engine(base, load) {
    this.base = base; // URL of the search/ folder, ending in '/'
    this.load = load; // (url) -> Promise, resolved once the script has run
    this.manifest = null;
    this.shards = new Map(); // n -> { terms: [], encoded: [] }
    this.phraseShards = new Map();
    this.blocks = new Map(); // n -> docs
    this.topics = null;
    this.decoded = new Map();
    this.pending = new Map();
    this.bytes = 0;
  }

  Engine.prototype.fetchScript = function (path) {
    let p = this.pending.get(path);
    if (!p) {
      p = this.load(this.base + path);
      this.pending.set(path, p);
      p.catch(() => this.pending.delete(path));
    }
    return p;
  };

  Engine.prototype.ready = function () {
    if (this.manifest) return Promise.resolve();
    return this.fetchScript('index.js').then(() => {
      if (!this.manifest) throw new Error('search index manifest did not load');
    });
  };

  function unpack(text, bits, count) {
    const per = 6 / bits, mask = (1 << bits) - 1, out = [];
    for (let i = 0; i < count; i++) out.push((DIGIT_VALUE[text.charCodeAt(Math.floor(i / per))] >> ((i % per) * bits)) & mask);
    return out;
  }

  function shardKeys(joined) {
    return joined ? [''].concat(joined.split('|')) : [''];
  }

  Engine.prototype.setManifest = function (m) {
    this.manifest = m;
    this.keys = shardKeys(m.shards);
    this.phraseKeys = shardKeys(m.phraseShards);
    const n = m.docs;
    const sections = readVarints(m.sections);
    const meetings = sections.length;
    const conclusions = readVarints(m.conclusions);
    this.meetingKind = unpack(m.kinds, 1, meetings);
    this.meetingRegion = unpack(m.regions, 3, meetings).map((r) => r - 1);
    this.meetingYear = [];
    const years = readVarints(m.years);
    for (let i = 0; i + 1 < years.length; i += 2) for (let j = 0; j < years[i + 1]; j++) this.meetingYear.push(m.baseYear + years[i]);
    this.docType = new Uint8Array(n);
    this.docMeeting = new Int32Array(n).fill(-1);
    this.docRegion = new Int8Array(n).fill(-1);
    this.docKind = new Int8Array(n).fill(-1);
    this.docYear = new Int16Array(n).fill(-1);
    let d = 0;
    for (let k = 0; k < meetings; k++) {
      const group = 1 + sections[k] + conclusions[k];
      for (let j = 0; j < group; j++, d++) {
        this.docType[d] = j === 0 ? 0 : j <= sections[k] ? 1 : 4;
        this.docMeeting[d] = k;
        this.docRegion[d] = this.meetingRegion[k];
        this.docKind[d] = this.meetingKind[k];
        this.docYear[d] = this.meetingYear[k];
      }
    }
    // Scratch space for rank(), reused: a query touches few documents.
    this.total = new Float64Array(n);
    this.best = new Float64Array(n);
    this.hits = new Uint8Array(n);
    this.seen = new Int32Array(n).fill(-1);
    for (; d < m.firstOrganization; d++) this.docType[d] = 2;
    const orgRegions = unpack(m.organizationRegions, 3, m.firstPage - m.firstOrganization);
    for (let o = 0; d < m.firstPage; d++, o++) {
      this.docType[d] = 3;
      this.docRegion[d] = orgRegions[o] - 1;
    }
    for (; d < n; d++) this.docType[d] = 5;
  };

  Engine.prototype.shardOf = function (term, phrase) {
    const keys = phrase ? this.phraseKeys : this.keys;
    let lo = 0, hi = keys.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (compareTerms(keys[mid], term) <= 0) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // Shards holding terms that begin with `prefix`, at most MAX_PREFIX_SHARDS.
  Engine.prototype.prefixShards = function (prefix) {
    const keys = this.keys;
    const first = this.shardOf(prefix);
    const out = [first];
    for (let s = first + 1; s < keys.length && out.length < MAX_PREFIX_SHARDS && keys[s].startsWith(prefix); s++) out.push(s);
    return out;
  };

  // The shards a query needs: [word shards, phrase shards].
  Engine.prototype.plan = function (units) {
    const need = new Set(), phrases = new Set();
    const terms = [];
    for (const unit of units) {
      if (unit.compound) need.add(this.shardOf(unit.compound));
      for (const t of unit.parts) need.add(this.shardOf(t));
      if (unit.prefix) for (const s of this.prefixShards(unit.prefix)) need.add(s);
      if (unit.partPrefix && unit.partPrefix !== unit.prefix) for (const s of this.prefixShards(unit.partPrefix)) need.add(s);
      terms.push(...unit.parts);
    }
    for (let i = 0; i + 1 < terms.length; i++) phrases.add(this.shardOf(terms[i] + ' ' + terms[i + 1], true));
    const sorted = (set) => [...set].sort((a, b) => a - b);
    return [sorted(need), sorted(phrases)];
  };

  Engine.prototype.loadShards = function (plan) {
    const [words, phrases] = plan;
    return Promise.all(words.filter((s) => !this.shards.has(s)).map((s) => this.fetchScript('t/' + s + '.js'))
      .concat(phrases.filter((s) => !this.phraseShards.has(s)).map((s) => this.fetchScript('p/' + s + '.js'))));
  };

  function parseShard(data) {
    const fields = data.split('|'), terms = [], encoded = [];
    for (let i = 0; i + 1 < fields.length; i += 2) { terms.push(fields[i]); encoded.push(fields[i + 1]); }
    return { terms, encoded };
  }

  Engine.prototype.setShard = function (n, data) { this.shards.set(n, parseShard(data)); };
  Engine.prototype.setPhraseShard = function (n, data) { this.phraseShards.set(n, parseShard(data)); };

  Engine.prototype.encodedOf = function (term) {
    const phrase = term.indexOf(' ') >= 0;
    const shard = (phrase ? this.phraseShards : this.shards).get(this.shardOf(term, phrase));
    if (!shard) return null;
    let lo = 0, hi = shard.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = compareTerms(shard.terms[mid], term);
      if (c === 0) return shard.encoded[mid];
      if (c < 0) lo = mid + 1; else hi = mid - 1;
    }
    return null;
  };

  Engine.prototype.postings = function (term) {
    let p = this.decoded.get(term);
    if (p === undefined) {
      const enc = this.encodedOf(term);
      p = enc === null ? null : decodePostings(enc);
      if (this.decoded.size > 2000) this.decoded.clear();
      this.decoded.set(term, p);
    }
    return p;
  };

  Engine.prototype.df = function (term) {
    const enc = this.encodedOf(term);
    return enc === null ? 0 : headerCount(enc);
  };

  Engine.prototype.idf = function (df) {
    const n = this.manifest.docs;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };

  // Terms of the loaded shards that begin with `prefix`, the most frequent first.
  Engine.prototype.expand = function (prefix) {
    const found = [];
    for (const s of this.prefixShards(prefix)) {
      const shard = this.shards.get(s);
      if (!shard) continue;
      for (let i = 0; i < shard.terms.length; i++) {
        const t = shard.terms[i];
        if (t.startsWith(prefix)) found.push([t, headerCount(shard.encoded[i])]);
      }
    }
    found.sort((a, b) => b[1] - a[1] || compareTerms(a[0], b[0]));
    return found.slice(0, MAX_EXPANSIONS).map((x) => x[0]);
  };

  // Units -> slots: each slot is a list of alternative terms a document
  // must match one of. A compound the index knows stands for its word;
  // otherwise the word's parts do.
  Engine.prototype.slots = function (units) {
    const slots = [];
    for (const unit of units) {
      const prefixAlts = (prefix, exact) => (prefix ? this.expand(prefix).filter((t) => t !== exact) : []);
      if (unit.compound && (this.df(unit.compound) > 0 || (unit.prefix && this.expand(unit.prefix).length))) {
        slots.push({ exact: [unit.compound].filter((t) => this.df(t) > 0), prefixed: prefixAlts(unit.prefix, unit.compound) });
        continue;
      }
      if (!unit.parts.length) {
        if (unit.prefix) slots.push({ exact: [], prefixed: prefixAlts(unit.prefix, '') });
        continue;
      }
      unit.parts.forEach((t, i) => {
        const last = i === unit.parts.length - 1;
        const prefix = last ? (unit.compound ? unit.partPrefix : unit.prefix) : '';
        slots.push({ exact: [t], prefixed: prefixAlts(prefix, t) });
      });
    }
    return slots;
  };

  Engine.prototype.docTopics = function (d) {
    const m = this.manifest;
    if (d >= m.firstTopic && d < m.firstOrganization) return [d - m.firstTopic];
    if (!this.topics || d >= m.firstTopic) return [];
    return this.topics.perDoc[d];
  };

  Engine.prototype.setTopics = function (data) {
    const values = readVarints(data.docs);
    const perDoc = [];
    for (let i = 0; i < values.length;) {
      const count = values[i++];
      perDoc.push(values.slice(i, i + count));
      i += count;
    }
    this.topics = { list: data.topics, perDoc, index: new Map(data.topics.map((t, i) => [t[0], i])) };
  };

  Engine.prototype.loadTopics = function () {
    if (this.topics) return Promise.resolve();
    return this.fetchScript('topics.js');
  };

  Engine.prototype.topicsEager = function () {
    return this.manifest.topicsBytes <= EAGER_TOPICS_BYTES;
  };

  // The values chosen in `filters` ({type: Set of keys, ...}) as masks
  // over the numbers the per-document arrays hold; null for a facet with
  // nothing chosen.
  Engine.prototype.filterMasks = function (filters) {
    const m = this.manifest;
    const masks = {};
    const keyed = (list) => new Map(list.map((x, i) => [x[0], i]));
    const maps = { type: keyed(m.types), kind: keyed(m.kindNames), region: keyed(m.regionNames) };
    for (const facet of FACETS) {
      const chosen = filters[facet];
      masks[facet] = null;
      if (!chosen || !chosen.size) continue;
      const mask = new Set();
      for (const key of chosen) {
        if (facet === 'year') { if (/^\d{4}$/.test(key)) mask.add(Number(key)); }
        else if (facet === 'topic') { if (this.topics && this.topics.index.has(key)) mask.add(this.topics.index.get(key)); }
        else if (maps[facet].has(key)) mask.add(maps[facet].get(key));
      }
      masks[facet] = mask;
    }
    return masks;
  };

  // Filters `docs` and counts facet values in one pass. A value's count
  // is over the documents that pass every other facet: choosing a value
  // narrows the other facets, not its own.
  Engine.prototype.facet = function (docs, count, filters) {
    const m = this.manifest;
    const masks = this.filterMasks(filters);
    const years = this.meetingYear.length ? this.meetingYear[this.meetingYear.length - 1] - m.baseYear + 1 : 0;
    const c = {
      type: new Int32Array(m.types.length), kind: new Int32Array(2), region: new Int32Array(m.regionNames.length),
      year: new Int32Array(years), topic: new Int32Array(this.topics ? this.topics.list.length : 0),
    };
    const kept = [];
    const { docType, docKind, docYear, docRegion } = this;
    const base = m.baseYear;
    const tm = masks.type, km = masks.kind, ym = masks.year, pm = masks.topic, rm = masks.region;
    const withTopics = !!this.topics;
    for (let i = 0; i < count; i++) {
      const d = docs[i];
      let fails = 0, failed = 0;
      const type = docType[d], kind = docKind[d], year = docYear[d], region = docRegion[d];
      if (tm && !tm.has(type)) { fails++; failed = 1; }
      if (km && !km.has(kind)) { fails++; failed = 2; }
      if (ym && !ym.has(year)) { fails++; failed = 3; }
      if (rm && !rm.has(region)) { fails++; failed = 4; }
      if (fails > 1) continue;
      const topics = withTopics || pm ? this.docTopics(d) : null;
      if (pm && !topics.some((t) => pm.has(t))) { fails++; failed = 5; }
      if (fails > 1) continue;
      if (fails === 0) kept.push(d);
      if (failed === 0 || failed === 1) c.type[type]++;
      if (kind >= 0 && (failed === 0 || failed === 2)) c.kind[kind]++;
      if (year >= 0 && (failed === 0 || failed === 3)) c.year[year - base]++;
      if (region >= 0 && (failed === 0 || failed === 4)) c.region[region]++;
      if (topics && (failed === 0 || failed === 5)) for (let j = 0; j < topics.length; j++) c.topic[topics[j]]++;
    }
    const counts = {};
    for (const facet of FACETS) {
      const map = new Map();
      c[facet].forEach((n, v) => { if (n) map.set(facet === 'year' ? v + base : v, n); });
      counts[facet] = map;
    }
    return { kept, counts };
  };

  // The whole query: loads what it needs, then ranks. Resolves to
  // { units, total, top(count) (the best documents), partial, facets,
  // matchTerms, prefixes }.
  // `withTopics` false: no topic facet wanted (the header box).
  Engine.prototype.search = function (query, filters, withTopics = true) {
    filters = filters || {};
    const units = parseQuery(query);
    return this.ready().then(() => {
      const wantTopics = (filters.topic && filters.topic.size) || (withTopics && this.topicsEager());
      return Promise.all([this.loadShards(this.plan(units)), wantTopics ? this.loadTopics() : null]);
    }).then(() => this.rank(units, filters));
  };

  Engine.prototype.rank = function (units, filters) {
    const m = this.manifest, k = m.ranking;
    const slots = this.slots(units);
    const result = { units, total: 0, partial: false, facets: null, matchTerms: new Set(), prefixes: [], top: () => [] };
    for (const unit of units) {
      if (unit.prefix) result.prefixes.push(unit.prefix);
      if (unit.partPrefix) result.prefixes.push(unit.partPrefix);
    }
    if (!slots.length) return result;
    const { total, best, hits, seen } = this;
    const n = this.manifest.docs;
    const touched = this.touched || (this.touched = new Int32Array(n));
    const docs = this.slotDocs || (this.slotDocs = new Int32Array(n));
    let touchedCount = 0;
    slots.forEach((slot, si) => {
      let docCount = 0;
      const alts = slot.exact.map((t) => [t, 1]).concat(slot.prefixed.map((t) => [t, k.prefixFactor]));
      for (const [term, factor] of alts) {
        const p = this.postings(term);
        if (!p) continue;
        result.matchTerms.add(term);
        const idf = this.idf(p.docs.length);
        const pd = p.docs, pi = p.impacts;
        for (let i = 0; i < pd.length; i++) {
          const d = pd[i], impact = pi[i];
          let title = 0;
          if (impact & TITLE_BIT) title = k.titleBoost + (d >= m.firstTopic && d < m.firstPage ? k.nameBoost : 0);
          const v = idf * ((impact & 31) / k.levels + title) * factor;
          if (seen[d] !== si) { seen[d] = si; best[d] = v; docs[docCount++] = d; }
          else if (v > best[d]) best[d] = v;
        }
      }
      for (let i = 0; i < docCount; i++) {
        const d = docs[i];
        if (hits[d] === 0) touched[touchedCount++] = d;
        hits[d]++;
        total[d] += best[d];
      }
    });
    // Two query words side by side in a title or heading.
    const words = [];
    for (const unit of units) words.push(...unit.parts);
    for (let i = 0; i + 1 < words.length; i++) {
      const p = this.postings(words[i] + ' ' + words[i + 1]);
      if (!p) continue;
      const bonus = k.phraseBoost * (this.idf(this.df(words[i])) + this.idf(this.df(words[i + 1]))) / 2;
      for (let j = 0; j < p.docs.length; j++) {
        const d = p.docs[j];
        if (hits[d]) total[d] += bonus * (p.impacts[j] & TITLE_BIT ? 1 : 0.5);
      }
    }
    let matched = docs, matchedCount = 0;
    for (let i = 0; i < touchedCount; i++) if (hits[touched[i]] === slots.length) docs[matchedCount++] = touched[i];
    if (!matchedCount && slots.length > 1) {
      // No document has every word: rank those with some, more words first.
      result.partial = true;
      matched = touched;
      matchedCount = touchedCount;
      for (let i = 0; i < touchedCount; i++) total[touched[i]] *= hits[touched[i]] / slots.length;
    }
    const { kept, counts } = this.facet(matched, matchedCount, filters || {});
    const scores = new Float64Array(kept.length);
    for (let i = 0; i < kept.length; i++) scores[i] = total[kept[i]];
    // Clean the scratch space for the next query.
    for (let i = 0; i < touchedCount; i++) {
      const d = touched[i];
      total[d] = 0; hits[d] = 0; seen[d] = -1;
    }
    result.facets = counts;
    result.total = kept.length;
    result.scores = new Map();
    result.top = topOf(kept, scores, result.scores);
    return result;
  };

  // The best `count` documents, best first (ties: lower number first). Only
  // those are sorted: a common word matches most of a large archive.
  function topOf(docs, scores, scoreOf) {
    let sorted = [];
    return (count) => {
      count = Math.min(count, docs.length);
      if (sorted.length < count) {
        let order;
        if (docs.length <= 4 * count + 64) {
          order = docs.map((_, i) => i);
        } else {
          // The count-th best score, then everything at least that good.
          const copy = Float64Array.from(scores).sort();
          const threshold = copy[copy.length - count];
          order = [];
          for (let i = 0; i < docs.length; i++) if (scores[i] >= threshold) order.push(i);
        }
        order.sort((a, b) => scores[b] - scores[a] || docs[a] - docs[b]);
        sorted = order.slice(0, Math.max(count, Math.min(order.length, 2 * count))).map((i) => {
          scoreOf.set(docs[i], scores[i]);
          return docs[i];
        });
      }
      return sorted.slice(0, count);
    };
  }

  Engine.prototype.blockOf = function (d) { return Math.floor(d / this.manifest.blockDocs); };

  Engine.prototype.setBlock = function (n, docs) { this.blocks.set(n, docs); };

  // -> Promise of [{doc, type, title, path, date, context, text}]
  Engine.prototype.documents = function (list) {
    const need = [...new Set(list.map((d) => this.blockOf(d)))].filter((b) => !this.blocks.has(b));
    return Promise.all(need.map((b) => this.fetchScript('d/' + b + '.js'))).then(() => list.map((d) => {
      const b = this.blockOf(d);
      const row = this.blocks.get(b)[d - b * this.manifest.blockDocs];
      return { doc: d, type: row[0], title: row[1], path: row[2], date: row[3], context: row[4], text: row[5] };
    }));
  };

  // Whether a word of a text is one the query matched: highlighted in
  // titles and snippets.
  function wordMatches(word, result) {
    if (word.compound && result.matchTerms.has(word.compound)) return true;
    for (const t of word.terms) if (result.matchTerms.has(t)) return true;
    for (const p of result.prefixes) if (word.joined.startsWith(p)) return true;
    return false;
  }

  // [{text, mark}] pieces of `text`; for a long text, the passage with the
  // most matched words.
  function highlight(text, result, maxChars) {
    text = text.replace(/\s+/g, ' ').trim();
    const words = splitWords(text);
    const marks = words.map((w) => wordMatches(w, result));
    let from = 0, to = text.length;
    if (maxChars && text.length > maxChars) {
      // The window of words holding the most matches, starting at a match.
      let bestStart = 0, bestCount = -1;
      for (let i = 0; i < words.length; i++) {
        if (!marks[i]) continue;
        let count = 0;
        const limit = words[i].begin + maxChars;
        for (let j = i; j < words.length && words[j].end <= limit; j++) if (marks[j]) count++;
        if (count > bestCount) { bestCount = count; bestStart = i; }
      }
      // Start a few words before the first match, for context.
      const startWord = Math.max(0, bestStart - 6);
      from = bestCount < 0 ? 0 : words[startWord] ? words[startWord].begin : 0;
      to = Math.min(text.length, from + maxChars);
      const cut = text.lastIndexOf(' ', to);
      if (to < text.length && cut > from + maxChars / 2) to = cut;
    }
    const pieces = [];
    if (from > 0) pieces.push({ text: '… ', mark: false });
    let at = from;
    words.forEach((w, i) => {
      if (!marks[i] || w.begin < from || w.end > to) return;
      if (w.begin > at) pieces.push({ text: text.slice(at, w.begin), mark: false });
      pieces.push({ text: text.slice(w.begin, w.end), mark: true });
      at = w.end;
    });
    if (at < to) pieces.push({ text: text.slice(at, to), mark: false });
    if (to < text.length) pieces.push({ text: ' …', mark: false });
    return pieces;
  }

  // ---------------------------------------------------------------------
  // The global the index scripts call.

  const engines = [];
  const api = {
    m(manifest) { for (const e of engines) if (!e.manifest) e.setManifest(manifest); },
    t(n, data) { for (const e of engines) e.setShard(n, data); },
    p(n, data) { for (const e of engines) e.setPhraseShard(n, data); },
    d(n, docs) { for (const e of engines) e.setBlock(n, docs); },
    f(data) { for (const e of engines) e.setTopics(data); },
    // For tests and tools (tests/browser/search-*.mjs): the same code in node.
    internals: { fold, splitWords, stem, porter2, parseQuery, decodePostings, compareTerms, highlight, Engine, engines },
  };
  const root = typeof globalThis !== 'undefined' ? globalThis : window;
  root.cxoSearch = api;

  if (typeof document === 'undefined') return;

  // ---------------------------------------------------------------------
  // The page

  function loadScript(url) {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = url;
      s.async = true;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('could not load ' + url));
      document.head.appendChild(s);
    });
  }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const key in attrs || {}) {
      const v = attrs[key];
      if (v === false || v === null || v === undefined) continue;
      if (key === 'text') node.textContent = v;
      else if (key === 'class') node.className = v;
      else node.setAttribute(key, v === true ? '' : v);
    }
    for (const c of children || []) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  function marked(pieces) {
    return pieces.map((p) => (p.mark ? el('mark', { text: p.text }) : document.createTextNode(p.text)));
  }

  let engine = null;
  let siteRoot = null;

  function getEngine(form) {
    if (engine) return engine;
    const searchPage = new URL(form.getAttribute('action'), document.baseURI);
    siteRoot = new URL('../', searchPage);
    engine = new Engine(new URL('./', searchPage).href, loadScript);
    engines.push(engine);
    return engine;
  }

  function linkTo(path) { return new URL(path, siteRoot).href; }

  function typeLabel(type) { return engine.manifest.types[type][1]; }

  // --- Header box: a combobox with a listbox of the best matches --------

  const SUGGESTIONS = 6;

  function enhanceHeader(form) {
    const input = form.querySelector('input[name="q"]');
    if (!input) return;
    const listId = 'site-search-listbox';
    const list = el('ul', { id: listId, role: 'listbox', class: 'site-search-list', 'aria-label': 'Search suggestions', hidden: true });
    const status = el('p', { class: 'site-search-status', role: 'status', 'aria-live': 'polite' });
    form.classList.add('site-search-enhanced');
    form.append(list, status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);
    let options = [];
    let active = -1;
    let serial = 0;

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };
    const setActive = (i) => {
      active = i;
      options.forEach((o, j) => o.node.setAttribute('aria-selected', j === i ? 'true' : 'false'));
      if (i >= 0) {
        input.setAttribute('aria-activedescendant', options[i].node.id);
        options[i].node.scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    };
    const go = (href) => { window.location.href = href; };
    const allResults = () => form.getAttribute('action') + '?q=' + encodeURIComponent(input.value.trim());

    const render = (docs, result, query) => {
      list.replaceChildren();
      options = [];
      docs.forEach((doc, i) => {
        const node = el('li', { id: listId + '-' + i, role: 'option', 'aria-selected': 'false', class: 'site-search-option' }, [
          el('span', { class: 'site-search-option-title' }, marked(highlight(doc.title, result, 0))),
          el('span', { class: 'site-search-option-meta', text: typeLabel(doc.type) + (doc.date ? ' · ' + doc.date : '') }),
        ]);
        options.push({ node, href: linkTo(doc.path) });
      });
      const more = el('li', { id: listId + '-all', role: 'option', 'aria-selected': 'false', class: 'site-search-option site-search-all' },
        [result.total ? 'All ' + result.total + ' results for “' + query + '”' : 'No results for “' + query + '”: open the search page']);
      options.push({ node: more, href: new URL(allResults(), document.baseURI).href });
      for (const o of options) {
        list.append(o.node);
        o.node.addEventListener('mousedown', (event) => { event.preventDefault(); go(o.href); });
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      setActive(-1);
      status.textContent = result.total ? result.total + (result.total === 1 ? ' result' : ' results') + ', ' + docs.length + ' shown' : 'No results';
    };

    const update = () => {
      const query = input.value.trim();
      const mine = ++serial;
      if (!query) { close(); status.textContent = ''; return; }
      const eng = getEngine(form);
      eng.search(input.value, {}, false).then((result) => {
        if (mine !== serial) return null;
        if (!result.units.length) {
          close();
          status.textContent = 'Type at least two letters.';
          return null;
        }
        return eng.documents(result.top(SUGGESTIONS)).then((docs) => {
          if (mine === serial) render(docs, result, query);
        });
      }).catch(() => {
        if (mine === serial) { close(); status.textContent = 'The search index could not be loaded.'; }
      });
    };

    input.addEventListener('input', update);
    input.addEventListener('focus', () => { if (input.value.trim() && list.hidden && options.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); } });
    input.addEventListener('blur', close);
    input.addEventListener('keydown', (event) => {
      const open = !list.hidden;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (!open) { if (input.value.trim()) update(); return; }
        setActive(active + 1 >= options.length ? 0 : active + 1);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        if (open) setActive(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === 'Enter') {
        if (open && active >= 0) { event.preventDefault(); go(options[active].href); }
      } else if (event.key === 'Escape') {
        if (open) { event.preventDefault(); close(); }
        else if (input.value) { event.preventDefault(); input.value = ''; status.textContent = ''; }
      }
    });
  }

  // --- The search page: results, facets, the query in the URL ----------

  const FACET_LABELS = { type: 'Type', kind: 'CTO or CxO', year: 'Year', topic: 'Topic', region: 'Region' };
  const TOPICS_SHOWN = 8;

  function enhancePage(page, headerForm) {
    const form = page.querySelector('form');
    const input = form.querySelector('input[name="q"]');
    const status = page.querySelector('#search-status');
    const results = page.querySelector('#search-results');
    const facetsBox = page.querySelector('#search-facets');
    const moreButton = page.querySelector('#search-more');
    const eng = getEngine(headerForm || form);
    const params = new URLSearchParams(window.location.search);
    const filters = {};
    for (const f of FACETS) filters[f] = new Set(params.getAll(f));
    input.value = params.get('q') || '';
    let shown = 0;
    let current = null;
    let serial = 0;
    let allTopics = false;
    // On a narrow screen the filters come first and would push the results
    // a screen or two down: there they start folded, until the reader opens
    // them (which holds while they search) or a filter is on.
    let facetsOpen = null;
    const narrow = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function' &&
      window.matchMedia('(max-width: 46rem)').matches;

    const syncUrl = () => {
      const p = new URLSearchParams();
      if (input.value.trim()) p.set('q', input.value.trim());
      for (const f of FACETS) for (const v of [...filters[f]].sort()) p.append(f, v);
      const url = window.location.pathname + (p.toString() ? '?' + p.toString() : '');
      try { window.history.replaceState(null, '', url); } catch (e) { /* some file:// setups refuse */ }
    };

    const showMore = () => {
      const result = current;
      const slice = result.top(shown + PAGE_SIZE).slice(shown);
      const mine = serial;
      return eng.documents(slice).then((docs) => {
        if (mine !== serial) return;
        for (const doc of docs) results.append(resultItem(doc, result));
        shown += docs.length;
        results.hidden = shown === 0;
        moreButton.hidden = shown >= result.total;
      });
    };

    const resultItem = (doc, result) => el('li', { class: 'search-result search-type-' + eng.manifest.types[doc.type][0] }, [
      el('p', { class: 'search-result-meta' }, [
        el('span', { class: 'search-result-type', text: typeLabel(doc.type) }),
        doc.date ? ' · ' + doc.date : null,
      ]),
      el('h2', { class: 'search-result-title' }, [el('a', { href: linkTo(doc.path) }, marked(highlight(doc.title, result, 0)))]),
      doc.context ? el('p', { class: 'search-result-context', text: doc.context }) : null,
      doc.text ? el('p', { class: 'search-result-snippet' }, marked(highlight(doc.text, result, 240))) : null,
    ]);

    const facetValues = (facet, result) => {
      const m = eng.manifest;
      const counts = result.facets[facet];
      const chosen = filters[facet];
      let values = [];
      if (facet === 'type' || facet === 'kind' || facet === 'region') {
        const list = facet === 'type' ? m.types : facet === 'kind' ? m.kindNames : m.regionNames;
        values = list.map((x, i) => ({ key: x[0], label: x[1], count: counts.get(i) || 0 }));
        if (facet === 'region') values.sort((a, b) => a.label.localeCompare(b.label));
      } else if (facet === 'year') {
        values = [...counts.keys()].sort((a, b) => b - a).map((y) => ({ key: String(y), label: String(y), count: counts.get(y) }));
        for (const y of chosen) if (!counts.has(Number(y))) values.push({ key: y, label: y, count: 0 });
      } else if (facet === 'topic' && eng.topics) {
        values = eng.topics.list.map((t, i) => ({ key: t[0], label: t[1], count: counts.get(i) || 0 }));
        values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
      }
      return values.filter((v) => v.count > 0 || chosen.has(v.key));
    };

    const renderFacets = (result) => {
      facetsBox.replaceChildren();
      if (!result || (!result.total && !FACETS.some((f) => filters[f].size))) { facetsBox.hidden = true; return; }
      const active = FACETS.some((f) => filters[f].size);
      const fold = el('details', { class: 'search-facets-fold' }, [
        el('summary', {}, [el('h2', { class: 'search-facets-title', text: 'Narrow the results' })]),
      ]);
      fold.open = facetsOpen ?? (active || !narrow());
      fold.addEventListener('toggle', () => { facetsOpen = fold.open; });
      facetsBox.append(fold);
      for (const facet of FACETS) {
        let values = facetValues(facet, result);
        const box = el('fieldset', { class: 'search-facet search-facet-' + facet }, [el('legend', { text: FACET_LABELS[facet] })]);
        if (facet === 'topic' && !eng.topics) {
          const load = el('button', { type: 'button', class: 'search-facet-load', text: 'Filter by topic' });
          load.addEventListener('click', () => eng.loadTopics().then(run));
          box.append(load);
          fold.append(box);
          continue;
        }
        if (!values.length) continue;
        const hidden = facet === 'topic' && !allTopics && values.length > TOPICS_SHOWN + 2;
        if (hidden) values = values.filter((v, i) => i < TOPICS_SHOWN || filters.topic.has(v.key));
        const ul = el('ul', { class: 'search-facet-values' });
        for (const v of values) {
          const id = 'facet-' + facet + '-' + v.key;
          const box2 = el('input', { type: 'checkbox', id, name: facet, value: v.key, checked: filters[facet].has(v.key) });
          box2.addEventListener('change', () => {
            if (box2.checked) filters[facet].add(v.key); else filters[facet].delete(v.key);
            run();
          });
          ul.append(el('li', {}, [box2, ' ', el('label', { for: id }, [v.label + ' ', el('span', { class: 'search-facet-count', text: '(' + v.count + ')' })])]));
        }
        box.append(ul);
        if (hidden) {
          const all = el('button', { type: 'button', class: 'search-facet-all', text: 'Show all topics' });
          all.addEventListener('click', () => { allTopics = true; renderFacets(current); });
          box.append(all);
        }
        fold.append(box);
      }
      if (active) {
        const clear = el('button', { type: 'button', class: 'search-facet-clear', text: 'Clear filters' });
        clear.addEventListener('click', () => { for (const f of FACETS) filters[f].clear(); run(); });
        fold.append(clear);
      }
      facetsBox.hidden = false;
    };

    const run = () => {
      const query = input.value;
      const mine = ++serial;
      syncUrl();
      if (!query.trim()) {
        current = null;
        results.replaceChildren();
        results.hidden = true;
        moreButton.hidden = true;
        facetsBox.hidden = true;
        status.textContent = 'Type a word or two: a topic, an organization, a place, an identifier such as IMT-2020.';
        return Promise.resolve();
      }
      return eng.search(query, filters).then((result) => {
        if (mine !== serial) return null;
        current = result;
        shown = 0;
        results.replaceChildren();
        const q = '“' + query.trim() + '”';
        const filtered = FACETS.some((f) => filters[f].size);
        if (!result.units.length) {
          status.textContent = query.trim().length < 2 ? 'Type at least two letters.'
            : 'Nothing to search for in ' + q + ': words such as “the” or “of” are left out; try a more specific word.';
        } else if (!result.total) {
          status.textContent = 'No results for ' + q + (filtered ? ' with the filters chosen: clear a filter, or' : ':') +
            ' check the spelling, try fewer or other words (a topic, an organization, a city), or browse the meetings and topics indexes.';
        } else {
          status.textContent = result.total + (result.total === 1 ? ' result' : ' results') + ' for ' + q +
            (result.partial ? ' (no page has every word; these have some of them)' : '') + (filtered ? ', filtered' : '');
        }
        renderFacets(result);
        moreButton.hidden = true;
        return showMore();
      }).catch(() => {
        if (mine === serial) status.textContent = 'The search index could not be loaded.';
      });
    };

    form.addEventListener('submit', (event) => { event.preventDefault(); run(); });
    input.addEventListener('input', run);
    moreButton.addEventListener('click', () => {
      const first = shown;
      showMore().then(() => {
        const link = results.children[first] && results.children[first].querySelector('a');
        if (link) link.focus();
      });
    });
    page.classList.add('search-ready');
    run();
  }

  function init() {
    const headerForm = document.querySelector('form.site-search');
    if (headerForm) enhanceHeader(headerForm);
    const page = document.getElementById('search-page');
    if (page) enhancePage(page, headerForm);
    else if (headerForm && !document.querySelector('link[href$="assets/search.css"]')) {
      // The suggestions list is styled by search.css, which only the search
      // page links; other pages get it once the box is in use.
      const css = new URL('../assets/search.css', new URL(headerForm.getAttribute('action'), document.baseURI));
      document.head.append(el('link', { rel: 'stylesheet', href: css.href }));
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
