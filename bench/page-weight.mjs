// Bytes a phone downloads for each respondent page, measured by Chromium itself: headless /usr/bin/chromium driven
// over the DevTools protocol on a pipe (--remote-debugging-pipe, so node needs no WebSocket client), viewport
// 360 x 740, every request of the page (HTML, CSS, JS, fonts, images, htmx requests after load) summed from
// Network.loadingFinished's encodedDataLength (compressed body + headers, as it came over the wire).
//
// First view: browser cache emptied just before (the session cookie is kept). Repeat view: the same browser, cache
// warm, the page opened again by a normal navigation from another page (what a tap on a link does; not a reload).
//
// Usage: node bench/page-weight.mjs BASE_URL EMAIL PASSWORD     (prints a table and JSON lines on stdout)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, email, password] = process.argv.slice(2);
const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'page-weight-'));
const browser = spawn(chromium, ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
	'--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
	'--disable-extensions', `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'],
	{ stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
const toBrowser = browser.stdio[3];
const fromBrowser = browser.stdio[4];

let nextId = 1;
const pending = new Map();
const listeners = [];
let buffer = Buffer.alloc(0);
fromBrowser.on('data', chunk => {
	buffer = Buffer.concat([buffer, chunk]);
	let end;
	while ((end = buffer.indexOf(0)) >= 0) {
		const message = JSON.parse(buffer.subarray(0, end).toString('utf8'));
		buffer = buffer.subarray(end + 1);
		if (message.id && pending.has(message.id)) {
			const { resolve, reject } = pending.get(message.id);
			pending.delete(message.id);
			message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result);
		}
		else if (message.method) {
			listeners.forEach(listener => listener(message));
		}
	}
});
function send(method, params = {}, sessionId) {
	const id = nextId++;
	toBrowser.write(JSON.stringify({ id, method, params, sessionId }) + '\0');
	return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
const page = (method, params) => send(method, params, sessionId);
await page('Network.enable');
await page('Page.enable');
await page('Runtime.enable');
await page('Emulation.setDeviceMetricsOverride', { width: 360, height: 740, deviceScaleFactor: 2, mobile: true });

// Requests of the current view: url -> bytes; counted from requestWillBeSent to loadingFinished/Failed.
let view = null;
listeners.push(({ method, params, sessionId: from }) => {
	if (from !== sessionId || !view) return;
	if (method === 'Network.requestWillBeSent' && params.request.url.startsWith('data:')) return;
	if (method === 'Network.requestWillBeSent') {
		view.inflight.add(params.requestId);
		view.urls.set(params.requestId, params.request.url);
		view.lastActivity = Date.now();
	}
	else if (method === 'Network.requestServedFromCache') {
		view.fromCache.add(params.requestId);
	}
	else if (method === 'Network.responseReceived') {
		if (params.response.fromDiskCache || params.response.fromPrefetchCache) view.fromCache.add(params.requestId);
	}
	else if (method === 'Network.loadingFinished' || method === 'Network.loadingFailed') {
		if (!view.urls.has(params.requestId)) return;
		view.inflight.delete(params.requestId);
		view.lastActivity = Date.now();
		const bytes = method === 'Network.loadingFinished' ? params.encodedDataLength : 0;
		view.requests.push({ url: view.urls.get(params.requestId), bytes, cached: view.fromCache.has(params.requestId),
			failed: method === 'Network.loadingFailed' });
	}
	else if (method === 'Page.loadEventFired') {
		view.loaded = true;
		view.lastActivity = Date.now();
	}
});

// Opens a URL and waits for the load event and then for the network to be quiet for 1 s (htmx requests after load).
async function open(url) {
	view = { inflight: new Set(), urls: new Map(), fromCache: new Set(), requests: [], loaded: false, lastActivity: Date.now() };
	await page('Page.navigate', { url, transitionType: 'link' });
	const deadline = Date.now() + 60000;
	while (Date.now() < deadline && !(view.loaded && view.inflight.size === 0 && Date.now() - view.lastActivity > 1000)) {
		await sleep(100);
	}
	const finished = view;
	view = null;
	const location = await page('Runtime.evaluate', { expression: 'location.pathname', returnByValue: true });
	const transferred = finished.requests.reduce((sum, request) => sum + request.bytes, 0);
	return { path: location.result.value, transferred, requests: finished.requests,
		network: finished.requests.filter(request => request.bytes > 0).length };
}
async function evaluate(expression) {
	const result = await page('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
	return result.result.value;
}

// Sign in through the login form, as a person does.
await open(`${base}/login`);
await evaluate(`(() => { document.querySelector('[name=username]').value = ${JSON.stringify(email)};
	document.querySelector('[name=password]').value = ${JSON.stringify(password)};
	document.querySelector('form[action$="/login"]').submit(); })()`);
await sleep(3000);
const home = await open(`${base}/respondent`);
if (home.path !== '/respondent') throw new Error(`sign-in failed, landed on ${home.path}`);
const links = await evaluate(`[...new Set(document.documentElement.outerHTML.match(/\\/respondent\\/submissions\\/\\d+\\/indicators\\/\\d+/g) || [])]`);
if (!links.length) throw new Error('no questionnaire link on /respondent');
const submission = links[0].split('/')[3];

const pages = [
	['Beranda responden', '/respondent'],
	['Aspek pertama (kartu)', links[0]],
	['Aspek terbesar (kartu)', null],
	['Pustaka bukti dukung', '/evidence'],
	['Periksa sebelum kirim', `/respondent/submissions/${submission}/confirm`],
];
// The aspect with the most question cards is the heaviest questionnaire page.
// Visit every aspect (each page links its neighbours) and keep the one with the most cards.
const aspects = [...links];
let largest = links[0], mostCards = -1;
for (let i = 0; i < aspects.length; i++) {
	await open(base + aspects[i]);
	const cards = await evaluate(`document.querySelectorAll('form.answer-form').length`);
	if (cards > mostCards) { mostCards = cards; largest = aspects[i]; }
	const found = await evaluate(`[...new Set(document.documentElement.outerHTML.match(/\\/respondent\\/submissions\\/\\d+\\/indicators\\/\\d+/g) || [])]`);
	found.filter(link => !aspects.includes(link)).forEach(link => aspects.push(link));
}
pages[2][1] = largest;

const rows = [];
for (const [name, path] of pages) {
	await page('Network.clearBrowserCache');
	const first = await open(base + path);
	await open(base + (path === '/respondent' ? '/evidence' : '/respondent'));
	const repeat = await open(base + path);
	const cards = await evaluate(`document.querySelectorAll('form.answer-form').length`);
	rows.push({ name, path, cards, first, repeat });
	console.log(JSON.stringify({ page: name, path, landed: first.path, cards, firstBytes: first.transferred,
		firstRequests: first.requests.length, repeatBytes: repeat.transferred, repeatRequests: repeat.requests.length,
		repeatOverNetwork: repeat.requests.filter(r => r.bytes > 0).map(r => `${r.url.replace(base, '')} ${r.bytes}`),
		firstDetail: first.requests.map(r => `${r.url.replace(base, '')} ${r.bytes}`) }));
}

const kb = bytes => (bytes / 1000).toFixed(1);
const questionnaire = row => row.path.includes('/indicators/');
console.log(`aspect pages seen: ${aspects.length}, the largest has ${mostCards} cards`);
console.log('');
console.log('Page (360 px)                  | Cards | First view KB | Requests | Repeat view KB | Over network / from cache | Budget');
console.log('-------------------------------|-------|---------------|----------|----------------|---------------------------|-------');
let failed = false;
for (const row of rows) {
	let budget = '-';
	if (questionnaire(row)) {
		const met = row.first.transferred <= 150000 && row.repeat.transferred <= 30000;
		failed ||= !met;
		budget = `${met ? 'met' : 'NOT met'} (≤150 / ≤30)`;
	}
	const cached = row.repeat.requests.length - row.repeat.network;
	console.log(`${row.name.padEnd(30)} | ${String(row.cards).padStart(5)} | ${kb(row.first.transferred).padStart(13)} | `
		+ `${String(row.first.requests.length).padStart(8)} | ${kb(row.repeat.transferred).padStart(14)} | `
		+ `${`${row.repeat.network} / ${cached}`.padStart(25)} | ${budget}`);
}
console.log('KB = 1000 bytes as transferred (compressed body + response headers).');
const exited = new Promise(resolve => browser.once('exit', resolve));
browser.kill();
await exited;
rmSync(profile, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
