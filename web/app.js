// app.js - the tidings page: ranked stories with filters, story pages (summary,
// timeline, coverage plot, key facts, sources, entities), search, feed health,
// and live refresh that keeps the reader's place. No outside resources.
'use strict';

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
// Refresh period in seconds: ?refresh=N in the page URL, else 30.
const REFRESH = Math.max(1, Number(new URLSearchParams(location.search).get('refresh')) || 30);
const LANGS = {
  en: 'English', ru: 'Russian', uk: 'Ukrainian', be: 'Belarusian', bg: 'Bulgarian',
  pl: 'Polish', cs: 'Czech', sk: 'Slovak', sl: 'Slovenian', hr: 'Croatian', sr: 'Serbian',
  de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch',
  sv: 'Swedish', fi: 'Finnish', ro: 'Romanian', hu: 'Hungarian', el: 'Greek', tr: 'Turkish',
  ar: 'Arabic', zh: 'Chinese', ja: 'Japanese', kk: 'Kazakh', uz: 'Uzbek', et: 'Estonian',
  lv: 'Latvian', lt: 'Lithuanian', fa: 'Persian',
};
const state = {
  view: 'stories',   // stories | story | article | search | feeds
  param: '',         // the story id, article name or query
  listKey: '',       // the filters the list on screen was made for
  listScroll: 0,     // where the reader was in the list
  seen: new Set(),   // story ids already shown (new ones are marked)
  pageJSON: '',      // the last story or feeds answer drawn
};

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  let body = null;
  try { body = await r.json(); } catch (e) { /* not JSON */ }
  if (!r.ok) {
    const err = new Error(body && body.error ? body.error.message : r.statusText);
    err.status = r.status;
    throw err;
  }
  return body;
}

const pad = (n) => String(n).padStart(2, '0');
function stamp(ts, withTime) {
  if (!ts) return '';
  const d = new Date(ts * 1000);
  const day = d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate());
  return withTime ? day + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) : day;
}
function ago(ts) {
  if (!ts) return 'never';
  const s = Math.max(0, Math.round(Date.now() / 1000 - ts));
  if (s < 90) return s + ' s ago';
  if (s < 5400) return Math.round(s / 60) + ' min ago';
  if (s < 172800) return Math.round(s / 3600) + ' h ago';
  return Math.round(s / 86400) + ' days ago';
}
const langName = (l) => LANGS[l] || l;
function langBadge(l) {
  const b = el('span', 'badge lang', l);
  b.title = langName(l);
  return b;
}
const catBadge = (c) => el('span', 'badge cat cat-' + (c || 'other'), c || 'other');
const plural = (n, one, many) => n + ' ' + (n === 1 ? one : many);

function filterParams() {
  const p = new URLSearchParams();
  if ($('lang').value) p.set('lang_code', $('lang').value);
  if ($('category').value) p.set('category', $('category').value);
  return p;
}
function listParams() {
  const p = filterParams();
  p.set('period', $('period').value);
  p.set('limit', '200');
  return p;
}

// Shows one view: the list or a page; the list keeps its scroll position.
function show(view) {
  const wasList = !$('list').hidden;
  if (wasList && view !== 'stories') state.listScroll = window.scrollY;
  state.view = view;
  $('list').hidden = view !== 'stories';
  $('page').hidden = view === 'stories';
  $('filters').hidden = view !== 'stories';
  $('nav-feeds').classList.toggle('on', view === 'feeds');
  $('nav-stories').classList.toggle('on', view === 'stories');
  if (view === 'stories') requestAnimationFrame(() => window.scrollTo(0, state.listScroll));
  else window.scrollTo(0, 0);
}

function pageMessage(text, cls) {
  $('page').replaceChildren(backLink(), el('p', cls || 'empty', text));
}

function backLink() {
  const a = el('a', 'back', '← All stories');
  a.href = '#';
  return a;
}

// ---- the front page --------------------------------------------------

function storyCard(s) {
  const card = el('div', 'story');
  card.dataset.id = s.id;
  fillCard(card, s);
  return card;
}

