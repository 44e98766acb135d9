// app.js - the tidings page: stories with filters, full-text search, article view.
'use strict';

const $ = (id) => document.getElementById(id);
const state = { view: 'stories', query: '' };

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await r.json(); } catch (e) { /* not JSON */ }
  if (!r.ok) {
    const msg = body && body.error ? body.error.message : r.statusText;
    const err = new Error(msg);
    err.status = r.status;
    throw err;
  }
  return body;
}

function day(ts) {
  if (!ts) return '';
  return new Date(ts * 1000).toISOString().slice(0, 10);
}

function params() {
  const p = new URLSearchParams();
  p.set('period', $('period').value);
  if ($('lang').value) p.set('lang_code', $('lang').value);
  if ($('category').value) p.set('category', $('category').value);
  p.set('limit', '200');
  return p;
}

function message(text, cls) {
  const list = $('list');
  list.replaceChildren(el('p', cls || 'empty', text));
}

function articleLink(name, title) {
  const a = el('a', 'article-link', title || name);
  a.href = '#article/' + encodeURIComponent(name);
  return a;
}

async function showStories() {
  state.view = 'stories';
  $('detail').hidden = true;
  let data;
  try {
    data = await getJSON('/api/stories?' + params());
  } catch (e) {
    if (e.status === 503) {
      message('The server is loading its articles…');
      setTimeout(showStories, 1000);
    } else {
      message('Cannot load stories: ' + e.message, 'error');
    }
    return;
  }
  const list = $('list');
  list.replaceChildren();
  if (!data.stories.length) {
    message('No stories for these filters.');
    return;
  }
  const tpl = $('story-tpl');
  for (const s of data.stories) {
    const node = tpl.content.firstElementChild.cloneNode(true);
    const link = el('a', 'story-link', s.title);
    link.href = '#story/' + s.id;
    node.querySelector('.title').appendChild(link);
    const meta = node.querySelector('.meta');
    meta.append(el('span', 'badge cat-' + s.category, s.category));
    for (const l of s.langs) meta.append(el('span', 'badge lang', l));
    meta.append(el('span', 'when', day(s.last_published)));
    if (s.size > 1) meta.append(el('span', 'size', s.size + ' articles'));
    const ul = node.querySelector('.articles');
    if (s.articles.length > 1) {
      for (const a of s.articles) {
        const li = el('li');
        li.append(articleLink(a.name, a.title));
        if (a.lang) li.append(el('span', 'badge lang', a.lang));
        ul.append(li);
      }
    } else {
      ul.remove();
    }
    list.append(node);
  }
  if (data.clustering === 'none') {
    list.append(el('p', 'note', 'Stories are single articles until story clustering is enabled.'));
  }
}

// Snippets mark matches with <b>…</b>; everything else is shown as text.
function snippet(text) {
  const span = el('span', 'snippet');
  const parts = (text || '').split(/(<b>|<\/b>)/);
  let bold = false;
  for (const p of parts) {
    if (p === '<b>') { bold = true; continue; }
    if (p === '</b>') { bold = false; continue; }
    span.append(bold ? el('mark', null, p) : document.createTextNode(p));
  }
  return span;
}

async function showSearch(q) {
  state.view = 'search';
  $('detail').hidden = true;
  let data;
  try {
    data = await getJSON('/api/search?limit=50&q=' + encodeURIComponent(q));
  } catch (e) {
    message('Search failed: ' + e.message, 'error');
    return;
  }
  const list = $('list');
  list.replaceChildren(el('h2', 'section', 'Results for “' + q + '”'));
  if (!data.results.length) {
    list.append(el('p', 'empty', 'Nothing found.'));
    return;
  }
  for (const r of data.results) {
    const d = el('div', 'story');
    const h = el('h2', 'title');
    h.append(articleLink(r.name, r.title));
    d.append(h);
    const meta = el('div', 'meta');
    if (r.lang) meta.append(el('span', 'badge lang', r.lang));
    if (r.date) meta.append(el('span', 'when', r.date));
    d.append(meta, snippet(r.snippet));
    list.append(d);
  }
}

