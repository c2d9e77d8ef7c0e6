// Drag-and-drop uploader for evidence files. It enhances a normal multipart form marked data-evidence-upload
// (which still posts by itself without script): each chosen file is checked here first (empty, too large, type),
// then sent on its own with a progress bar on its row, so one bad or slow file does not cost the others. The server
// answers a short plain text (4xx with the reason when refused). When every file is done the form fires
// "evidence:uploaded" (detail: {stored, refused}) so that the page can refresh its evidence.
//
// When the form names a resumable endpoint (data-resumable), files go by the tus 1.0 protocol instead
// (https://tus.io/protocols/resumable-upload): created with their length, name and SHA-256, then sent in parts.
// A dropped connection is retried by itself from the offset the server reports; the upload's address is kept in
// localStorage, so after a reload choosing the same file again continues where it stopped. The server stores the
// file only when its last byte arrives, through the same checks as the plain form.
(function () {
	'use strict';

	function format(template, value, second) {
		return (template || '').replace('{0}', value).replace('{1}', second === undefined ? '' : second);
	}

	function extensionOf(name) {
		var dot = name.lastIndexOf('.');
		return dot < 0 ? '' : name.substring(dot).toLowerCase();
	}

	function el(tag, className, text) {
		var element = document.createElement(tag);
		if (className) {
			element.className = className;
		}
		if (text !== undefined) {
			element.textContent = text;
		}
		return element;
	}

	function enhance(form) {
		var input = form.querySelector('input[type=file]');
		if (!input || form.dataset.evidenceEnhanced) {
			return;
		}
		form.dataset.evidenceEnhanced = 'true';
		var data = form.dataset;
		var maxBytes = parseInt(data.maxBytes || '0', 10);
		var accepted = (data.accept || input.getAttribute('accept') || '').split(',')
			.map(function (s) { return s.trim().toLowerCase(); })
			.filter(function (s) { return s.length > 0; });
		var csrf = form.querySelector('input[name=_csrf]');
		var zone = form.querySelector('[data-evidence-drop]');
		var list = el('ul', 'list-group evidence-upload-list mt-3');
		list.setAttribute('aria-live', 'polite');
		var summary = el('p', 'mt-2 mb-0 small');
		summary.setAttribute('role', 'status');
		form.appendChild(list);
		form.appendChild(summary);

		// With script, the zone replaces the plain picker and button; the input stays in the page for the zone.
		form.querySelectorAll('[data-evidence-plain]').forEach(function (element) { element.hidden = true; });
		input.classList.add('visually-hidden');
		input.tabIndex = -1;
		if (zone) {
			zone.hidden = false;
			zone.addEventListener('click', function () { input.click(); });
			zone.addEventListener('keydown', function (event) {
				if (event.key === 'Enter' || event.key === ' ') {
					event.preventDefault();
					input.click();
				}
			});
			['dragenter', 'dragover'].forEach(function (type) {
				zone.addEventListener(type, function (event) {
					event.preventDefault();
					zone.classList.add('evidence-drop-active');
				});
			});
			['dragleave', 'drop'].forEach(function (type) {
				zone.addEventListener(type, function () { zone.classList.remove('evidence-drop-active'); });
			});
			zone.addEventListener('drop', function (event) {
				event.preventDefault();
				if (event.dataTransfer && event.dataTransfer.files.length) {
					start(event.dataTransfer.files);
				}
			});
		}
		input.addEventListener('change', function () {
			if (input.files && input.files.length) {
				start(input.files);
			}
		});
		form.addEventListener('submit', function (event) {
			event.preventDefault();
			if (input.files && input.files.length) {
				start(input.files);
			}
		});

		var queue = [];
		var busy = false;
		var stored = 0;
		var refused = 0;

		function start(fileList) {
			summary.textContent = '';
			Array.prototype.forEach.call(fileList, function (file) {
				var row = addRow(file);
				var problem = refusal(file);
				if (problem) {
					finish(row, false, problem);
					refused++;
				}
				else {
					queue.push({ file: file, row: row });
				}
			});
			// The same file can be chosen again after a failure.
			input.value = '';
			next();
		}

		function refusal(file) {
			if (file.size === 0) {
				return data.msgEmpty;
			}
			if (maxBytes > 0 && file.size > maxBytes) {
				return data.msgTooLarge;
			}
			if (accepted.length && accepted.indexOf(extensionOf(file.name)) < 0) {
				return data.msgType;
			}
			return null;
		}

		function addRow(file) {
			var item = el('li', 'list-group-item evidence-upload-item');
			var name = el('div', 'fw-semibold text-break', file.name);
			var progress = el('div', 'progress mt-1');
			progress.setAttribute('role', 'progressbar');
			progress.setAttribute('aria-label', file.name);
			progress.setAttribute('aria-valuemin', '0');
			progress.setAttribute('aria-valuemax', '100');
			progress.setAttribute('aria-valuenow', '0');
			var bar = el('div', 'progress-bar', '0%');
			bar.style.width = '0%';
			progress.appendChild(bar);
			var message = el('div', 'small mt-1 text-break evidence-upload-message', data.msgWaiting || '');
			item.appendChild(name);
			item.appendChild(progress);
			item.appendChild(message);
			list.appendChild(item);
			return { item: item, progress: progress, bar: bar, message: message };
		}

		function show(row, percent) {
			row.bar.style.width = percent + '%';
			row.bar.textContent = percent + '%';
			row.progress.setAttribute('aria-valuenow', String(percent));
		}

		function finish(row, ok, text) {
			row.item.classList.add(ok ? 'evidence-upload-done' : 'evidence-upload-failed');
			row.item.classList.add(ok ? 'list-group-item-success' : 'list-group-item-danger');
			row.bar.classList.remove('progress-bar-striped', 'progress-bar-animated');
			row.bar.classList.add(ok ? 'bg-success' : 'bg-danger');
			if (ok) {
				show(row, 100);
			}
			else {
				// A half-filled red bar would suggest part of the file was kept; nothing was.
				row.progress.hidden = true;
			}
			row.message.textContent = text || '';
		}

		function next() {
			if (busy) {
				return;
			}
			var job = queue.shift();
			if (!job) {
				done();
				return;
			}
			busy = true;
			(resumable ? sendResumable : send)(job.file, job.row, function () {
				busy = false;
				next();
			});
		}

		function send(file, row, then) {
			var body = new FormData();
			body.append('files', file, file.name);
			if (csrf) {
				body.append(csrf.name, csrf.value);
			}
			var request = new XMLHttpRequest();
			request.open('POST', form.action);
			request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
			if (csrf) {
				request.setRequestHeader('X-CSRF-TOKEN', csrf.value);
			}
			row.message.textContent = data.msgSending || '';
			row.bar.classList.add('progress-bar-striped', 'progress-bar-animated');
			request.upload.addEventListener('progress', function (event) {
				if (event.lengthComputable) {
					// 100% only once the server has answered; the bytes being sent is not yet "stored".
					show(row, Math.min(99, Math.floor(event.loaded * 100 / event.total)));
				}
			});
			request.addEventListener('load', function () {
				var ok = request.status >= 200 && request.status < 300;
				var plain = (request.getResponseHeader('Content-Type') || '').indexOf('text/plain') === 0;
				var text = plain && request.responseText ? request.responseText : (ok ? data.msgStored : data.msgFailed);
				finish(row, ok, text);
				if (ok) {
					stored++;
				}
				else {
					refused++;
				}
				then();
			});
			['error', 'abort', 'timeout'].forEach(function (type) {
				request.addEventListener(type, function () {
					finish(row, false, data.msgFailed);
					refused++;
					then();
				});
			});
			request.send(body);
		}

		// Resumable uploads (tus 1.0). The part size keeps one request short on a slow link (about 10 s at
		// 400 kbit/s), so little is sent twice when the link drops mid-part.
		var resumable = data.resumable && window.Blob && Blob.prototype.slice && storageWorks() ? data.resumable : null;
		var CHUNK = 512 * 1024;

		function sendResumable(file, row, then) {
			var key = storeKey(resumable, file);
			var saved = recall(key);
			var attempts = 0;
			var restarted = false;
			var url = saved && saved.url;
			row.bar.classList.add('progress-bar-striped', 'progress-bar-animated');
			hidePending(key);
			if (url) {
				row.message.textContent = format(data.msgResuming, (saved.percent || 0) + '%');
				show(row, saved.percent || 0);
				resume();
			}
			else {
				row.message.textContent = data.msgChecking || '';
				fingerprint(file, create);
			}

			function create(sha256) {
				var metadata = 'filename ' + base64(file.name) + (sha256 ? ',sha256 ' + base64(sha256) : '');
				tus('POST', resumable, { 'Upload-Length': String(file.size), 'Upload-Metadata': metadata }, null, null,
					function (request) {
						if (!request) {
							return later(function () { create(sha256); });
						}
						if (request.status === 201 && request.getResponseHeader('Location')) {
							url = request.getResponseHeader('Location');
							remember(key, { url: url, name: file.name, percent: 0 });
							return sendFrom(0);
						}
						answered(request);
					});
			}

			function resume() {
				tus('HEAD', url, {}, null, null, function (request) {
					if (!request) {
						return later(resume);
					}
					if (request.status === 200 || request.status === 204) {
						attempts = 0;
						paused(false);
						return sendFrom(parseInt(request.getResponseHeader('Upload-Offset') || '0', 10));
					}
					answered(request);
				});
			}

			function sendFrom(offset) {
				var end = Math.min(file.size, offset + CHUNK);
				row.message.textContent = format(data.msgProgress, size(offset), size(file.size));
				tus('PATCH', url, { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
					file.slice(offset, end),
					function (loaded) {
						progress(offset + loaded);
					},
					function (request) {
						if (!request) {
							return later(resume);
						}
						if (request.status === 204) {
							attempts = 0;
							paused(false);
							var now = parseInt(request.getResponseHeader('Upload-Offset') || String(end), 10);
							progress(now);
							remember(key, { url: url, name: file.name, percent: percentOf(now) });
							return now < file.size ? sendFrom(now) : resume();
						}
						// The server has other bytes than we thought (e.g. a part arrived after all): ask again.
						if (request.status === 409) {
							return resume();
						}
						answered(request);
					});
			}

			function progress(sent) {
				var percent = percentOf(sent);
				show(row, percent);
				row.message.textContent = format(data.msgProgress, size(sent), size(file.size));
			}

			function percentOf(sent) {
				// 100% only once the server has stored the file; all bytes sent is not yet "stored".
				return Math.min(99, Math.floor(sent * 100 / file.size));
			}

			// Every answer that ends or pauses the upload: stored, refused, gone, busy, signed out.
			function answered(request) {
				var status = request.status;
				var text = plainText(request);
				if (status === 200 && text !== null) {
					forget(key);
					finish(row, true, text || data.msgStored);
					stored++;
					return then();
				}
				if (status === 423 || status >= 500) {
					return later(resume);
				}
				if ((status === 404 || status === 410) && url && !restarted) {
					// The part expired or was removed: start this file again rather than give up.
					restarted = true;
					forget(key);
					url = null;
					return fingerprint(file, create);
				}
				if (status === 401 || status === 403 || text === null) {
					// Signed out (or redirected to the login page): the part stays on the server for this account.
					finish(row, false, data.msgSignedOut || data.msgFailed);
				}
				else {
					forget(key);
					finish(row, false, text || data.msgFailed);
				}
				refused++;
				then();
			}

			// Waits a little longer each time (1 s, 2 s, 4 s ... at most 30 s), or until the browser is online again.
			// The row says plainly that the upload is paused (amber, the bar still), not failed.
			function later(retry) {
				attempts++;
				paused(true);
				row.message.textContent = format(data.msgOffline, row.bar.textContent);
				var delay = Math.min(30000, 1000 * Math.pow(2, Math.min(attempts - 1, 5)));
				var timer = setTimeout(go, delay);
				window.addEventListener('online', go);
				function go() {
					clearTimeout(timer);
					window.removeEventListener('online', go);
					row.message.textContent = format(data.msgResuming, row.bar.textContent);
					retry();
				}
			}

			function paused(yes) {
				row.item.classList.toggle('evidence-upload-paused', yes);
				row.item.classList.toggle('list-group-item-warning', yes);
				row.bar.classList.toggle('progress-bar-animated', !yes);
				row.bar.classList.toggle('bg-warning', yes);
				row.bar.classList.toggle('text-dark', yes);
			}
		}

		// One tus request; done(request) when answered, done(null) when the connection failed. A request that
		// sends nothing for 30 s is given up, so that a link that hangs without dropping is retried too.
		function tus(method, url, headers, body, onProgress, done) {
			var request = new XMLHttpRequest();
			request.open(method, url);
			request.setRequestHeader('Tus-Resumable', '1.0.0');
			request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
			if (csrf && method !== 'HEAD') {
				request.setRequestHeader('X-CSRF-TOKEN', csrf.value);
			}
			Object.keys(headers).forEach(function (name) { request.setRequestHeader(name, headers[name]); });
			var stall;
			function watch() {
				clearTimeout(stall);
				stall = setTimeout(function () { request.abort(); }, 30000);
			}
			var ended = false;
			function end(answer) {
				if (!ended) {
					ended = true;
					clearTimeout(stall);
					done(answer);
				}
			}
			request.upload.addEventListener('progress', function (event) {
				watch();
				if (onProgress) {
					onProgress(event.loaded);
				}
			});
			request.addEventListener('load', function () { end(request); });
			['error', 'abort', 'timeout'].forEach(function (type) {
				request.addEventListener(type, function () { end(null); });
			});
			watch();
			request.send(body);
		}

		// Unfinished uploads of this form from an earlier visit, still kept by the server: one line each.
		var pendingNotes = {};
		if (resumable) {
			pending(resumable).forEach(function (entry) {
				var request = new XMLHttpRequest();
				request.open('HEAD', entry.value.url);
				request.setRequestHeader('Tus-Resumable', '1.0.0');
				request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
				request.addEventListener('load', function () {
					if (request.status === 404 || request.status === 410) {
						forget(entry.key);
						return;
					}
					if (request.status !== 200 && request.status !== 204) {
						return;
					}
					var offset = parseInt(request.getResponseHeader('Upload-Offset') || '0', 10);
					var length = parseInt(request.getResponseHeader('Upload-Length') || '0', 10);
					var percent = length > 0 ? Math.min(99, Math.floor(offset * 100 / length)) : 0;
					var note = el('p', 'alert alert-warning small mb-2 evidence-upload-pending',
						format(data.msgPending, entry.value.name + ' (' + percent + '%)'));
					pendingNotes[entry.key] = note;
					form.insertBefore(note, list);
				});
				request.send();
			});
		}

		function hidePending(key) {
			if (pendingNotes[key]) {
				pendingNotes[key].remove();
				delete pendingNotes[key];
			}
		}

		function done() {
			summary.textContent = data.msgDone || '';
			form.dispatchEvent(new CustomEvent('evidence:uploaded', {
				bubbles: true, detail: { stored: stored, refused: refused }
			}));
			stored = 0;
			refused = 0;
		}

		// A page can name an area to refresh after uploads (the library's file list) instead of listening itself.
		var refresh = data.evidenceRefresh;
		if (refresh) {
			form.addEventListener('evidence:uploaded', function (event) {
				if (event.detail.stored > 0) {
					refreshArea(refresh);
				}
			});
		}
	}

	// The text of a plain-text answer from the server itself, or null when the answer is something else (e.g. the
	// login page the request was redirected to after the session expired).
	function plainText(request) {
		var type = request.getResponseHeader('Content-Type') || '';
		if (request.status === 200 && type.indexOf('text/plain') !== 0) {
			return null;
		}
		return type.indexOf('text/plain') === 0 ? request.responseText : '';
	}

	function size(bytes) {
		var megabytes = bytes / 1048576;
		var text = megabytes >= 1 ? megabytes.toFixed(1) + ' MB' : Math.ceil(bytes / 1024) + ' KB';
		return document.documentElement.lang === 'en' ? text : text.replace('.', ',');
	}

	function base64(text) {
		var bytes = new TextEncoder().encode(text);
		var binary = '';
		bytes.forEach(function (b) { binary += String.fromCharCode(b); });
		return btoa(binary);
	}

	// The file's SHA-256 (hex), which the server compares with what it received; null where the browser cannot
	// compute it (WebCrypto needs HTTPS or localhost), then the server's per-part checks still apply.
	function fingerprint(file, then) {
		if (!(window.crypto && window.crypto.subtle && file.arrayBuffer)) {
			then(null);
			return;
		}
		file.arrayBuffer()
			.then(function (buffer) { return window.crypto.subtle.digest('SHA-256', buffer); })
			.then(function (digest) {
				then(Array.prototype.map.call(new Uint8Array(digest), function (b) {
					return ('0' + b.toString(16)).slice(-2);
				}).join(''));
			}, function () { then(null); });
	}

	// Where an unfinished upload of a file lives on the server, per endpoint (a question, or a library) and file.
	var STORE = 'evidence-upload|';

	function storeKey(endpoint, file) {
		return STORE + endpoint + '|' + file.name + '|' + file.size + '|' + file.lastModified;
	}

	function storageWorks() {
		try {
			window.localStorage.setItem(STORE + 'probe', '1');
			window.localStorage.removeItem(STORE + 'probe');
			return true;
		}
		catch (e) {
			return false;
		}
	}

	function remember(key, value) {
		try {
			window.localStorage.setItem(key, JSON.stringify(value));
		}
		catch (e) {
			// Storage full or switched off: the upload still resumes after a dropped link, only not after a reload.
		}
	}

	function recall(key) {
		try {
			return JSON.parse(window.localStorage.getItem(key) || 'null');
		}
		catch (e) {
			return null;
		}
	}

	function forget(key) {
		try {
			window.localStorage.removeItem(key);
		}
		catch (e) {
			// nothing kept, nothing to remove
		}
	}

	function pending(endpoint) {
		var found = [];
		try {
			for (var i = 0; i < window.localStorage.length; i++) {
				var key = window.localStorage.key(i);
				if (key && key.indexOf(STORE + endpoint + '|') === 0) {
					var value = recall(key);
					if (value && value.url) {
						found.push({ key: key, value: value });
					}
				}
			}
		}
		catch (e) {
			// no storage: nothing pending
		}
		return found;
	}

	// Replaces the areas named by the selector (a list is fine) with their fresh version from the page: each current
	// element is matched by its id in the freshly loaded page, so one selector may name many areas.
	function refreshArea(selector) {
		var request = new XMLHttpRequest();
		request.open('GET', window.location.href);
		request.responseType = 'document';
		request.addEventListener('load', function () {
			if (request.status !== 200 || !request.response) {
				return;
			}
			document.querySelectorAll(selector).forEach(function (current) {
				var fresh = current.id ? request.response.getElementById(current.id) : request.response.querySelector(selector);
				if (!fresh) {
					return;
				}
				var node = document.importNode(fresh, true);
				current.replaceWith(node);
				// The refreshed area may hold htmx forms (remove, check) and another uploader.
				if (window.htmx) {
					window.htmx.process(node);
				}
			});
		});
		request.send();
	}

	function init() {
		document.querySelectorAll('form[data-evidence-upload]').forEach(enhance);
	}

	// Content swapped in by htmx (e.g. a question card after a change) may bring a new uploader.
	document.addEventListener('htmx:load', function (event) {
		var root = event.detail && event.detail.elt;
		if (root && root.querySelectorAll) {
			if (root.matches && root.matches('form[data-evidence-upload]')) {
				enhance(root);
			}
			root.querySelectorAll('form[data-evidence-upload]').forEach(enhance);
		}
	});

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', init);
	}
	else {
		init();
	}
}());