function fillCard(card, s) {
  const h = el('h2', 'title');
  const link = el('a', 'story-link', s.title || '(untitled)');
  link.href = '#story/' + s.id;
  h.append(link);
  const meta = el('div', 'meta');
  meta.append(catBadge(s.category));
  for (const l of s.langs || []) meta.append(langBadge(l));
  const when = el('time', 'when', stamp(s.last_published, true));
  when.dateTime = new Date(s.last_published * 1000).toISOString();
  meta.append(when);
  meta.append(el('span', 'size', plural(s.size, 'article', 'articles')));
  if (!state.seen.has(s.id) && state.seen.size) meta.append(el('span', 'badge new', 'new'));
  const kids = [h, meta];
  if (s.articles && s.articles.length > 1) {
    const ul = el('ul', 'members');
    for (const a of s.articles.slice(0, 4)) {
      const li = el('li', null, a.title || a.name);
      if (a.lang) li.append(' ', langBadge(a.lang));
      ul.append(li);
    }
    if (s.size > 4) ul.append(el('li', 'more', '+ ' + (s.size - 4) + ' more'));
    kids.push(ul);
  }
  card.replaceChildren(...kids);
}

// Updates the list in place: cards are kept, added, moved or removed by
// story id, and the story at the top of the screen stays where it was.
function drawList(data, fresh) {
  const list = $('list');
  let anchor = null, anchorTop = 0;
  if (!fresh) {
    for (const c of list.querySelectorAll('.story')) {
      const r = c.getBoundingClientRect();
      if (r.bottom > 0) { anchor = c.dataset.id; anchorTop = r.top; break; }
    }
  }
  const old = new Map();
  for (const c of list.querySelectorAll('.story')) old.set(c.dataset.id, c);
  const head = el('div', 'listhead');
  head.append(el('span', null, plural(data.total, 'story', 'stories')));
  const nodes = [head];
  for (const s of data.stories) {
    let c = old.get(s.id);
    if (c) { fillCard(c, s); old.delete(s.id); } else c = storyCard(s);
    nodes.push(c);
  }
  if (!data.stories.length) nodes.push(el('p', 'empty', 'No stories for these filters.'));
  list.replaceChildren(...nodes);
  for (const s of data.stories) state.seen.add(s.id);
  if (anchor) {
    const c = list.querySelector('.story[data-id="' + CSS.escape(anchor) + '"]');
    if (c) window.scrollBy(0, c.getBoundingClientRect().top - anchorTop);
  }
  addLanguages(data.stories);
}

// The language menu offers every language seen in the stories.
function addLanguages(stories) {
  const sel = $('lang');
  const have = new Set([...sel.options].map((o) => o.value));
  for (const s of stories) {
    for (const l of s.langs || []) {
      if (have.has(l)) continue;
      have.add(l);
      const o = el('option', null, langName(l));
      o.value = l;
      sel.append(o);
    }
  }
}

async function loadStories(fresh) {
  const key = listParams().toString();
  if (key !== state.listKey) fresh = true;
  if (fresh && !$('list').querySelector('.story')) $('list').replaceChildren(el('p', 'empty', 'Loading…'));
  let data;
  try {
    data = await getJSON('/api/stories?' + key);
  } catch (e) {
    if (e.status === 503) {
      $('list').replaceChildren(el('p', 'empty', 'The server is loading its articles…'));
      setTimeout(() => loadStories(true), 1000);
    } else if (fresh) {
      $('list').replaceChildren(el('p', 'error', 'Cannot load stories: ' + e.message));
    }
    return;
  }
  if (listParams().toString() !== key) return; // the filters changed meanwhile
  state.listKey = key;
  drawList(data, fresh);
  const f = filterParams().toString();
  $('atom-link').href = '/feeds/stories.atom' + (f ? '?' + f : '');
  $('json-link').href = '/feeds/stories.json' + (f ? '?' + f : '');
}

// ---- a story ---------------------------------------------------------

function section(title, cls) {
  const s = el('section', 'block ' + (cls || ''));
  s.append(el('h3', null, title));
  return s;
}

