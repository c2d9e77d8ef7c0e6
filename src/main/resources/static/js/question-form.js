// The question form shows only the rows of the chosen answer type; without script every row stays visible.
document.addEventListener('DOMContentLoaded', function () {
	var select = document.getElementById('answerType');
	if (!select) {
		return;
	}
	function update() {
		document.querySelectorAll('[data-answer-type]').forEach(function (element) {
			element.hidden = element.getAttribute('data-answer-type').split(' ').indexOf(select.value) < 0;
		});
	}
	select.addEventListener('change', update);
	update();
});
