// Full page loads of every screen in each role's menu, in headless Chromium.
//
//   node pagespeed.js BASE_URL USER[:PASSWORD] [USER[:PASSWORD] ...]   (password defaults to "demo")
//   env: RUNS (default 5), CHROMIUM (default /usr/bin/chromium), EXTRA ("user=/path,user=/path": screens off the menu,
//        e.g. one pupil's page), CONCURRENT (users browsing at once for the load run; 0 skips it)
//
// A "full load" is what a user waits for when they open the address: from the navigation's start until the page's
// load event has fired AND Vaadin has no request of its own in flight (the view is drawn with its data). Each screen
// is opened once to warm up, then RUNS times; the table gives the median and the worst. A benchmark: it prints
// numbers and asserts nothing.
const { chromium } = require('playwright-core');

const [base, ...users] = process.argv.slice(2);
const RUNS = parseInt(process.env.RUNS || '5');
const CONCURRENT = parseInt(process.env.CONCURRENT || '0');
const extra = (process.env.EXTRA || '').split(',').filter(Boolean).map(s => s.split('='));

async function login(browser, user, password, timeout = 30000) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + '/login', { timeout });
  await page.waitForSelector('vaadin-login-form', { timeout });
  await page.fill('input[name="username"]', user);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForURL(u => !u.pathname.startsWith('/login'), { timeout }),
    page.keyboard.press('Enter')]);
  await settled(page, timeout);
  return page;
}

async function settled(page, timeout = 30000) {
  await page.waitForFunction(() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
      && Object.values(window.Vaadin.Flow.clients).length > 0
      && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()), null,
      { timeout, polling: 10 });
}

async function menu(page) {
  return page.$$eval('vaadin-side-nav-item', items => items.map(i => ({ path: i.getAttribute('path'),
      title: (i.textContent || '').trim() })).filter(i => i.path !== null));
}

async function load(page, path) {
  const t0 = Date.now();
  await page.goto(base + '/' + path.replace(/^\//, ''), { waitUntil: 'load', timeout: 30000 });
  await settled(page);
  const error = await page.$('text=/Er ging iets mis|Internal Server Error|Geen toegang/');
  return { ms: Date.now() - t0, error: error !== null };
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox'] });
  const rows = [];
  const screensOf = {};
  for (const spec of users) {
    const [user, password = 'demo'] = spec.split(':');
    const page = await login(browser, user, password);
    const screens = (await menu(page)).concat(extra.filter(([u]) => u === user).map(([, p]) => ({ path: p, title: p })));
    screensOf[user] = { password, screens };
    for (const s of screens) {
      await load(page, s.path);
      const times = [];
      let error = false;
      for (let i = 0; i < RUNS; i++) {
        const r = await load(page, s.path);
        times.push(r.ms);
        error = error || r.error;
      }
      rows.push([user, s.title, '/' + s.path.replace(/^\//, ''), median(times), Math.max(...times), error ? 'FOUT' : '']);
    }
    await page.context().close();
  }
  console.log('| login | screen | path | median ms | worst ms | |');
  console.log('|---|---|---|---:|---:|---|');
  rows.forEach(r => console.log('| ' + r.join(' | ') + ' |'));
  if (CONCURRENT > 0) {
    // CONCURRENT users at once, each walking its role's screens twice; the worst single load counts. They log in
    // one after the other first (untimed, with a generous wait): twenty logins in the same second measure the login
    // page, not browsing, and on a loaded machine they outlast any page's timeout.
    const names = Object.keys(screensOf);
    const pages = [];
    for (let i = 0; i < CONCURRENT; i++) {
      const user = names[i % names.length];
      pages.push({ user, page: await login(browser, user, screensOf[user].password, 120000) });
    }
    const walkers = pages.map(async ({ user, page }) => {
      const times = [];
      let failed = 0;
      for (let round = 0; round < 2; round++) {
        for (const s of screensOf[user].screens) {
          // a load that fails (a timeout, an error page) counts, and the walk goes on
          const t0 = Date.now();
          try {
            const r = await load(page, s.path);
            times.push(r.ms);
            failed += r.error ? 1 : 0;
          } catch (e) {
            times.push(Date.now() - t0);
            failed++;
            console.error(`${user} ${s.path}: ${e.message.split('\n')[0]}`);
          }
        }
      }
      await page.context().close();
      return { times, failed };
    });
    const results = await Promise.all(walkers);
    const all = results.flatMap(r => r.times);
    const failed = results.reduce((n, r) => n + r.failed, 0);
    console.log(`\n${CONCURRENT} users at once: ${all.length} loads, median ${median(all)} ms, worst ${Math.max(...all)} ms, `
        + `over 2 s: ${all.filter(t => t > 2000).length}, failed: ${failed}`);
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
