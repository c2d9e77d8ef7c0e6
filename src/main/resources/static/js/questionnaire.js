// Questionnaire pages: after the uploader has sent every file of a question, swap in the fresh question card so
// the new evidence shows without reloading the page (and without losing what is typed in other questions).
document.addEventListener('evidence:uploaded', function (event) {
	var form = event.target;
	var url = form.getAttribute('data-refresh-url');
	var target = form.getAttribute('data-refresh-target');
	if (!url || !target || typeof htmx === 'undefined') {
		return;
	}
	htmx.ajax('GET', url, { target: target, swap: 'outerHTML' });
});
