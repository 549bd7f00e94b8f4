// The browser walk: logs in through the form, plays every episode of every game the /games page
// lists (level 1 by keyboard alone, plus one level-3 run per game with locator filling), runs
// axe-core on every distinct screen, takes screenshots, visits the pages of the other roles, and
// prints a summary. Exits non-zero on any failure. run.sh starts the server and sets DIGIFIT_URL.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const BASE = (process.env.DIGIFIT_URL ?? '').replace(/\/$/, '');
if (!BASE) {
  console.error('walk.mjs: set DIGIFIT_URL (run.sh does)');
  process.exit(2);
}
const ARTIFACTS = process.env.E2E_ARTIFACTS ?? path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');
const LEVEL3 = process.env.E2E_LEVEL3 !== '0';
// Layout findings (sideways scrolling and squeezed controls at 360 px) are warnings unless this is set.
const STRICT_LAYOUT = process.env.E2E_STRICT_LAYOUT === '1';
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 360, height: 800 };
const MAX_STEPS = 40; // per episode; the bundled episodes take well under 20
const MAX_TABS = 400; // per keyboard pass over one page
const NAV_TIMEOUT = 20_000;

// The 12 widget kinds of the game contract and the markup templates/widgets/*.html gives them.
const WIDGET_KINDS = {
  heading: '.widget-heading',
  text: '.widget-text',
  image: '.widget-image',
  choice: '.widget-choice',
  'text-input': '.widget-text-input',
  ordering: '.widget-ordering',
  categorise: '.widget-categorise',
  'mail-inbox': '.widget-inbox',
  'file-explorer': '.widget-files',
  dialogue: '.widget-dialogue',
  feedback: '.widget-feedback',
  buttons: '.widget-buttons',
};

const failures = [];
const warnings = [];
const violations = [];
const screens = new Set();
const widgetKindsSeen = new Map(); // kind → first screen it was seen on
const kindsSeenPerGame = new Set(); // "plugin:kind" pairs already shot at 360 px
let focusStops = 0; // keyboard focus stops checked for a visible focus indicator
const played = []; // { game, episode, level, mode, steps, score }
const emptyProbes = []; // what each game did with an empty answer
const startedAt = Date.now();

function fail(message) {
  failures.push(message);
  console.log(`  FAIL ${message}`);
}

const warningKeys = new Set();
// Records a warning once per `key` (the same layout problem on the same page counts once).
function warn(message, key = message) {
  if (warningKeys.has(key)) return;
  warningKeys.add(key);
  warnings.push(message);
  console.log(`  warn ${message}`);
}

const pad = (n) => String(n).padStart(2, '0');
const slug = (text) => text.replace(/^\/+/, '').replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_*$/, 'home') || 'home';

// ---------------------------------------------------------------------------------------------
// Browser, contexts and the watchers that turn HTTP errors and console errors into failures.

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true, // Playwright passes --headless and a fresh, temporary --user-data-dir itself
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

// When the browser goes away (run.sh's timeout sends SIGTERM, or Chromium crashes), stop walking
// instead of failing every remaining episode one by one.
let browserGone = false;
browser.on('disconnected', () => {
  browserGone = true;
});
process.once('SIGTERM', () => fail('stopped by SIGTERM (run.sh timeout, see E2E_TIMEOUT)'));
function stopIfBrowserGone() {
  if (browserGone) throw new Error('the browser is gone');
}

