// Draws a body's final score over the years from the trend table on the page (#body-trend rows carry the year and
// the score). Without JavaScript, or if Chart.js is missing, the table stays and nothing breaks.
(function () {
	'use strict';

	function draw() {
		var canvas = document.getElementById('chart-trend');
		var rows = document.querySelectorAll('#body-trend tbody tr');
		if (!canvas || rows.length === 0 || typeof Chart === 'undefined') {
			return;
		}
		var labels = [], values = [];
		rows.forEach(function (row) {
			labels.push(row.getAttribute('data-chart-year'));
			values.push(Number(row.getAttribute('data-chart-score')));
		});
		var colour = getComputedStyle(document.documentElement).getPropertyValue('--bs-primary').trim() || '#0d6efd';
		var heading = document.querySelector('#body-trend thead th:nth-child(2)');
		new Chart(canvas, {
			type: 'line',
			data: { labels: labels, datasets: [{ label: heading ? heading.textContent.trim() : '', data: values,
				borderColor: colour, backgroundColor: colour, tension: 0.2 }] },
			options: { animation: false, maintainAspectRatio: false, scales: { y: { min: 0, max: 100 } },
				plugins: { legend: { display: false } } }
		});
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', draw);
	}
	else {
		draw();
	}
}());
