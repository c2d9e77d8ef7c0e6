// "Pilih semua" without a page load: a link marked data-select-all ticks every checkbox marked data-needed=true
// inside the element its value names. Without script the link loads the same page with those boxes ticked.
(function () {
	'use strict';

	document.addEventListener('click', function (event) {
		var link = event.target.closest ? event.target.closest('[data-select-all]') : null;
		if (!link) {
			return;
		}
		var scope = document.querySelector(link.dataset.selectAll);
		if (!scope) {
			return;
		}
		event.preventDefault();
		scope.querySelectorAll('input[type=checkbox][data-needed=true]:not(:disabled)').forEach(function (box) {
			box.checked = true;
		});
	});
})();
