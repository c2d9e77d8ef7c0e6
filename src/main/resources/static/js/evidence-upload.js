// Drag-and-drop uploader for evidence files. It enhances a normal multipart form marked data-evidence-upload
// (which still posts by itself without script): each chosen file is checked here first (empty, too large, type),
// then sent on its own by XMLHttpRequest with a progress bar on its row, so one bad or slow file does not cost
// the others. The server answers a short plain text (4xx with the reason when refused). When every file is done
// the form fires "evidence:uploaded" (detail: {stored, refused}) so that the page can refresh its evidence.
(function () {
	'use strict';

	function format(template, value) {
		return (template || '').replace('{0}', value);
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
			send(job.file, job.row, function () {
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