// Bars of articles per hour or day, from the story's coverage field.
function coveragePlot(cov) {
  const counts = (cov && cov.counts) || [];
  if (!counts.length || cov.start === null) return null;
  const step = cov.bucket === 'hour' ? 3600 : 86400;
  const W = 360, H = 110, padL = 22, padB = 22, padT = 8;
  const max = Math.max(...counts, 1);
  const bw = Math.min(36, (W - padL) / counts.length);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
  svg.setAttribute('class', 'coverage');
  svg.setAttribute('role', 'img');
  const total = counts.reduce((a, b) => a + b, 0);
  svg.setAttribute('aria-label', total + ' articles over ' + counts.length + ' ' + cov.bucket + 's');
  const add = (tag, attrs, text) => {
    const n = document.createElementNS(SVG, tag);
    for (const k in attrs) n.setAttribute(k, attrs[k]);
    if (text !== undefined) n.textContent = text;
    svg.append(n);
    return n;
  };
  const ph = H - padB - padT;
  add('line', { x1: padL, y1: H - padB, x2: W, y2: H - padB, class: 'axis' });
  add('text', { x: padL - 4, y: padT + 8, 'text-anchor': 'end', class: 'tick' }, String(max));
  add('text', { x: padL - 4, y: H - padB, 'text-anchor': 'end', class: 'tick' }, '0');
  counts.forEach((c, i) => {
    if (!c) return;
    const h = Math.max(2, (c / max) * ph);
    const r = add('rect', {
      x: padL + i * bw + bw * 0.12, y: H - padB - h, width: Math.max(1, bw * 0.76), height: h,
      rx: Math.min(3, bw / 4), class: 'bar',
    });
    const t = document.createElementNS(SVG, 'title');
    t.textContent = stamp(cov.start + i * step, step === 3600) + ': ' + plural(c, 'article', 'articles');
    r.append(t);
  });
  const first = stamp(cov.start, step === 3600);
  const last = stamp(cov.start + (counts.length - 1) * step, step === 3600);
  add('text', { x: padL, y: H - 6, class: 'tick' }, first);
  if (counts.length > 1 && counts.length * bw > 200) {
    add('text', { x: padL + counts.length * bw, y: H - 6, 'text-anchor': 'end', class: 'tick' }, last);
  }
  return svg;
}

