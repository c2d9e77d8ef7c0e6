// Draws the band distribution of a published year from the numbers already on the page (#band-counts: one item
// per band with data-band, data-count and its visible label). Without JavaScript, or if Chart.js is missing, the
// list of numbers stays and nothing breaks.
(function () {
	'use strict';

	var BAND_COLOURS = {
		INFORMATIF: '--bs-success',
		MENUJU_INFORMATIF: '--bs-teal',
		CUKUP_INFORMATIF: '--bs-warning',
		KURANG_INFORMATIF: '--bs-orange',
		TIDAK_INFORMATIF: '--bs-danger'
	};

	function colour(variable) {
		return getComputedStyle(document.documentElement).getPropertyValue(variable || '--bs-secondary').trim() || '#6c757d';
	}

	document.addEventListener('DOMContentLoaded', function () {
		var canvas = document.getElementById('chart-bands');
		var items = document.querySelectorAll('#band-counts [data-band]');
		if (typeof Chart === 'undefined' || !canvas || items.length === 0) {
			return;
		}
		var labels = [], values = [], colours = [];
		items.forEach(function (item) {
			labels.push(item.querySelector('.band-label').textContent.trim());
			values.push(Number(item.getAttribute('data-count')));
			colours.push(colour(BAND_COLOURS[item.getAttribute('data-band')]));
		});
		new Chart(canvas, {
			type: 'bar',
			data: { labels: labels, datasets: [{ data: values, backgroundColor: colours, maxBarThickness: 48 }] },
			options: {
				indexAxis: 'y',
				maintainAspectRatio: false,
				plugins: { legend: { display: false } },
				scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
			}
		});
	});
}());
