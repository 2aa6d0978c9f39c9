/*
 * The 筛选 Filters tab: the legend of kinds and relationship types (a checkbox and a
 * count of what is drawn for each) and the year slider. Filtered elements stay in the
 * graph with the class 'filtered' (display: none).
 */
import { $, el } from './dom.js';
import { cy, onGraphChange, updateStatus } from './graph-view.js';
import { kindSwatch, typeSwatch } from './swatches.js';
import { KINDS, TYPES } from './vocabulary.js';

const hiddenKinds = new Set();
const hiddenTypes = new Set();
let year = null; // null: no year filter

function yearHolds(edge) {
	if (year == null) {
		return true;
	}
	const since = edge.data('since');
	const until = edge.data('until');
	return (since == null || since <= year) && (until == null || year <= until);
}

function applyFilters() {
	cy.batch(() => {
		cy.nodes().forEach((n) => {
			n.toggleClass('filtered', hiddenKinds.has(n.data('kind')));
		});
		cy.edges().forEach((e) => {
			e.toggleClass('filtered', hiddenTypes.has(e.data('type')) || !yearHolds(e));
		});
	});
	updateStatus();
}

/** Widens the slider to the years the drawn relations state. */
function updateYearRange() {
	let min = 2000;
	let max = new Date().getFullYear();
	cy.edges().forEach((e) => {
		for (const y of [e.data('since'), e.data('until')]) {
			if (y != null) {
				min = Math.min(min, y);
				max = Math.max(max, y);
			}
		}
	});
	const slider = $('year');
	slider.min = min;
	slider.max = max;
}

/** Switches the year filter on (at `year`, or the slider's) or off. */
export function setYearFilter(enabled, value) {
	const slider = $('year');
	$('year-enabled').checked = enabled;
	slider.disabled = !enabled;
	if (value != null) {
		slider.value = value;
	}
	$('year-value').textContent = enabled ? slider.value : '全部 all';
	year = enabled ? parseInt(slider.value, 10) : null;
	applyFilters();
}

function updateCounts() {
	const kinds = {};
	const types = {};
	cy.nodes().forEach((n) => {
		kinds[n.data('kind')] = (kinds[n.data('kind')] || 0) + 1;
	});
	cy.edges().forEach((e) => {
		types[e.data('type')] = (types[e.data('type')] || 0) + 1;
	});
	document.querySelectorAll('[data-count-kind]').forEach((s) => {
		s.textContent = kinds[s.dataset.countKind] || 0;
	});
	document.querySelectorAll('[data-count-type]').forEach((s) => {
		s.textContent = types[s.dataset.countType] || 0;
	});
}

function legendEntry(box, swatch, label, count, title) {
	return el('li', {}, el('label', { title }, box, swatch,
		el('span', {}, label.zh, ' ', el('span', { class: 'hint' }, label.en)),
		el('span', { class: 'count', dataset: count }, '0')));
}

function toggleBox(dataset, hidden, value) {
	const box = el('input', { type: 'checkbox', checked: true, dataset });
	box.addEventListener('change', () => {
		box.checked ? hidden.delete(value) : hidden.add(value);
		applyFilters();
	});
	return box;
}

/** Builds the legend and keeps filters, slider range and counts up to date with the graph. */
export function wireFilters() {
	for (const kind of Object.keys(KINDS)) {
		$('kind-filters').append(legendEntry(toggleBox({ kind }, hiddenKinds, kind), kindSwatch(kind), KINDS[kind], { countKind: kind }));
	}
	for (const type of Object.keys(TYPES)) {
		$('type-filters').append(legendEntry(toggleBox({ type }, hiddenTypes, type), typeSwatch(type), TYPES[type], { countType: type }, type));
	}
	$('year-enabled').addEventListener('change', (e) => setYearFilter(e.target.checked));
	$('year').addEventListener('input', () => setYearFilter(true));
	onGraphChange((what) => {
		if (what === 'added') {
			updateYearRange();
		}
		applyFilters();
		updateCounts();
	});
}