function drawStory(s, sources) {
  const page = $('page');
  const kids = [backLink()];
  const h = el('h2', 'story-title', s.title || '(untitled)');
  kids.push(h);
  const meta = el('div', 'meta');
  meta.append(catBadge(s.category));
  for (const l of Object.keys(s.languages || {})) if (l !== 'und') meta.append(langBadge(l));
  if (s.first_seen) {
    meta.append(el('span', 'when', s.first_seen + (s.last_seen && s.last_seen !== s.first_seen ? ' – ' + s.last_seen : '')));
  }
  meta.append(el('span', 'size', plural(s.article_count, 'article', 'articles') + ' · ' +
    plural(s.sources, 'source', 'sources')));
  kids.push(meta);
  const other = Object.entries(s.titles || {}).filter(([l, t]) => t && t !== s.title);
  if (other.length) {
    const ul = el('ul', 'titles');
    for (const [l, t] of other) { const li = el('li', null, t); li.prepend(langBadge(l), ' '); ul.append(li); }
    kids.push(ul);
  }

  const grid = el('div', 'story-grid');
  const mainCol = el('div', 'col-main');
  const sideCol = el('div', 'col-side');

  // The summary in the language chosen in the menu when the story has
  // one, else in the story's main language; the others fold away below.
  const sums = s.summaries || {};
  const want = $('lang').value;
  const mainLang = want && sums[want] ? want : s.lang;
  const main = sums[mainLang] || s.summary || [];
  const sentences = (box, list) => {
    for (const sent of list) {
      const p = el('p', 'sentence', sent.text + ' ');
      const src = el('a', 'attrib', sent.outlet || sent.article);
      src.href = '#article/' + encodeURIComponent(sent.article);
      src.title = 'From ' + sent.article;
      p.append(src);
      box.append(p);
    }
  };
  if (main.length) {
    const sec = section('Summary', 'summary');
    sentences(sec, main);
    for (const [l, list] of Object.entries(sums)) {
      if (l === mainLang || !list.length) continue;
      const more = el('details', 'summary-other');
      more.dataset.lang = l;
      const sum = el('summary', null, 'In ' + langName(l));
      more.append(sum);
      sentences(more, list);
      sec.append(more);
    }
    mainCol.append(sec);
  }

  if (s.timeline && s.timeline.length) {
    const sec = section('Timeline', 'timeline');
    const ol = el('ol', 'events');
    for (const t of s.timeline) {
      const li = el('li', 'event');
      const when = el('span', 'date', t.first + (t.last && t.last !== t.first ? ' – ' + t.last : ''));
      li.append(when, el('span', 'text', t.text));
      if (t.sources > 1) li.append(el('span', 'badge count', plural(t.sources, 'source', 'sources')));
      ol.append(li);
    }
    sec.append(ol);
    mainCol.append(sec);
  }

  if (s.facts && s.facts.length) {
    const sec = section('Key facts', 'facts');
    const ul = el('ul', 'factlist');
    for (const f of s.facts) {
      const li = el('li', 'fact' + (f.disputed ? ' disputed' : ''));
      const top = el('div', 'fact-head');
      top.append(el('strong', 'value', f.text));
      top.append(el('span', 'badge count', plural(f.sources, 'source', 'sources')));
      if (f.disputed) {
        const d = el('span', 'badge disagree', 'sources disagree');
        d.title = 'Other sources give a different value for this quantity';
        top.append(d);
      }
      li.append(top);
      if (f.context) li.append(el('div', 'context', f.context));
      ul.append(li);
    }
    sec.append(ul);
    mainCol.append(sec);
  }

  const cov = coveragePlot(s.coverage);
  if (cov) {
    const sec = section('Coverage', 'coverage-block');
    sec.append(cov);
    sec.append(el('p', 'note', 'Articles per ' + (s.coverage.bucket || 'day') + '.'));
    sideCol.append(sec);
  }

  const srcSec = section('Sources', 'sources');
  const ul = el('ul', 'srclist');
  for (const a of sources) {
    const li = el('li', 'src');
    const t = el('a', 'src-title', a.title || a.name);
    t.href = '#article/' + encodeURIComponent(a.name);
    li.append(t);
    const m = el('div', 'meta');
    if (a.outlet) m.append(el('span', 'outlet', a.outlet));
    if (a.lang) m.append(langBadge(a.lang));
    if (a.published) m.append(el('span', 'when', stamp(a.published, true)));
    else if (a.date) m.append(el('span', 'when', a.date));
    if (a.url && /^https?:\/\//.test(a.url)) {
      const x = el('a', 'orig', 'original ↗');
      x.href = a.url;
      x.rel = 'noopener noreferrer';
      m.append(x);
    }
    li.append(m);
    ul.append(li);
  }
  srcSec.append(ul);
  if (s.articles.length > sources.length) srcSec.append(el('p', 'note', '+ ' + (s.articles.length - sources.length) + ' more'));
  sideCol.append(srcSec);

  if (s.entities && s.entities.length) {
    const sec = section('Entities', 'entities');
    const box = el('div', 'chips');
    for (const e of s.entities.slice(0, 24)) {
      const names = e.names || {};
      const name = names[s.lang] || Object.values(names)[0] || e.key;
      const c = el('span', 'chip ent-' + (e.type || 'other'), name);
      const kind = { PER: 'person', LOC: 'place', ORG: 'organisation', EVT: 'event', PRO: 'product' }[e.type] || e.type || '';
      c.title = kind + (Object.keys(names).length > 1 ? ' · ' + Object.values(names).join(' / ') : '');
      box.append(c);
    }
    sec.append(box);
    sideCol.append(sec);
  }

  grid.append(mainCol, sideCol);
  kids.push(grid);
  page.replaceChildren(...kids);
}

