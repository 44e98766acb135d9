// test_web.js - the web page in Debian's Chromium, driven by playwright-core: a
// server on 127.0.0.1 with the fixture corpus; stories, filters, a story page
// (summary, timeline, facts, coverage, sources), live refresh, search, feeds.
// Usage: node test_web.js TIDINGS_BINARY OUT_DIR   (screenshots go to OUT_DIR)
'use strict';

const { chromium } = require('playwright-core');
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');

const BIN = process.argv[2];
const OUT = process.argv[3] || '.';
const HERE = __dirname;
let passed = 0, failed = 0;

function check(cond, name, detail) {
  if (cond) { passed++; console.log('ok   ' + name); }
  else { failed++; console.log('FAIL ' + name + (detail !== undefined ? ': ' + JSON.stringify(detail) : '')); }
  return cond;
}

function request(port, method, p, body, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: p, headers: headers || {}, timeout: 10000 }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    if (body) req.write(body);
    req.end();
  });
}
const api = async (port, p) => JSON.parse((await request(port, 'GET', p)).body);

// Starts `tidings serve` on a free port; resolves with {proc, port}.
function serve(db, extra) {
  return new Promise((resolve, reject) => {
    const proc = spawn(BIN, ['serve', '--db', db, '--port', '0', '--bind', '127.0.0.1', ...extra],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const t = setTimeout(() => reject(new Error('server did not start: ' + err)), 15000);
    proc.stderr.on('data', (d) => {
      err += d;
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (m) { clearTimeout(t); resolve({ proc, port: Number(m[1]) }); }
    });
    proc.on('exit', (code) => reject(new Error('server exited ' + code + ': ' + err)));
  });
}

async function waitReady(port) {
  for (let i = 0; i < 300; i++) {
    try {
      const h = await api(port, '/healthz');
      if (h.status === 'ok') return;
    } catch (e) { /* not yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not load');
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'td-web-'));
  fs.mkdirSync(OUT, { recursive: true });
  const db = path.join(tmp, 'web.db');
  execFileSync(BIN, ['ingest', path.join(HERE, 'corpus'), '--db', db], { stdio: 'ignore', timeout: 60000 });
  // A feed list whose one feed cannot be reached (nothing listens on port 9).
  const feeds = path.join(tmp, 'feeds.txt');
  fs.writeFileSync(feeds, 'http://127.0.0.1:9/news.xml\n');
  const srv = await serve(db, ['--feeds', feeds, '--allow-private', '--feed-timeout', '2']);
  const port = srv.port;
  const base = 'http://127.0.0.1:' + port + '/';
  let browser;
  try {
    await waitReady(port);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium', headless: true, timeout: 30000,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    desk.setDefaultTimeout(10000);
    const errors = [];
    desk.on('pageerror', (e) => errors.push(String(e)));

    // ---- the front page ------------------------------------------
    await desk.goto(base + '?refresh=1');
    await desk.waitForSelector('.story');
    const titles = await desk.$$eval('#list .story .title', (n) => n.map((x) => x.textContent));
    // The two bridge reports (two outlets) are one story: 8 articles, 7 stories.
    const list = await api(port, '/api/stories');
    const bridge = list.stories.find((s) => s.articles.some((a) => a.name === 'en-bridge-1.json'));
    check(titles.length === 7, 'front page: the 7 stories are listed', titles.length);
    check(bridge && bridge.size === 2 && bridge.articles.some((a) => a.name === 'en-bridge-2.json'),
      'the two reports of the bridge opening are one story', bridge);
    check(JSON.stringify(titles) === JSON.stringify(list.stories.map((s) => s.title)),
      'front page: stories in ranked order', titles);
    check(titles.includes(bridge.title) &&
      titles.includes('Новый мост через Оку откроют в декабре'), 'front page: titles in several languages');
    await desk.waitForFunction(() => /8 articles · 7 stories/.test(document.getElementById('status').textContent));
    check(true, 'status line counts articles and stories');
    const langs = await desk.$$eval('#lang option', (n) => n.map((x) => x.value).filter(Boolean).sort());
    check(JSON.stringify(langs) === JSON.stringify(['de', 'en', 'pl', 'ru']), 'language menu offers the languages seen', langs);
    await desk.screenshot({ path: path.join(OUT, 'web-front-desktop.png'), fullPage: true });

    // ---- filters -------------------------------------------------
    await desk.selectOption('#lang', 'ru');
    await desk.waitForFunction(() => document.querySelectorAll('#list .story').length === 1);
    const ru = await desk.$$eval('#list .story .title', (n) => n.map((x) => x.textContent));
    check(ru.length === 1 && ru[0] === 'Новый мост через Оку откроют в декабре', 'language filter: one Russian story', ru);
    check((await desk.getAttribute('#atom-link', 'href')) === '/feeds/stories.atom?lang_code=ru',
      'the Atom link follows the filters');
    await desk.selectOption('#lang', '');
    await desk.selectOption('#category', 'sports');
    // The list is drawn before the feed links follow the filters: wait for
    // the links, else the Russian list of the step before can still show.
    await desk.waitForFunction(() =>
      document.getElementById('atom-link').getAttribute('href') === '/feeds/stories.atom?category=sports');
    const sp = await desk.$$eval('#list .story .title', (n) => n.map((x) => x.textContent));
    check(sp[0] === 'Harbour United win the cup final 3-1', 'category filter: the sports story', sp);
    await desk.selectOption('#category', '');
    await desk.waitForFunction(() => document.querySelectorAll('#list .story').length === 7);

    // ---- a story page --------------------------------------------
    const sid = bridge.id;
    const story = await api(port, '/api/stories/' + sid);
    await desk.click('text=' + bridge.title);
    await desk.waitForSelector('.story-title');
    check(desk.url().endsWith('#story/' + sid), 'a click opens the story page', desk.url());
    check((await desk.textContent('.story-title')) === story.title, 'story page: title');
    const sents = await desk.$$eval('.summary > .sentence', (n) => n.map((x) => x.textContent));
    check(sents.length === story.summary.length && sents.length >= 3 &&
      sents.every((t) => t.includes('Harbour Gazette') || t.includes('Coast Daily')), 'story page: summary sentences, each attributed', sents);
    const facts = await desk.$$eval('.fact', (n) => n.map((x) => x.querySelector('.value').textContent + '|' +
      x.querySelector('.count').textContent + '|' + (x.querySelector('.disagree') ? 'disagree' : '')));
    check(facts.length === story.facts.length && facts.some((f) => f.startsWith('$480 million|1 source|')),
      'story page: key facts with their source counts', facts);
    check(facts.filter((f) => f.endsWith('disagree')).length === story.facts.filter((f) => f.disputed).length,
      'story page: "sources disagree" exactly on disputed facts');
    const events = await desk.$$eval('.timeline .event', (n) => n.map((x) => x.textContent));
    check(events.length === story.timeline.length && events.length >= 2 &&
      story.timeline.every((t, i) => events[i].startsWith(t.first) && events[i].includes(t.text)),
      'story page: the timeline shows the story\'s dated events (' + events.length + ')', events);
    const bars = await desk.$$eval('svg.coverage rect.bar', (n) => n.length);
    check(bars === story.coverage.counts.filter((c) => c > 0).length && bars >= 1,
      'story page: coverage plot with a bar per non-empty ' + story.coverage.bucket, bars);
    const src = await desk.$$eval('.srclist .src', (n) => n.map((x) => x.textContent));
    check(src.length === 2 && src.some((x) => x.includes('Harbour Gazette')) &&
      src.some((x) => x.includes('Coast Daily')) && src.every((x) => x.includes('original')),
      'story page: sources with outlet and a link to the original', src);
    await desk.screenshot({ path: path.join(OUT, 'web-story-desktop.png'), fullPage: true });
    await desk.click('.srclist .src:has-text("Harbour Gazette") .src-title');
    await desk.waitForSelector('.article-body');
    check((await desk.textContent('.article-body')).includes('The bridge is 1.2 km long and cost $480 million'),
      'a source opens the article with its text');
    await desk.goBack();
    await desk.waitForSelector('.summary');
    await desk.click('text=← All stories');
    await desk.waitForSelector('#list .story');
    check(await desk.isHidden('#page'), 'back to the list');

    // ---- the page's drawing of a story with several sources --------
    // The page is given the same story with more sources: events of
    // several sources, disputed values and 12 hours of coverage (the shape
    // td_story_json writes).
    const rich = JSON.parse(JSON.stringify(story));
    rich.article_count = 3; rich.sources = 3;
    rich.timeline = [
      { first: '2021-03-03', last: '2021-03-03', text: 'Work began on 3 March 2021.', sources: 2, article: story.articles[0] },
      { first: '2025-11-24', last: '2025-11-24', text: 'The bridge opened on Monday, 24 November 2025.', sources: 3, article: story.articles[0] },
      { first: '2025-12-15', last: '2025-12-15', text: 'The old ferry line will close on 15 December 2025.', sources: 1, article: story.articles[0] },
    ];
    rich.facts = [
      { text: '$480 million', value: 4.8e8, unit: 'USD', sources: 1, disputed: true, context: 'The bridge cost $480 million, the city said.', article: story.articles[0] },
      { text: '$510 million', value: 5.1e8, unit: 'USD', sources: 1, disputed: true, context: 'It cost $510 million according to the audit office.', article: story.articles[0] },
      { text: '1.2 km', value: 1200, unit: 'm', sources: 2, disputed: false, context: 'The bridge is 1.2 km long.', article: story.articles[0] },
    ];
    rich.coverage = { bucket: 'hour', start: 1763974800, counts: [1, 0, 0, 2, 4, 3, 0, 1, 0, 0, 1, 2] };
    rich.entities = [{ key: 'anna berg', type: 'PER', weight: 2, names: { en: 'Anna Berg' } }];
    rich.summaries = { en: story.summary, de: [{ text: 'Die Brücke wurde am Montag eröffnet.', article: story.articles[0], outlet: 'Hafenblatt' }] };
    await desk.route('**/api/stories/' + sid, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(rich) }));
    await desk.goto(base + '?refresh=60#story/' + sid);
    await desk.waitForSelector('.timeline .event');
    const ev = await desk.$$eval('.timeline .event', (n) => n.map((x) => x.querySelector('.date').textContent));
    check(JSON.stringify(ev) === JSON.stringify(['2021-03-03', '2025-11-24', '2025-12-15']),
      'timeline: every event with its date, in order', ev);
    const evSrc = await desk.$$eval('.timeline .event', (n) => n.map((x) => (x.querySelector('.count') || {}).textContent || ''));
    check(evSrc[0] === '2 sources' && evSrc[1] === '3 sources' && evSrc[2] === '', 'timeline: source counts of events', evSrc);
    const dis = await desk.$$eval('.fact', (n) => n.map((x) => !!x.querySelector('.disagree')));
    check(JSON.stringify(dis) === '[true,true,false]', 'facts: "sources disagree" on the two disputed values only', dis);
    const nb = await desk.$$eval('svg.coverage rect.bar', (n) => n.length);
    check(nb === 7, 'coverage: one bar per hour with articles (7 of 12)', nb);
    check((await desk.textContent('.entities')).includes('Anna Berg'), 'entities listed');
    const other = await desk.$$eval('.summary details.summary-other', (n) => n.map((x) => x.dataset.lang + '|' + x.textContent));
    const mainSents = await desk.$$eval('.summary > .sentence', (n) => n.length);
    check(other.length === 1 && other[0].startsWith('de|') && other[0].includes('Die Brücke wurde am Montag eröffnet.') &&
      mainSents === story.summary.length, 'story page: the summary in another language folds away below the main one', other);
    await desk.screenshot({ path: path.join(OUT, 'web-story-rich-desktop.png'), fullPage: true });
    await desk.unroute('**/api/stories/' + sid);
    await desk.goto(base + '?refresh=1');
    await desk.waitForSelector('#list .story');

    // ---- search --------------------------------------------------
    await desk.fill('#q', 'ferry');
    await desk.press('#q', 'Enter');
    await desk.waitForSelector('#page mark');
    const marks = await desk.$$eval('#page mark', (n) => n.map((x) => x.textContent.toLowerCase()));
    check(marks.length >= 1 && marks.every((m) => m === 'ferry'), 'search highlights the matches', marks);

    // ---- feeds panel ---------------------------------------------
    for (let i = 0; i < 100 && !(await api(port, '/api/feeds')).passes; i++) await new Promise((r) => setTimeout(r, 100));
    await desk.click('#nav-feeds');
    await desk.waitForSelector('.feed');
    const feed = await desk.textContent('.feed');
    check(feed.includes('http://127.0.0.1:9/news.xml') && feed.includes('error') && feed.includes('last success never'),
      'feeds panel: the unreachable feed with its error', feed);
    await desk.screenshot({ path: path.join(OUT, 'web-feeds-desktop.png'), fullPage: true });

    // ---- a phone -------------------------------------------------
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    phone.setDefaultTimeout(10000);
    phone.on('pageerror', (e) => errors.push(String(e)));
    await phone.goto(base + '?refresh=1');
    await phone.waitForSelector('.story');
    const wide = await phone.evaluate(() => document.documentElement.scrollWidth);
    check(wide <= 390, 'phone: nothing wider than the screen', wide);
    await phone.screenshot({ path: path.join(OUT, 'web-front-phone.png') });

    // Live refresh: a new article arrives while the reader is down the
    // list; it appears, marked new, and the story on screen stays put.
    await phone.evaluate(() => window.scrollTo(0, 500));
    await phone.waitForTimeout(300);
    const before = await phone.evaluate(() => {
      for (const c of document.querySelectorAll('#list .story')) {
        const r = c.getBoundingClientRect();
        if (r.bottom > 0) return { id: c.dataset.id, top: r.top };
      }
      return null;
    });
    const doc = { title: 'Ferry operator adds a night crossing', lang: 'en', date: '2025-11-24T16:00:00Z',
      source: 'Coast Daily', text: 'The operator will add a night crossing from 1 December 2025. Tickets cost 12 euros.' };
    const put = await request(port, 'PUT', '/night-ferry.json', JSON.stringify(doc), { 'Content-Type': 'application/json' });
    check(put.status === 201, 'PUT of a new article', put.status);
    await phone.waitForFunction(() => [...document.querySelectorAll('#list .story .title')]
      .some((t) => t.textContent === 'Ferry operator adds a night crossing'), null, { timeout: 8000 });
    const after = await phone.evaluate((id) => {
      const c = document.querySelector('#list .story[data-id="' + id + '"]');
      return c ? c.getBoundingClientRect().top : null;
    }, before.id);
    check(after !== null && Math.abs(after - before.top) <= 2, 'live refresh keeps the reader\'s place', [before, after]);
    const isNew = await phone.$$eval('#list .story', (n) => n.filter((c) => c.querySelector('.badge.new'))
      .map((c) => c.querySelector('.title').textContent));
    check(isNew.length === 1 && isNew[0] === 'Ferry operator adds a night crossing', 'the new story is marked new', isNew);

    // Markup in a headline is shown as text, never run.
    const bad = { title: '<img src=x onerror="window.pwned=1"> Tag soup headline', lang: 'en', text: 'Markup in a title stays text.' };
    await request(port, 'PUT', '/tagsoup.json', JSON.stringify(bad), { 'Content-Type': 'application/json' });
    await phone.waitForFunction(() => /Tag soup headline/.test(document.getElementById('list').textContent), null, { timeout: 8000 });
    check(!(await phone.evaluate(() => window.pwned)) && (await phone.$$('#list img')).length === 0,
      'markup in titles is shown as text');

    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.click('text=' + bridge.title);
    await phone.waitForSelector('.facts');
    const wide2 = await phone.evaluate(() => document.documentElement.scrollWidth);
    check(wide2 <= 390, 'phone: the story page fits the screen', wide2);
    await phone.screenshot({ path: path.join(OUT, 'web-story-phone.png'), fullPage: true });
    await phone.click('#nav-feeds');
    await phone.waitForSelector('.feed');
    const wide3 = await phone.evaluate(() => document.documentElement.scrollWidth);
    check(wide3 <= 390, 'phone: the feeds panel fits the screen', wide3);
    check(errors.length === 0, 'no script errors', errors);
  } finally {
    if (browser) await browser.close().catch(() => {});
    srv.proc.kill('SIGTERM');
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const deadline = setTimeout(() => {
  console.log('FAIL the browser test took more than 120 s');
  console.log('web: ' + passed + ' passed, ' + (failed + 1) + ' failed');
  process.exit(1);
}, 120000);
main().catch((e) => {
  failed++;
  console.log('FAIL ' + (e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e));
}).finally(() => {
  clearTimeout(deadline);
  console.log('web: ' + passed + ' passed, ' + failed + ' failed');
  process.exit(failed ? 1 : 0);
});