async function showArticle(name) {
  const box = $('detail');
  box.hidden = false;
  box.replaceChildren(el('p', 'empty', 'Loading…'));
  let a;
  try {
    a = await getJSON('/api/articles/' + encodeURIComponent(name));
  } catch (e) {
    box.replaceChildren(el('p', 'error', 'Cannot load the article: ' + e.message));
    return;
  }
  const close = el('a', 'close', '×');
  close.href = '#';
  close.title = 'Close';
  box.replaceChildren(close, el('h2', null, a.title || a.name));
  const meta = el('div', 'meta');
  if (a.category) meta.append(el('span', 'badge cat-' + a.category, a.category));
  if (a.lang) meta.append(el('span', 'badge lang', a.lang));
  if (a.date) meta.append(el('span', 'when', a.date));
  if (a.outlet) meta.append(el('span', 'outlet', a.outlet));
  box.append(meta);
  if (a.lead) box.append(el('p', 'lead', a.lead));
  for (const para of (a.body || '').split('\n')) {
    if (para.trim()) box.append(el('p', null, para));
  }
  if (a.url && /^https?:\/\//.test(a.url)) {
    const link = el('a', 'source', 'Original');
    link.href = a.url;
    link.rel = 'noopener noreferrer';
    box.append(link);
  }
  box.append(el('p', 'name', a.name));
}

function section(box, title, items, render) {
  if (!items || !items.length) return;
  box.append(el('h3', null, title));
  const ul = el('ul', 'facts');
  for (const it of items) ul.append(render(it));
  box.append(ul);
}

async function showStory(id) {
  const box = $('detail');
  box.hidden = false;
  box.replaceChildren(el('p', 'empty', 'Loading…'));
  let s;
  try {
    s = await getJSON('/api/stories/' + encodeURIComponent(id));
  } catch (e) {
    box.replaceChildren(el('p', 'error', 'Cannot load the story: ' + e.message));
    return;
  }
  const close = el('a', 'close', '×');
  close.href = '#';
  close.title = 'Close';
  box.replaceChildren(close, el('h2', null, s.title));
  const meta = el('div', 'meta');
  if (s.category) meta.append(el('span', 'badge cat-' + s.category, s.category));
  for (const l of Object.keys(s.languages || {})) {
    if (l !== 'und') meta.append(el('span', 'badge lang', l));
  }
  if (s.first_seen) {
    meta.append(el('span', 'when', s.first_seen + (s.last_seen !== s.first_seen ? ' – ' + s.last_seen : '')));
  }
  meta.append(el('span', 'size', s.article_count + (s.article_count === 1 ? ' article' : ' articles') +
    ', ' + s.sources + (s.sources === 1 ? ' source' : ' sources')));
  box.append(meta);
  for (const sent of s.summary || []) box.append(el('p', null, sent.text));
  section(box, 'Key facts', s.facts, (f) => {
    const li = el('li', null, f.text + ' — ' + (f.context || ''));
    if (f.sources > 1) li.append(el('span', 'badge', f.sources + ' sources'));
    return li;
  });
  section(box, 'Timeline', s.timeline, (t) => el('li', null, (t.first || '') + ': ' + t.text));
  section(box, 'Entities', s.entities, (e) => {
    const names = e.names ? Object.values(e.names) : [];
    return el('li', null, (names[0] || e.key) + (e.type ? ' (' + e.type + ')' : ''));
  });
  section(box, 'Articles', s.articles, (name) => {
    const li = el('li');
    li.append(articleLink(name, name));
    return li;
  });
}

async function refreshStatus() {
  try {
    const h = await getJSON('/healthz');
    $('status').textContent = h.status === 'ok'
      ? h.articles + ' articles · ' + h.stories + ' stories'
      : 'loading…';
  } catch (e) {
    $('status').textContent = 'offline';
  }
}

function route() {
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash.startsWith('story/')) {
    if (!$('list').children.length) showStories();
    showStory(hash.slice(6));
  } else if (hash.startsWith('article/')) {
    if (!$('list').children.length) showStories();
    showArticle(hash.slice(8));
  } else if (hash.startsWith('search/')) {
    $('q').value = hash.slice(7);
    showSearch(hash.slice(7));
  } else {
    showStories();
  }
}

$('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = $('q').value.trim();
  location.hash = q ? 'search/' + encodeURIComponent(q) : '';
});
for (const id of ['period', 'lang', 'category']) {
  $(id).addEventListener('change', () => {
    if (location.hash && location.hash !== '#') location.hash = '';
    else showStories();
  });
}
window.addEventListener('hashchange', route);
refreshStatus();
setInterval(refreshStatus, 10000);
// New articles arrive all the time: the story list refreshes itself while
// it is on screen and no article is open.
setInterval(() => {
  if (state.view === 'stories' && $('detail').hidden && document.visibilityState === 'visible') {
    showStories();
  }
}, 30000);
route();
