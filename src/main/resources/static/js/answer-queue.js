// Answers that are never lost. Every autosave of a questionnaire page is written to this device first (localStorage,
// one key per account and submission) and removed only when the server has answered it. A save that fails (no
// connection, timeout, server error, expired session) stays there, is shown as "not sent yet" on its card and is sent
// again by itself when the connection returns, with the version the answer was based on: a colleague's change in
// between still gives the conflict box. A page opened again puts unsent answers back on their cards and sends them.
// An expired session opens a sign-in box on the page; after signing in the answers are sent. Without script the
// page works as before (each answer has its Save button).
(function () {
	'use strict';

	var RETRY_MS = 15000;

	var root = document.querySelector('[data-answer-queue]');
	if (!root || !window.localStorage) {
		return;
	}
	var key = root.dataset.queueKey;
	var msg = root.dataset;
	var banner = document.getElementById('offline-banner');
	var dialog = document.getElementById('relogin');
	var inFlight = 0;
	var sequence = Date.now();
	var retryTimer = null;
	var sessionExpired = false;

	function load() {
		try {
			return JSON.parse(localStorage.getItem(key) || '{}');
		}
		catch (e) {
			return {};
		}
	}

	function store(entries) {
		if (Object.keys(entries).length === 0) {
			localStorage.removeItem(key);
		}
		else {
			localStorage.setItem(key, JSON.stringify(entries));
		}
	}

	function put(entry) {
		var entries = load();
		entries[entry.code] = entry;
		store(entries);
	}

	function drop(code, seq) {
		var entries = load();
		if (entries[code] && (seq === undefined || entries[code].seq === seq)) {
			delete entries[code];
			store(entries);
		}
	}

	function pending() {
		var entries = load();
		return Object.keys(entries).map(function (code) { return entries[code]; })
			.filter(function (entry) { return entry.state === 'pending'; });
	}

	function formOf(code) {
		return root.querySelector('form.answer-form[data-question="' + code + '"]');
	}

	function statusOf(code) {
		return document.getElementById('status-' + code);
	}

	function clockTime(millis) {
		var date = new Date(millis);
		return ('0' + date.getHours()).slice(-2) + ':' + ('0' + date.getMinutes()).slice(-2);
	}

	function showState(code, text, className, withDiscard) {
		var status = statusOf(code);
		if (!status) {
			return;
		}
		status.textContent = '';
		var line = document.createElement('span');
		line.className = className;
		line.setAttribute('data-save-state', className.indexOf('text-danger') >= 0 ? 'refused' : 'pending');
		line.textContent = text;
		status.appendChild(line);
		if (withDiscard) {
			var discard = document.createElement('button');
			discard.type = 'button';
			discard.className = 'btn btn-link btn-sm p-0 ms-2 align-baseline';
			discard.textContent = msg.msgDiscard;
			discard.addEventListener('click', function () {
				drop(code);
				location.reload();
			});
			status.appendChild(discard);
		}
	}

	function showPending(entry) {
		showState(entry.code, msg.msgPending.replace('{0}', clockTime(entry.at)), 'text-warning-emphasis fw-semibold', false);
	}

	function showRefused(entry) {
		showState(entry.code, msg.msgRefused.replace('{0}', entry.reason || ''), 'text-danger fw-semibold', true);
	}

	function valuesOf(form) {
		return new FormData(form).getAll('value');
	}

	// Puts an answer kept on this device back into its form, as the person left it.
	function restore(form, entry) {
		var version = form.querySelector('input[name=version]');
		if (version) {
			version.value = entry.version || '';
		}
		var inputs = form.querySelectorAll('[name=value]');
		inputs.forEach(function (input) {
			if (input.type === 'radio' || input.type === 'checkbox') {
				input.checked = entry.values.indexOf(input.value) >= 0;
			}
			else {
				input.value = entry.values.length ? entry.values[0] : '';
			}
		});
	}

	function updateBanner() {
		if (!banner) {
			return;
		}
		var count = pending().length;
		var offline = navigator.onLine === false;
		if (count === 0 && !offline) {
			banner.hidden = true;
			return;
		}
		banner.hidden = false;
		banner.querySelector('[data-banner-text]').textContent = sessionExpired ? msg.msgExpired.replace('{0}', count)
			: offline ? msg.msgOffline.replace('{0}', count) : msg.msgWaiting.replace('{0}', count);
		var action = banner.querySelector('[data-banner-relogin]');
		if (action) {
			action.hidden = !sessionExpired;
		}
	}

	function scheduleRetry() {
		if (retryTimer === null) {
			retryTimer = setTimeout(function () {
				retryTimer = null;
				flush();
			}, RETRY_MS);
		}
	}

	// Sends every answer still waiting: through its htmx form when it is on this page (so the card shows the answer),
	// else directly to the address it was saved to.
	function flush() {
		if (sessionExpired) {
			return;
		}
		pending().forEach(function (entry) {
			var form = formOf(entry.code);
			if (!form) {
				sendDirect(entry);
				return;
			}
			restore(form, entry);
			form.dataset.queuedSeq = String(entry.seq);
			htmx.trigger(form, 'submit');
		});
		updateBanner();
	}

	function sendDirect(entry) {
		var token = document.querySelector('input[name=_csrf]');
		var body = new URLSearchParams();
		entry.values.forEach(function (value) { body.append('value', value); });
		body.append('version', entry.version || '');
		body.append('_csrf', token ? token.value : '');
		fetch(entry.url, { method: 'POST', body: body, credentials: 'same-origin', headers: { 'HX-Request': 'true' } })
			.then(function (response) {
				return response.text().then(function (text) { answered(entry.code, entry.seq, response.status, text); });
			})
			.catch(function () { answered(entry.code, entry.seq, 0, ''); });
	}

	// What the server said to a save (status 0: no answer at all).
	function answered(code, seq, status, body) {
		var entry = load()[code];
		if (status >= 200 && status < 300) {
			if (body.indexOf('data-outcome="refused"') >= 0 && entry && entry.seq === seq) {
				// Refused (deadline passed, value not valid): kept on this device and shown, never dropped silently.
				var reason = new DOMParser().parseFromString(body, 'text/html').querySelector('[role=alert]');
				entry.state = 'refused';
				entry.reason = reason ? reason.textContent.trim() : '';
				put(entry);
			}
			else {
				drop(code, seq);
			}
			updateBanner();
			return;
		}
		// Not answered: keep it, say so, and try again later.
		if (entry && entry.seq === seq) {
			if (status === 401 && !sessionExpired) {
				sessionExpired = true;
				openRelogin();
			}
			showPending(entry);
		}
		updateBanner();
		scheduleRetry();
	}

	// Every change is kept here at once, even before its save leaves (a closed page or a queued save loses nothing).
	function remember(event) {
		var form = event.target.closest && event.target.closest('form.answer-form');
		if (!form || !root.contains(form)) {
			return;
		}
		var code = form.dataset.question;
		var values = valuesOf(form);
		var existing = load()[code];
		if (existing && existing.state === 'pending' && JSON.stringify(existing.values) === JSON.stringify(values)) {
			return;
		}
		put({ code: code, url: form.getAttribute('hx-post'), values: values,
			version: existing ? existing.version : (form.querySelector('input[name=version]') || {}).value || '',
			at: Date.now(), seq: ++sequence, state: 'pending' });
	}
	root.addEventListener('change', remember);
	root.addEventListener('input', remember);

	function isAnswerRequest(event) {
		var elt = event.detail && event.detail.elt;
		return elt && elt.matches && elt.matches('form.answer-form');
	}

	// Before a save leaves the page: write it down here first.
	document.body.addEventListener('htmx:configRequest', function (event) {
		if (!isAnswerRequest(event)) {
			return;
		}
		var form = event.detail.elt;
		var queued = form.dataset.queuedSeq;
		delete form.dataset.queuedSeq;
		var existing = load()[form.dataset.question];
		var seq = queued && existing ? existing.seq : ++sequence;
		var entry = {
			code: form.dataset.question,
			url: form.getAttribute('hx-post'),
			values: valuesOf(form),
			version: (form.querySelector('input[name=version]') || {}).value || '',
			at: queued && existing ? existing.at : Date.now(),
			seq: seq,
			state: 'pending'
		};
		put(entry);
		form.dataset.sendingSeq = String(seq);
	});

	document.body.addEventListener('htmx:beforeRequest', function (event) {
		if (!isAnswerRequest(event)) {
			return;
		}
		inFlight++;
		event.detail.xhr.answerSeq = Number(event.detail.elt.dataset.sendingSeq);
		var status = statusOf(event.detail.elt.dataset.question);
		if (status) {
			status.textContent = '';
			var line = document.createElement('span');
			line.className = 'text-body-secondary';
			line.setAttribute('data-save-state', 'saving');
			line.textContent = msg.msgSaving;
			status.appendChild(line);
		}
	});

	document.body.addEventListener('htmx:afterRequest', function (event) {
		if (!isAnswerRequest(event)) {
			return;
		}
		inFlight = Math.max(0, inFlight - 1);
		var xhr = event.detail.xhr;
		answered(event.detail.elt.dataset.question, xhr && xhr.answerSeq, xhr ? xhr.status : 0,
				xhr ? xhr.responseText || '' : '');
	});

	// A refused save swaps in its message; show that it is still kept here, with a way to discard it.
	document.body.addEventListener('htmx:afterSettle', function (event) {
		var target = event.detail && event.detail.target;
		if (!target || !target.id || target.id.indexOf('status-') !== 0) {
			return;
		}
		var entry = load()[target.id.substring('status-'.length)];
		if (entry && entry.state === 'refused') {
			showRefused(entry);
		}
	});

	// Signing in again without leaving the page: a fresh token from the login page, then the sign-in itself.
	function tokenIn(doc) {
		var input = doc.querySelector('input[name=_csrf]');
		return input ? input.value : null;
	}

	function useToken(token) {
		document.querySelectorAll('input[name=_csrf]').forEach(function (input) { input.value = token; });
	}

	function signedIn(token) {
		useToken(token);
		sessionExpired = false;
		if (dialog && dialog.open) {
			dialog.close();
		}
		flush();
	}

	function fetchPage(url, options) {
		return fetch(url, Object.assign({ credentials: 'same-origin' }, options || {})).then(function (response) {
			return response.text().then(function (text) {
				return { url: response.url, doc: new DOMParser().parseFromString(text, 'text/html') };
			});
		});
	}

	function openRelogin() {
		if (!dialog) {
			return;
		}
		// Signed in meanwhile (another tab)? Then only the token is new.
		fetchPage(root.dataset.loginUrl).then(function (page) {
			var token = tokenIn(page.doc);
			if (!page.doc.getElementById('username') && token) {
				signedIn(token);
				return;
			}
			dialog.dataset.token = token || '';
			dialog.querySelector('[data-relogin-error]').hidden = true;
			if (!dialog.open) {
				dialog.showModal();
			}
			dialog.querySelector('input[type=password]').focus();
		}).catch(function () {
			updateBanner();
			scheduleRetry();
		});
	}

	if (dialog) {
		dialog.querySelector('form').addEventListener('submit', function (event) {
			event.preventDefault();
			var form = event.target;
			var error = dialog.querySelector('[data-relogin-error]');
			var body = new URLSearchParams();
			body.append('username', form.querySelector('[name=username]').value);
			body.append('password', form.querySelector('[name=password]').value);
			body.append('_csrf', dialog.dataset.token || '');
			fetchPage(root.dataset.loginUrl, { method: 'POST', body: body }).then(function (page) {
				var token = tokenIn(page.doc);
				if (page.doc.getElementById('username') || !token) {
					error.textContent = msg.msgLoginFailed;
					error.hidden = false;
					form.querySelector('[name=password]').value = '';
					form.querySelector('[name=password]').focus();
					// a failed sign-in gives the login page a new token
					dialog.dataset.token = token || dialog.dataset.token;
					return;
				}
				form.querySelector('[name=password]').value = '';
				signedIn(token);
			}).catch(function () {
				error.textContent = msg.msgOfflineShort;
				error.hidden = false;
			});
		});
		dialog.querySelector('[data-relogin-later]').addEventListener('click', function () {
			dialog.close();
		});
	}
	if (banner) {
		var relogin = banner.querySelector('[data-banner-relogin]');
		if (relogin) {
			relogin.addEventListener('click', openRelogin);
		}
	}

	window.addEventListener('online', function () {
		updateBanner();
		flush();
	});
	window.addEventListener('offline', updateBanner);

	// Leaving with answers not sent yet asks first (they stay on this device either way).
	window.addEventListener('beforeunload', function (event) {
		if (pending().length > 0 || inFlight > 0) {
			event.preventDefault();
			event.returnValue = '';
		}
	});

	// Opened again: put every answer kept on this device back on its card, then send the waiting ones.
	document.addEventListener('DOMContentLoaded', function () {
		var entries = load();
		Object.keys(entries).forEach(function (code) {
			var entry = entries[code];
			var form = formOf(code);
			if (!form) {
				return;
			}
			restore(form, entry);
			if (entry.state === 'refused') {
				showRefused(entry);
			}
			else {
				showPending(entry);
			}
		});
		updateBanner();
		if (pending().length > 0) {
			setTimeout(flush, 0);
		}
	});

	// For tests and for the curious: how many answers wait on this device.
	root.answerQueue = { pending: function () { return pending().length; } };
})();