async function loadStory(id, refresh) {
  if (!refresh) pageMessage('Loading…');
  let s;
  try {
    s = await getJSON('/api/stories/' + encodeURIComponent(id));
  } catch (e) {
    if (!refresh) pageMessage('Cannot load the story: ' + e.message, 'error');
    return;
  }
  if (state.view !== 'story' || state.param !== id) return;
  const text = JSON.stringify(s);
  if (refresh && text === state.pageJSON) return; // nothing new: leave the page as it is
  const names = s.articles.slice(0, 30);
  const sources = await Promise.all(names.map((n) =>
    getJSON('/api/articles/' + encodeURIComponent(n)).catch(() => ({ name: n }))));
  if (state.view !== 'story' || state.param !== id) return;
  const y = window.scrollY;
  state.pageJSON = text;
  drawStory(s, sources);
  if (refresh) window.scrollTo(0, y);
}

// ---- an article ------------------------------------------------------

async function loadArticle(name) {
  pageMessage('Loading…');
  let a;
  try {
    a = await getJSON('/api/articles/' + encodeURIComponent(name));
  } catch (e) {
    pageMessage('Cannot load the article: ' + e.message, 'error');
    return;
  }
  const kids = [backLink(), el('h2', 'story-title', a.title || a.name)];
  const meta = el('div', 'meta');
  if (a.category) meta.append(catBadge(a.category));
  if (a.lang) meta.append(langBadge(a.lang));
  if (a.published) meta.append(el('span', 'when', stamp(a.published, true)));
  else if (a.date) meta.append(el('span', 'when', a.date));
  if (a.outlet) meta.append(el('span', 'outlet', a.outlet));
  kids.push(meta);
  const body = el('div', 'article-body');
  if (a.lead) body.append(el('p', 'lead', a.lead));
  for (const para of (a.body || '').split('\n')) if (para.trim()) body.append(el('p', null, para));
  kids.push(body);
  if (a.url && /^https?:\/\//.test(a.url)) {
    const link = el('a', 'orig', 'Read the original ↗');
    link.href = a.url;
    link.rel = 'noopener noreferrer';
    kids.push(link);
  }
  kids.push(el('p', 'name', a.name));
  $('page').replaceChildren(...kids);
}

// ---- search ----------------------------------------------------------

// Snippets mark matches with <b>…</b>; everything else is shown as text.
function snippet(text) {
  const span = el('span', 'snippet');
  let bold = false;
  for (const p of (text || '').split(/(<b>|<\/b>)/)) {
    if (p === '<b>') { bold = true; continue; }
    if (p === '</b>') { bold = false; continue; }
    span.append(bold ? el('mark', null, p) : document.createTextNode(p));
  }
  return span;
}

async function loadSearch(q) {
  pageMessage('Searching…');
  let data;
  try {
    data = await getJSON('/api/search?limit=50&q=' + encodeURIComponent(q));
  } catch (e) {
    pageMessage('Search failed: ' + e.message, 'error');
    return;
  }
  const kids = [backLink(), el('h2', 'story-title', 'Results for “' + q + '”')];
  if (!data.results.length) kids.push(el('p', 'empty', 'Nothing found.'));
  for (const r of data.results) {
    const d = el('div', 'story');
    const h = el('h2', 'title');
    const a = el('a', 'article-link', r.title || r.name);
    a.href = '#article/' + encodeURIComponent(r.name);
    h.append(a);
    const meta = el('div', 'meta');
    if (r.lang) meta.append(langBadge(r.lang));
    if (r.date) meta.append(el('span', 'when', r.date));
    d.append(h, meta, snippet(r.snippet));
    kids.push(d);
  }
  $('page').replaceChildren(...kids);
}

// ---- feeds -----------------------------------------------------------

