// No htmx answer is dropped silently: a request that fails (no connection, timeout, expired session, server error)
// shows what happened and what to do in the box at the top of the page. Autosaved answers are handled by
// answer-queue.js, which keeps them on the device instead.
(function () {
	'use strict';

	function box() {
		return document.getElementById('request-error');
	}

	function show(event) {
		var elt = event.detail && event.detail.elt;
		if (elt && elt.closest && elt.closest('form.answer-form')) {
			return;
		}
		var target = box();
		if (!target) {
			return;
		}
		var xhr = event.detail && event.detail.xhr;
		var status = xhr ? xhr.status : 0;
		var data = target.dataset;
		var text = status === 0 ? data.msgOffline : status === 401 ? data.msgExpired
			: data.msgFailed.replace('{0}', String(status));
		target.querySelector('[data-request-error-text]').textContent = text;
		target.querySelector('[data-request-error-reload]').hidden = status !== 401;
		target.hidden = false;
		target.scrollIntoView({ block: 'nearest' });
	}

	['htmx:responseError', 'htmx:sendError', 'htmx:timeout'].forEach(function (type) {
		document.addEventListener(type, show);
	});
	document.addEventListener('htmx:afterRequest', function (event) {
		var target = box();
		if (target && event.detail && event.detail.successful) {
			target.hidden = true;
		}
	});
	document.addEventListener('click', function (event) {
		if (event.target.matches && event.target.matches('[data-request-error-close]')) {
			box().hidden = true;
		}
	});
})();
