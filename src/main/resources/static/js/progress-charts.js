// Draws the progress board's charts from numbers already on the page: the status cards (data-chart-status,
// data-chart-value, their visible label) and the per-day table (#sent-per-day). Without JavaScript, or if Chart.js
// is missing, the page keeps those numbers and nothing breaks.
(function () {
	'use strict';

	var STATUS_COLOURS = {
		NOT_STARTED: '--bs-secondary',
		FILLING: '--bs-warning',
		SENT: '--bs-primary',
		REVISION: '--bs-danger',
		VERIFIED: '--bs-success'
	};

	function colour(variable) {
		return getComputedStyle(document.documentElement).getPropertyValue(variable).trim() || '#6c757d';
	}

	function statusChart() {
		var canvas = document.getElementById('chart-status');
		var cards = document.querySelectorAll('[data-chart-status]');
		if (!canvas || cards.length === 0) {
			return;
		}
		var labels = [], values = [], colours = [];
		cards.forEach(function (card) {
			labels.push(card.querySelector('.stat-label').textContent.trim());
			values.push(Number(card.getAttribute('data-chart-value')));
			colours.push(colour(STATUS_COLOURS[card.getAttribute('data-chart-status')]));
		});
		new Chart(canvas, {
			type: 'doughnut',
			data: { labels: labels, datasets: [{ data: values, backgroundColor: colours }] },
			// on a phone the legend goes under the chart, beside it there is no room left for the ring
			options: { maintainAspectRatio: false, plugins: { legend: { position: window.innerWidth < 576 ? 'bottom' : 'right' } } }
		});
	}

	function perDayChart() {
		var canvas = document.getElementById('chart-per-day');
		var rows = document.querySelectorAll('#sent-per-day tbody tr');
		if (!canvas || rows.length === 0) {
			return;
		}
		var labels = [], values = [];
		rows.forEach(function (row) {
			labels.push(row.getAttribute('data-chart-date'));
			values.push(Number(row.cells[1].textContent));
		});
		var heading = document.querySelector('#sent-per-day thead th:last-child');
		new Chart(canvas, {
			type: 'bar',
			data: {
				labels: labels,
				datasets: [{
					label: heading ? heading.textContent.trim() : '',
					data: values,
					backgroundColor: colour('--bs-primary'),
					maxBarThickness: 40
				}]
			},
			options: {
				maintainAspectRatio: false,
				plugins: { legend: { display: false } },
				scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
			}
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		if (typeof Chart === 'undefined') {
			return;
		}
		statusChart();
		perDayChart();
	});
}());