async function loadFeeds(refresh) {
  if (!refresh) pageMessage('Loading…');
  let d;
  try {
    d = await getJSON('/api/feeds');
  } catch (e) {
    if (!refresh) pageMessage('Cannot load the feeds: ' + e.message, 'error');
    return;
  }
  if (state.view !== 'feeds') return;
  const kids = [backLink(), el('h2', 'story-title', 'Feeds')];
  if (!d.enabled) {
    kids.push(el('p', 'empty', 'This service polls no feeds (start it with --feeds FILE).'));
    $('page').replaceChildren(...kids);
    return;
  }
  kids.push(el('p', 'meta', plural(d.feeds.length, 'feed', 'feeds') + ' · ' + d.ok + ' ok · ' +
    d.failing + ' failing · ' + (d.polling ? 'polling now' : 'last pass ' + ago(d.last_pass))));
  const ul = el('ul', 'feedlist');
  for (const f of d.feeds) {
    const li = el('li', 'feed is-' + f.status);
    const head = el('div', 'feed-head');
    head.append(el('span', 'dot ' + f.status, f.status === 'ok' ? '●' : f.status === 'error' ? '●' : '○'));
    head.append(el('strong', 'feed-title', f.title || f.url));
    if (f.site && /^https?:\/\//.test(f.site)) {
      const a = el('a', 'orig', 'site ↗');
      a.href = f.site;
      a.rel = 'noopener noreferrer';
      head.append(a);
    }
    head.append(el('span', 'badge state-' + f.status, f.status));
    li.append(head);
    if (f.title) li.append(el('div', 'feed-url', f.url));
    const m = el('div', 'meta');
    m.append(el('span', null, 'last success ' + ago(f.last_success)));
    if (f.items !== null) m.append(el('span', null, plural(f.items, 'item', 'items')));
    m.append(el('span', null, f.stored + ' stored'));
    if (f.next_due) m.append(el('span', null, 'next ' + stamp(f.next_due, true)));
    if (f.failures) m.append(el('span', null, plural(f.failures, 'failure', 'failures') + ' in a row'));
    li.append(m);
    if (f.last_error) li.append(el('div', 'feed-error', f.last_error));
    ul.append(li);
  }
  kids.push(ul);
  $('page').replaceChildren(...kids);
}

// ---- status, routing and refresh -------------------------------------

let lastUpdate = 0;
async function refreshStatus() {
  try {
    const h = await getJSON('/healthz');
    lastUpdate = Date.now();
    $('status').textContent = h.status === 'ok'
      ? h.articles + ' articles · ' + h.stories + ' stories'
      : 'loading…';
    $('status').classList.remove('offline');
  } catch (e) {
    $('status').textContent = 'offline';
    $('status').classList.add('offline');
  }
}

function route() {
  const hash = decodeURIComponent(location.hash.slice(1));
  const at = (p) => hash.startsWith(p) ? hash.slice(p.length) : null;
  state.pageJSON = '';
  if (at('story/') !== null) {
    state.param = at('story/');
    show('story');
    loadStory(state.param, false);
  } else if (at('article/') !== null) {
    state.param = at('article/');
    show('article');
    loadArticle(state.param);
  } else if (at('search/') !== null) {
    state.param = at('search/');
    $('q').value = state.param;
    show('search');
    loadSearch(state.param);
  } else if (hash === 'feeds') {
    show('feeds');
    loadFeeds(false);
  } else {
    show('stories');
    loadStories(!$('list').querySelector('.story'));
  }
}

$('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = $('q').value.trim();
  location.hash = q ? 'search/' + encodeURIComponent(q) : '';
});
for (const id of ['period', 'lang', 'category']) {
  $(id).addEventListener('change', () => { state.listScroll = 0; loadStories(true); });
}
window.addEventListener('hashchange', route);

// Live refresh: what is on screen is asked for again every REFRESH
// seconds while the tab is visible, and redrawn in place.
setInterval(() => {
  if (document.visibilityState !== 'visible') return;
  refreshStatus();
  if (state.view === 'stories') loadStories(false);
  else if (state.view === 'story') loadStory(state.param, true);
  else if (state.view === 'feeds') loadFeeds(true);
}, REFRESH * 1000);
refreshStatus();
route();