// A fresh context (own cookies) with one page whose responses and console are watched.
//
// The site's CSP (`default-src 'self'`) forbids inline script, and `page.addScriptTag({path})`
// injects axe as an inline script. Instead of `bypassCSP: true` (which would switch the CSP off
// for the whole walk, so a template that broke the CSP would go unnoticed), axe is served from
// a same-origin URL that this context answers itself (`context.route`); the CSP allows
// same-origin scripts, stays enforced, and any CSP violation shows up as a console error.
async function newWatchedPage(label) {
  const context = await browser.newContext({ viewport: WIDE, locale: 'de-DE', baseURL: BASE });
  await context.route(`${BASE}/__e2e__/axe.min.js`, (route) =>
    route.fulfill({ path: AXE_PATH, contentType: 'application/javascript; charset=utf-8' }),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(NAV_TIMEOUT);
  page.setDefaultNavigationTimeout(NAV_TIMEOUT);
  // Statuses the current operation expects (the 404 probe, a game's 422 "please answer").
  page.allowedStatuses = new Set();
  page.on('response', (response) => {
    const status = response.status();
    if (status < 400) return;
    const request = response.request();
    const url = response.url();
    if (page.allowedStatuses.has(status)) return;
    // A game answers an incomplete form with 422 and an .error-summary; the step loop judges
    // that (it fails only when the summary persists after two different attempts).
    if (status === 422 && request.method() === 'POST' && /\/games\/sessions\/\d+$/.test(url)) return;
    fail(`[${label}] HTTP ${status} for ${request.method()} ${url}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // A navigation that replaces the page aborts its pending subresource loads; not an error.
    if (reason === 'net::ERR_ABORTED' && request.resourceType() !== 'document') return;
    fail(`[${label}] request failed: ${request.method()} ${request.url()} (${reason})`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const status = /status of (\d{3})/.exec(text);
    if (status && (page.allowedStatuses.has(Number(status[1])) || status[1] === '422')) return;
    fail(`[${label}] console error on ${page.url()}: ${text}`);
  });
  page.on('pageerror', (error) => fail(`[${label}] page error on ${page.url()}: ${error.message}`));
  return { context, page };
}

// Runs an action that loads a new document (a form submit, a link) and waits for its load.
async function loadBy(page, action) {
  const loaded = page.waitForEvent('load', { timeout: NAV_TIMEOUT });
  await action();
  await loaded;
}

async function goto(page, url, expectedStatus = 200) {
  const response = await page.goto(url, { waitUntil: 'load' });
  const status = response?.status();
  if (status !== expectedStatus) fail(`GET ${url} answered ${status}, expected ${expectedStatus}`);
  return response;
}

// ---------------------------------------------------------------------------------------------
// Screens: axe-core, screenshots at 1280 px (and 360 px where asked), widget kinds.

async function runAxe(page, name) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ url: '/__e2e__/axe.min.js' });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  for (const violation of result.violations) {
    for (const node of violation.nodes) {
      const entry = {
        screen: name,
        url: page.url(),
        rule: violation.id,
        impact: node.impact ?? violation.impact,
        target: node.target.map(String).join(' '),
        html: node.html.slice(0, 200),
        summary: node.failureSummary?.split('\n').slice(0, 3).join(' / '),
      };
      violations.push(entry);
      console.log(`  AXE ${entry.rule} (${entry.impact}) at ${entry.target} on ${entry.url}\n      ${entry.html}\n      ${entry.summary}`);
    }
  }
}

async function screenshot(page, name, viewport) {
  const where = `${name} (${new URL(page.url()).pathname})`;
  if (viewport !== WIDE) await page.setViewportSize(viewport);
  try {
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${viewport.width}.png`), fullPage: true });
    if (viewport === NARROW) {
      // WCAG 1.4.10 (reflow) is not an axe rule: report a page that scrolls sideways at 360 px.
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return null;
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.table-scroll'))
          .filter((el) => ![...el.children].some((child) => child.getBoundingClientRect().right > width + 1))
          .slice(0, 3)
          .map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.className ? `.${String(el.className).split(' ').join('.')}` : ''));
        return { scrollWidth: document.documentElement.scrollWidth, width, wide };
      });
      if (overflow) {
        warn(`${where} scrolls sideways at 360 px (${overflow.scrollWidth} px wide): ${overflow.wide.join(', ')}`, `overflow ${page.url()} ${overflow.wide}`);
      }
      // Radios and checkboxes that a long label squeezes below the size the stylesheet gives them.
      const squeezed = await page.evaluate(() =>
        [...document.querySelectorAll('input[type=radio], input[type=checkbox]')]
          // The stylesheet makes them square; a flex row squeezes only the width.
          .map((input) => ({ input, rendered: input.getBoundingClientRect().width, wanted: input.getBoundingClientRect().height }))
          .filter(({ input, rendered, wanted }) => input.offsetParent && rendered + 1 < wanted)
          .map(({ input, rendered, wanted }) => `#${input.id} ${rendered.toFixed(0)}px of ${wanted.toFixed(0)}px`),
      );
      if (squeezed.length) warn(`${where} at 360 px squeezes ${squeezed.length} radio/checkbox controls: ${squeezed.slice(0, 3).join(', ')}${squeezed.length > 3 ? ', …' : ''}`, `squeezed ${page.url()} ${squeezed}`);
    }
  } finally {
    if (viewport !== WIDE) await page.setViewportSize(WIDE);
  }
}

// Checks a screen once: axe, a 1280 px screenshot, and a 360 px one when `narrow`.
async function checkScreen(page, name, { narrow = false } = {}) {
  if (screens.has(name)) return;
  screens.add(name);
  await runAxe(page, name);
  await screenshot(page, name, WIDE);
  if (narrow) await screenshot(page, name, NARROW);
}

async function widgetKindsOn(page) {
  return page.evaluate((kinds) => {
    const form = document.querySelector('form.game-form');
    if (!form) return [];
    return Object.entries(kinds)
      .filter(([, selector]) => form.querySelector(selector))
      .map(([kind]) => kind);
  }, WIDGET_KINDS);
}

