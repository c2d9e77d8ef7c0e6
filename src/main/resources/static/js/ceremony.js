// Ceremony mode: shows one slide at a time without reloading. Arrow right, space or page down go on; arrow left
// or page up go back; the previous/next links work the same (and without this script through ?step=).
(function () {
	'use strict';

	function start() {
		var main = document.getElementById('main');
		if (!main || document.body.classList.contains('ceremony-all')) {
			return;
		}
		var slides = main.querySelectorAll('.slide');
		var prev = document.getElementById('ceremony-prev');
		var next = document.getElementById('ceremony-next');
		var position = document.getElementById('ceremony-position');
		var fullscreen = document.getElementById('ceremony-fullscreen');
		var current = parseInt(main.getAttribute('data-current'), 10) || 0;

		function link(step) {
			var url = new URL(window.location.href);
			url.searchParams.set('step', String(step));
			return url.pathname + url.search;
		}

		function show(step) {
			if (step < 0 || step >= slides.length) {
				return;
			}
			slides[current].hidden = true;
			current = step;
			slides[current].hidden = false;
			position.textContent = (current + 1) + ' / ' + slides.length;
			prev.setAttribute('href', link(Math.max(current - 1, 0)));
			next.setAttribute('href', link(Math.min(current + 1, slides.length - 1)));
			window.history.replaceState(null, '', link(current));
		}

		prev.addEventListener('click', function (event) {
			event.preventDefault();
			show(current - 1);
		});
		next.addEventListener('click', function (event) {
			event.preventDefault();
			show(current + 1);
		});
		document.addEventListener('keydown', function (event) {
			if (event.altKey || event.ctrlKey || event.metaKey) {
				return;
			}
			if (event.key === 'ArrowRight' || event.key === ' ' || event.key === 'PageDown') {
				event.preventDefault();
				show(current + 1);
			}
			else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
				event.preventDefault();
				show(current - 1);
			}
		});
		if (fullscreen && document.documentElement.requestFullscreen) {
			fullscreen.classList.remove('d-none');
			fullscreen.addEventListener('click', function () {
				document.documentElement.requestFullscreen();
			});
		}
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());