// ---------------------------------------------------------------------------------------------
// Answering a game view. Both ways answer generically from the markup of templates/widgets:
// one radio per group, one checkbox per group, a real option in every select of categorise,
// mail-inbox and file-explorer, the first two ordering items swapped, text in every text field,
// then the primary button (or, in a dialogue, a reply).

// What the form asks for, read from the page (no interaction).
async function describeForm(page, variant) {
  return page.evaluate((variant) => {
    const form = document.querySelector('form.game-form');
    if (!form) return null;
    const groups = new Map();
    for (const input of form.querySelectorAll('input[type=radio], input[type=checkbox]')) {
      const key = `${input.type}:${input.name}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(input.id);
    }
    const fields = [];
    for (const [key, ids] of groups) {
      fields.push({ key, kind: key.split(':')[0], name: key.slice(key.indexOf(':') + 1), targetId: ids[variant % ids.length] });
    }
    for (const select of form.querySelectorAll('select')) {
      const options = [...select.options].map((option) => option.value);
      if (select.closest('.widget-ordering')) continue; // handled below
      const real = options.filter((value) => value !== '');
      if (real.length === 0) continue;
      fields.push({ key: `select:${select.id}`, kind: 'select', id: select.id, target: real[variant % real.length] });
    }
    for (const fieldset of form.querySelectorAll('.widget-ordering')) {
      const selects = [...fieldset.querySelectorAll('select')];
      if (selects.length < 2) continue;
      // Swap the first two positions: still a valid order, and it proves the selects operate.
      fields.push({ key: `select:${selects[0].id}`, kind: 'select', id: selects[0].id, target: selects[1].value, ordering: true });
      fields.push({ key: `select:${selects[1].id}`, kind: 'select', id: selects[1].id, target: selects[0].value, ordering: true });
    }
    const texts = [
      'Ich prüfe zuerst den Absender und frage im Zweifel bei der IT nach.',
      'Sonnenblume Fahrradklingel Teekanne 27',
    ];
    for (const text of form.querySelectorAll('input[type=text], textarea')) {
      const max = Number(text.getAttribute('maxlength')) || 200;
      fields.push({ key: `text:${text.id}`, kind: 'text', id: text.id, text: texts[variant % texts.length].slice(0, max) });
    }
    const replies = [...form.querySelectorAll('.widget-dialogue .replies button[name=button]')];
    const primary = form.querySelector('.widget-buttons button[name=button]:not(.secondary)');
    const anySubmit = form.querySelector('button[type=submit]');
    const target = replies.length ? replies[variant % replies.length] : primary ?? anySubmit;
    return {
      fields,
      submit: target ? { name: target.name, value: target.value, label: target.textContent.trim() } : null,
    };
  }, variant);
}

// What has focus now.
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const group = el.type === 'radio' || el.type === 'checkbox'
      ? [...document.getElementsByName(el.name)].filter((input) => input.type === el.type)
      : [];
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type ?? '',
      id: el.id ?? '',
      name: el.getAttribute('name') ?? '',
      value: el.value ?? '',
      checked: !!el.checked,
      groupChecked: group.filter((input) => input.checked).map((input) => input.id),
      inGame: !!el.closest('form.game-form'),
      open: el.tagName === 'SUMMARY' ? el.parentElement.open : undefined,
      className: typeof el.className === 'string' ? el.className : '',
      text: (el.textContent ?? '').trim().slice(0, 60),
      // WCAG 2.4.7: the focused control must show a focus indicator (outline or box shadow).
      focusVisible: (() => {
        const style = getComputedStyle(el);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      })(),
      describe: el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.getAttribute('name') ? `[name="${el.getAttribute('name')}"]` : ''),
    };
  });
}

const focusProblems = new Set();
function checkFocusVisible(page, info) {
  if (info) focusStops += 1;
  if (!info || info.focusVisible || info.id === 'main') return; // <main> gets focus only from the skip link
  const key = `${new URL(page.url()).pathname.replace(/\d+/g, '{id}')} ${info.describe.replace(/#w-.*/, '#w-…')}`;
  if (focusProblems.has(key)) return;
  focusProblems.add(key);
  fail(`no visible focus indicator on ${info.describe} at ${page.url()}`);
}

// Answers the view and submits it with the keyboard alone: Tab / Shift+Tab to move, Space for
// radios and checkboxes, arrow keys for radio groups and selects, typing for text, Enter to
// open a mail and to press the button. Returns a reason when it could not.
async function answerByKeyboard(page, plan) {
  const pending = new Map(plan.fields.map((field) => [field.key, field]));
  const isSubmit = (info) => info && info.inGame && info.tag === 'button' && info.name === plan.submit.name && info.value === plan.submit.value;

  // Start at the top: the skip link must move focus to <main>.
  await page.keyboard.press('Tab');
  const first = await focused(page);
  if (first?.className.includes('skip-link')) {
    await page.keyboard.press('Enter');
    const after = await focused(page);
    if (after?.id !== 'main') warn(`skip link on ${page.url()} did not move focus to main (focus: ${JSON.stringify(after)})`);
  }

  for (let direction of ['Tab', 'Shift+Tab']) {
    for (let presses = 0; presses < MAX_TABS; presses++) {
      await page.keyboard.press(direction);
      const info = await focused(page);
      checkFocusVisible(page, info);
      if (!info || !info.inGame) continue;
      if (info.tag === 'summary' && info.open === false) {
        await page.keyboard.press('Enter'); // open the mail, as a reader would
        continue;
      }
      if ((info.type === 'radio' || info.type === 'checkbox') && pending.has(`${info.type}:${info.name}`)) {
        const field = pending.get(`${info.type}:${info.name}`);
        if (info.type === 'radio') {
          // Tab lands on the group's first radio; Space checks it, ArrowDown moves the choice.
          await page.keyboard.press('Space');
          for (let i = 0; i < 20; i++) {
            const now = await focused(page);
            if (now.groupChecked.includes(field.targetId)) break;
            await page.keyboard.press('ArrowDown');
          }
        } else {
          // Tab visits each checkbox; Space on the chosen one.
          if (info.id !== field.targetId) continue;
          await page.keyboard.press('Space');
        }
        const now = await focused(page);
        if (!now.groupChecked.length) return `Space/arrows did not check ${info.type} group "${info.name}"`;
        pending.delete(field.key);
        continue;
      }
      if (info.tag === 'select' && pending.has(`select:${info.id}`)) {
        const field = pending.get(`select:${info.id}`);
        // On a closed select the arrow keys change the value; find the direction first.
        const options = await page.evaluate(() => [...document.activeElement.options].map((o) => o.value));
        for (let i = 0; i < options.length + 2; i++) {
          const now = await focused(page);
          if (now.value === field.target) break;
          const goDown = options.indexOf(field.target) > options.indexOf(now.value);
          await page.keyboard.press(goDown ? 'ArrowDown' : 'ArrowUp');
        }
        const now = await focused(page);
        if (now.value !== field.target) return `arrow keys did not set select #${info.id} to "${field.target}" (it has "${now.value}")`;
        pending.delete(field.key);
        continue;
      }
      if ((info.tag === 'textarea' || (info.tag === 'input' && info.type === 'text')) && pending.has(`text:${info.id}`)) {
        const field = pending.get(`text:${info.id}`);
        await page.keyboard.type(field.text);
        pending.delete(field.key);
        continue;
      }
      if (isSubmit(info) && pending.size === 0) {
        await loadBy(page, () => page.keyboard.press('Enter'));
        return null;
      }
    }
    if (pending.size) break; // a full forward pass could not reach every field
  }
  if (pending.size) return `could not reach by Tab: ${[...pending.keys()].join(', ')}`;
  return `could not reach the button "${plan.submit.label}" by Tab`;
}

// Answers the view through locators (fill, check, selectOption) and clicks the button.
async function answerByLocators(page, plan) {
  for (const field of plan.fields) {
    if (field.kind === 'radio' || field.kind === 'checkbox') await page.locator(`[id="${field.targetId}"]`).check();
    else if (field.kind === 'select') await page.locator(`[id="${field.id}"]`).selectOption(field.target);
    else if (field.kind === 'text') await page.locator(`[id="${field.id}"]`).fill(field.text);
  }
  const button = page.locator(`form.game-form button[name="${plan.submit.name}"][value="${plan.submit.value}"]`);
  await loadBy(page, () => button.click());
  return null;
}

// ---------------------------------------------------------------------------------------------
// Games: discovery, starting an episode, playing it to the outcome.

async function discoverGames(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('section.game')].map((section) => ({
      name: section.querySelector('h2')?.textContent.trim(),
      episodes: [...section.querySelectorAll('form[action="/games/start"]')].map((form) => ({
        plugin: form.querySelector('input[name=plugin]').value,
        episode: form.querySelector('input[name=episode]').value,
        title: form.closest('li')?.querySelector('h3')?.textContent.trim(),
        levels: [...form.querySelectorAll('select[name=level] option')].map((o) => Number(o.value)),
      })),
    })),
  );
}

async function startEpisode(page, episode, level, mode) {
  await goto(page, '/games');
  const levelSelectId = `level-${episode.plugin}-${episode.episode}`;
  if (mode === 'keyboard') {
    for (let presses = 0; presses < MAX_TABS; presses++) {
      await page.keyboard.press('Tab');
      const info = await focused(page);
      checkFocusVisible(page, info);
      if (!info) continue;
      if (info.tag === 'select' && info.id === levelSelectId) {
        for (let i = 0; i < 10 && Number((await focused(page)).value) !== level; i++) {
          await page.keyboard.press(Number((await focused(page)).value) < level ? 'ArrowDown' : 'ArrowUp');
        }
      }
      const isStart = await page.evaluate(
        ({ plugin, episode }) => {
          const el = document.activeElement;
          const form = el?.closest('form[action="/games/start"]');
          return el?.tagName === 'BUTTON' && !!form
            && form.querySelector('input[name=plugin]').value === plugin
            && form.querySelector('input[name=episode]').value === episode;
        },
        { plugin: episode.plugin, episode: episode.episode },
      );
      if (isStart) {
        await loadBy(page, () => page.keyboard.press('Enter'));
        return;
      }
    }
    throw new Error(`could not reach the start button of ${episode.plugin}/${episode.episode} by Tab`);
  }
  await page.locator(`[id="${levelSelectId}"]`).selectOption(String(level));
  const form = page.locator(`form[action="/games/start"]:has(input[name=plugin][value="${episode.plugin}"]):has(input[name=episode][value="${episode.episode}"])`);
  await loadBy(page, () => form.locator('button[type=submit]').click());
}

async function playEpisode(page, episode, level, mode, probeEmpty = false) {
  const label = `${episode.plugin}/${episode.episode} level ${level} (${mode})`;
  const prefix = level === 1 ? `${episode.plugin}-${episode.episode}` : `${episode.plugin}-${episode.episode}-L${level}`;
  console.log(`- ${label}`);
  try {
    await startEpisode(page, episode, level, mode);
  } catch (error) {
    fail(`${label}: start failed: ${error.message}`);
    return;
  }
  if (!/\/games\/sessions\/\d+$/.test(page.url())) {
    fail(`${label}: start did not lead to a session page (at ${page.url()})`);
    return;
  }
  for (let step = 1; step <= MAX_STEPS; step++) {
    // 360 px screenshots: the first screen of each widget kind in each game.
    const kinds = await widgetKindsOn(page);
    for (const kind of kinds) if (!widgetKindsSeen.has(kind)) widgetKindsSeen.set(kind, `${prefix}-${pad(step)}`);
    const newKinds = kinds.filter((kind) => !kindsSeenPerGame.has(`${episode.plugin}:${kind}`));
    for (const kind of newKinds) kindsSeenPerGame.add(`${episode.plugin}:${kind}`);
    await checkScreen(page, `${prefix}-${pad(step)}`, { narrow: newKinds.length > 0 });

    if (await page.locator('section.outcome').count()) {
      const score = (await page.locator('section.outcome .score').textContent())?.trim();
      played.push({ ...episode, level, mode, steps: step, score });
      console.log(`  outcome after ${step} screens: ${score}`);
      return;
    }
    if (probeEmpty) {
      // Once per game: press the button without answering. The game must refuse with 422 and an
      // .error-summary (that screen is checked too), and the walk then answers for real.
      const plan = await describeForm(page, 0);
      // An ordering always has an answer (its preselected order), so it does not count here.
      if (plan?.submit && plan.fields.some((field) => !field.ordering)) {
        probeEmpty = false;
        const problem = await answerByKeyboard(page, { fields: [], submit: plan.submit });
        if (problem) {
          fail(`${label}: screen ${step} (${page.url()}), empty answer: ${problem}`);
          return;
        }
        const summary = page.locator('.error-summary');
        if (await summary.count()) {
          const message = (await summary.first().textContent())?.trim();
          emptyProbes.push(`${episode.plugin}: refused with "${message}"`);
          console.log(`  empty answer on screen ${step} refused: ${message}`);
          await checkScreen(page, `${prefix}-${pad(step)}-empty`, { narrow: true });
        } else {
          emptyProbes.push(`${episode.plugin}: accepted an empty answer on screen ${step}`);
          warn(`${label}: screen ${step} accepted an empty answer (no .error-summary)`);
          continue;
        }
      }
    }
    let answered = false;
    for (let attempt = 0; attempt < 2 && !answered; attempt++) {
      const plan = await describeForm(page, attempt);
      if (!plan?.submit) {
        fail(`${label}: screen ${step} (${page.url()}) has neither an outcome nor a button`);
        return;
      }
      let problem;
      try {
        problem = mode === 'keyboard' ? await answerByKeyboard(page, plan) : await answerByLocators(page, plan);
      } catch (error) {
        problem = error.message.split('\n')[0];
      }
      if (problem) {
        fail(`${label}: screen ${step} (${page.url()}): ${problem}`);
        return;
      }
      const summary = page.locator('.error-summary');
      if (await summary.count()) {
        const message = (await summary.first().textContent())?.trim();
        await checkScreen(page, `${prefix}-${pad(step)}-error`);
        console.log(`  attempt ${attempt + 1} on screen ${step} got: ${message}`);
        if (attempt === 1) fail(`${label}: screen ${step} (${page.url()}) still shows the error summary after two different answers: ${message}`);
        continue;
      }
      answered = true;
    }
    if (!answered) return;
  }
  fail(`${label}: no outcome after ${MAX_STEPS} screens (${page.url()})`);
}

// ---------------------------------------------------------------------------------------------
// Pages of the roles.

async function login(page, username, password) {
  await goto(page, '/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await loadBy(page, () => page.locator('#password').press('Enter'));
  const url = new URL(page.url());
  if (url.pathname === '/login') throw new Error(`login as ${username} failed (still on /login)`);
  if (!(await page.locator('form[action="/logout"]').count())) throw new Error(`login as ${username}: no logout button after login`);
}

// Visits the pages a role reaches from the navigation and from links on those pages, one page
// per route shape (/admin/users/17 and /admin/users/18 are the same screen), GET links only.
async function walkRole(page, role) {
  const shapes = new Set();
  const queue = ['/'];
  while (queue.length && shapes.size < 30) {
    const pathname = queue.shift();
    const shape = pathname.replace(/\/\d+(?=\/|$)/g, '/{id}');
    if (shapes.has(shape) || pathname.startsWith('/games/sessions')) continue;
    shapes.add(shape);
    await goto(page, pathname);
    await checkScreen(page, `${role}-${slug(shape.replace(/[{}]/g, ''))}`, { narrow: true });
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('nav a[href]:not([download]), main a[href]:not([download])')]
        .map((a) => new URL(a.href, location.href))
        .filter((url) => url.origin === location.origin)
        .map((url) => url.pathname),
    );
    for (const link of links) if (!queue.includes(link)) queue.push(link);
  }
  return [...shapes];
}

// ---------------------------------------------------------------------------------------------
// Flows of the roles beyond playing: the self-assessment, a pilot, the lead's team page.

// Presses Tab until the focused element matches `selector`; fails after MAX_TABS presses.
async function tabTo(page, selector) {
  for (let i = 0; i < MAX_TABS; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} on ${page.url()}`);
}

// The player answers the self-assessment by keyboard alone: Tab into each area's radio group,
// arrow keys to a value, Tab to "save", Enter; the profile then shows the five answers.
async function takeSelfAssessment(page) {
  await goto(page, '/self-assessment');
  await checkScreen(page, 'page-self-assessment', { narrow: true });
  const areas = await page.evaluate(() => [...document.querySelectorAll('fieldset[id^="area-"]')].map((f) => f.id.slice(5)));
  if (areas.length !== 5) fail(`the self-assessment asks about ${areas.length} areas, expected 5`);
  const chosen = {};
  for (const [index, area] of areas.entries()) {
    await tabTo(page, `input[name="area-${area}"]`);
    await page.keyboard.press('Space');
    for (let step = 0; step < index % 5; step += 1) await page.keyboard.press('ArrowDown');
    chosen[area] = await page.evaluate((name) => document.querySelector(`input[name="${name}"]:checked`)?.value, `area-${area}`);
    if (chosen[area] !== String((index % 5) + 1)) fail(`self-assessment area ${area}: the keyboard chose ${chosen[area]}, expected ${(index % 5) + 1}`);
  }
  await tabTo(page, '#self-assessment-save');
  await loadBy(page, () => page.keyboard.press('Enter'));
  await goto(page, '/profile');
  const shown = await page.locator('text=/\\d von 5/').count();
  if (shown < areas.length) fail(`the profile shows ${shown} self-assessed values, expected ${areas.length}`);
  console.log(`  answered by keyboard: ${Object.entries(chosen).map(([a, v]) => `${a}=${v}`).join(' ')}; the profile shows them`);
}

// The game cards /games lists, by plugin id, with whether each is marked as a pilot.
async function gameCards(page) {
  await goto(page, '/games');
  return page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('h2[id^="game-"]')].map((h) => [h.id.slice(5), Boolean(h.querySelector('.badge'))]),
  ));
}

// The admin enables a game for a pilot of one team, by keyboard; a player of that team sees it
// marked as a pilot, the lead (in the location above the team, so outside it) no longer sees it;
// then it goes back to all. (Admins see every game, to try them.)
async function pilotAGame(adminPage, playerPage, plugin, unitName) {
  await goto(adminPage, '/admin/plugins');
  const form = `form[action="/admin/plugins/${plugin}/availability"]`;
  const unit = await adminPage.evaluate(({ form, unitName }) => {
    const label = [...document.querySelectorAll(`${form} label`)].find((l) => l.textContent.trim().endsWith(unitName));
    return label?.htmlFor ?? null;
  }, { form, unitName });
  if (!unit) throw new Error(`no pilot checkbox for ${unitName} at ${plugin}`);
  // Tab enters a radio group at its checked radio ("all"); the arrow key moves on to "pilot".
  await tabTo(adminPage, `${form} input[name="availability"]`);
  await adminPage.keyboard.press('ArrowDown');
  const mode = await adminPage.evaluate((form) => document.querySelector(`${form} input[name="availability"]:checked`)?.value, form);
  if (mode !== 'groups') fail(`the arrow key chose availability ${mode}, expected groups`);
  await tabTo(adminPage, `[id="${unit}"]`);
  await adminPage.keyboard.press('Space');
  await tabTo(adminPage, `${form} button[type="submit"]`);
  await loadBy(adminPage, () => adminPage.keyboard.press('Enter'));
  await checkScreen(adminPage, 'admin-plugins-after-pilot', { narrow: true });
  const player = await gameCards(playerPage);
  const { context: outsiderContext, page: outsiderPage } = await newWatchedPage('lead');
  await login(outsiderPage, 'lead', 'lead');
  const outsider = await gameCards(outsiderPage);
  await outsiderContext.close();
  if (player[plugin] !== true) fail(`after the pilot, the player in ${unitName} sees ${plugin}: ${player[plugin]}, expected it marked as a pilot`);
  if (plugin in outsider) fail(`after the pilot, the lead outside ${unitName} still sees ${plugin}`);
  await checkScreen(playerPage, 'page-games-with-pilot', { narrow: true });
  // Back to everyone, so the rest of the walk sees the demo as it was.
  await goto(adminPage, '/admin/plugins');
  await tabTo(adminPage, `${form} input[name="availability"]`);
  await adminPage.keyboard.press('ArrowUp');
  await tabTo(adminPage, `${form} button[type="submit"]`);
  await loadBy(adminPage, () => adminPage.keyboard.press('Enter'));
  const again = await gameCards(playerPage);
  if (again[plugin] !== false) fail(`${plugin} did not come back for everyone (pilot mark: ${again[plugin]})`);
  console.log(`  ${plugin}: piloted in ${unitName} (its player sees it as a pilot, the lead outside it does not), then back to all`);
}

// The lead's team page: aggregates only, with the CSV for HR.
async function checkTeamPage(page) {
  await goto(page, '/team');
  await checkScreen(page, 'lead-team', { narrow: true });
  const tables = await page.locator('table.team-needs').count();
  if (tables === 0) fail('the lead\'s team page shows no table of training needs');
  const body = await page.locator('main').innerText();
  for (const name of ['Dana Demo', 'Mara Becker', 'Aylin Kaya']) {
    if (body.includes(name)) fail(`the lead's team page names ${name}`);
  }
  const csv = await page.request.get('/team.csv');
  const type = csv.headers()['content-type'] ?? '';
  if (csv.status() !== 200 || !type.startsWith('text/csv')) fail(`/team.csv answered ${csv.status()} ${type}`);
  const rows = (await csv.text()).trim().split('\n').length - 1;
  console.log(`  /team: ${tables} unit tables; /team.csv: ${rows} rows`);
}

// ---------------------------------------------------------------------------------------------
// The walk.

fs.mkdirSync(ARTIFACTS, { recursive: true });
let gamesList = [];
const rolePages = {};
try {
  const { context, page } = await newWatchedPage('demo');

  console.log('\n# player: login, home, games, account, 404');
  await goto(page, '/login');
  await checkScreen(page, 'page-login', { narrow: true });
  await login(page, 'demo', 'demo');
  await checkScreen(page, 'page-home', { narrow: true });
  console.log('\n# player: the self-assessment, by keyboard');
  await takeSelfAssessment(page);
  await goto(page, '/games');
  await checkScreen(page, 'page-games', { narrow: true });
  gamesList = await discoverGames(page);
  if (gamesList.length === 0) fail('/games lists no games');
  for (const game of gamesList) {
    console.log(`  found ${game.name}: ${game.episodes.map((e) => `${e.plugin}/${e.episode} (levels ${e.levels.join(',')})`).join(', ')}`);
    if (game.episodes.length === 0) fail(`game ${game.name} lists no episodes`);
  }
  await goto(page, '/account');
  await checkScreen(page, 'page-account', { narrow: true });
  page.allowedStatuses.add(404);
  await goto(page, '/e2e-this-page-does-not-exist', 404);
  await checkScreen(page, 'page-404', { narrow: true });
  page.allowedStatuses.delete(404);

  console.log('\n# player: every episode at level 1 by keyboard alone');
  for (const game of gamesList) {
    for (const [index, episode] of game.episodes.entries()) {
      const level = episode.levels.includes(1) ? 1 : Math.min(...episode.levels);
      stopIfBrowserGone();
      await playEpisode(page, episode, level, 'keyboard', index === 0);
    }
  }
  if (LEVEL3) {
    console.log('\n# player: one level-3 run per game, answered through locators');
    for (const game of gamesList) {
      const episode = game.episodes[game.episodes.length - 1];
      if (!episode) continue;
      const level = episode.levels.includes(3) ? 3 : Math.max(...episode.levels);
      if (level === 1) continue;
      stopIfBrowserGone();
      await playEpisode(page, episode, level, 'locators');
    }
  }
  await goto(page, '/games');
  await checkScreen(page, 'page-games-after-play', { narrow: true });
  console.log('\n# player: pages reachable from the navigation, after playing');
  rolePages.demo = await walkRole(page, 'demo');
  console.log(`  ${rolePages.demo.join(' ')}`);

  for (const role of ['admin', 'lead', 'facilitator', 'auditor']) {
    console.log(`\n# ${role}: pages reachable from the navigation`);
    const { context: roleContext, page: rolePage } = await newWatchedPage(role);
    await login(rolePage, role, role);
    if (role === 'admin') await pilotAGame(rolePage, page, 'hello-quiz', 'Team U25');
    if (role === 'lead') await checkTeamPage(rolePage);
    rolePages[role] = await walkRole(rolePage, role);
    console.log(`  ${rolePages[role].join(' ')}`);
    await roleContext.close();
  }
  await context.close();
} catch (error) {
  fail(`the walk stopped: ${browserGone ? error.message : error.stack ?? error}`);
} finally {
  await browser.close();
}

// ---------------------------------------------------------------------------------------------
// Summary.

const seconds = ((Date.now() - startedAt) / 1000).toFixed(0);
const episodeCount = gamesList.reduce((n, game) => n + game.episodes.length, 0);
const lines = [];
lines.push('', '==================== e2e summary ====================');
lines.push(`games × episodes: ${gamesList.length} games, ${episodeCount} episodes listed; ${played.length} runs played to the outcome`);
for (const game of gamesList) {
  const runs = played.filter((run) => game.episodes.some((e) => e.plugin === run.plugin && e.episode === run.episode));
  lines.push(`  ${game.name}: ${runs.map((r) => `${r.episode}@L${r.level}/${r.mode === 'keyboard' ? 'kbd' : 'loc'} ${r.steps} screens, ${r.score}`).join('; ') || 'none'}`);
}
lines.push(`keyboard focus stops checked for a visible focus indicator: ${focusStops}`);
lines.push(`empty answers (once per game): ${emptyProbes.join('; ') || 'none'}`);
lines.push(`screens checked with axe (${AXE_TAGS.join(', ')}): ${screens.size}`);
for (const [role, shapes] of Object.entries(rolePages)) lines.push(`  ${role}: ${shapes.join(' ')}`);
lines.push(`axe violations: ${violations.length}`);
const byRule = new Map();
for (const v of violations) byRule.set(v.rule, [...(byRule.get(v.rule) ?? []), v]);
for (const [rule, list] of byRule) {
  lines.push(`  ${rule} (${list[0].impact}): ${list.length} nodes, e.g. ${list[0].target} on ${list[0].url}`);
}
const kinds = Object.keys(WIDGET_KINDS);
lines.push(`widget kinds seen: ${kinds.filter((k) => widgetKindsSeen.has(k)).length} of ${kinds.length}`);
for (const kind of kinds) lines.push(`  ${widgetKindsSeen.has(kind) ? 'seen    ' : 'NOT SEEN'} ${kind}${widgetKindsSeen.has(kind) ? ` (first on ${widgetKindsSeen.get(kind)})` : ''}`);
lines.push(`warnings: ${warnings.length}${STRICT_LAYOUT ? ' (E2E_STRICT_LAYOUT=1: they fail the run)' : ''}`);
for (const w of warnings) lines.push(`  ${w}`);
lines.push(`failures: ${failures.length + (violations.length ? 1 : 0)}`);
for (const f of failures) lines.push(`  ${f}`);
if (violations.length) lines.push(`  ${violations.length} axe violation nodes (listed above)`);
lines.push(`duration: ${seconds} s; screenshots in ${ARTIFACTS}`);
// Every widget kind of the contract must have been rendered by a bundled game.
const unseenKinds = kinds.filter((k) => !widgetKindsSeen.has(k));
if (unseenKinds.length) lines.push(`  widget kinds no bundled game showed: ${unseenKinds.join(', ')}`);
const ok = failures.length === 0 && violations.length === 0 && played.length > 0 && unseenKinds.length === 0 && !(STRICT_LAYOUT && warnings.length);
lines.push(ok ? 'RESULT: PASS' : 'RESULT: FAIL');
console.log(lines.join('\n'));
fs.writeFileSync(path.join(ARTIFACTS, 'summary.txt'), lines.join('\n') + '\n');
fs.writeFileSync(path.join(ARTIFACTS, 'axe-violations.json'), JSON.stringify(violations, null, 2) + '\n');
process.exit(ok ? 0 : 1);
