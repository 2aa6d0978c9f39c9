/*
 * The 规划 Planner tab: enterprises that co-founded or partner with at least N industry
 * colleges (enterprisesSpanningColleges), highlighted in the graph (class 'planner'),
 * shown one at a time or added to the graph with their neighbourhoods.
 */
import { QUERIES, gql } from './api.js';
import { selectNode } from './details.js';
import { $, el } from './dom.js';
import { cy, merge, onGraphChange, runLayout } from './graph-view.js';
import { primaryName } from './i18n.js';
import { busy, clearMessage, showError, showMessage } from './messages.js';

let spans = []; // the last CollegeSpan answer
let plannedIds = new Set();

async function loadPlanner() {
	const min = parseInt($('planner-min').value, 10);
	if (!(min >= 1 && min <= 1000)) {
		showMessage('最少学院数须为 1–1000。The minimum number of colleges must be 1–1000.', 'error');
		return;
	}
	busy(+1);
	try {
		const data = await gql(QUERIES.spanning, { minColleges: min, first: 500 });
		clearMessage();
		spans = data.enterprisesSpanningColleges;
		plannedIds = new Set(spans.map((s) => s.enterprise.id));
		markPlanner();
		renderPlanner();
	}
	catch (e) {
		showError(e, '规划 Planner');
	}
	finally {
		busy(-1);
	}
}

function markPlanner() {
	cy.batch(() => {
		cy.nodes().forEach((n) => {
			n.toggleClass('planner', plannedIds.has(n.id()));
		});
	});
}

/** Lists the last answer (in the current language). */
export function renderPlanner() {
	const list = $('planner-list');
	list.replaceChildren();
	const min = $('planner-min').value;
	if (!spans.length) {
		$('planner-summary').textContent = plannedIds.size === 0 && list.dataset.loaded !== 'true' ? '' : `没有企业跨 ${min} 个以上学院。No enterprise spans ${min} or more colleges; try a lower minimum.`;
		$('planner-add-all').hidden = true;
		list.dataset.loaded = 'true';
		return;
	}
	list.dataset.loaded = 'true';
	$('planner-summary').textContent = `${spans.length} 家企业（图中高亮）。${spans.length} enterprise(s), highlighted in the graph.`;
	$('planner-add-all').hidden = false;
	for (const span of spans) {
		const e = span.enterprise;
		const colleges = span.colleges.map(primaryName).join('、');
		const schools = span.schools.map(primaryName).join('、');
		list.append(el('li', { dataset: { id: e.id } },
			el('div', {}, el('span', { class: 'enterprise' }, primaryName(e)), ` · ${span.collegeCount} 所学院 colleges`),
			el('div', { class: 'colleges' }, colleges, schools ? ` （${schools}）` : ''),
			el('button', { type: 'button', class: 'planner-show', onclick: () => showPlanned(e.id) }, '定位 Show'),
			el('button', { type: 'button', class: 'planner-add', onclick: () => addPlanned([e.id]) }, '加入图 Add')));
	}
}

async function showPlanned(id) {
	if (cy.getElementById(id).empty()) {
		await addPlanned([id]);
	}
	const node = cy.getElementById(id);
	if (node.nonempty()) {
		cy.animate({ center: { eles: node }, duration: 250 });
		selectNode(id);
	}
}

/** Merges the neighbourhood (depth 1) of each enterprise, then lays the graph out once. */
async function addPlanned(ids) {
	busy(+1);
	try {
		let added = 0;
		for (let i = 0; i < ids.length; i += 5) {
			const chunk = ids.slice(i, i + 5);
			const answers = await Promise.all(chunk.map((id) => gql(QUERIES.neighborhood, { id, depth: 1 })));
			answers.forEach((data, j) => {
				added += merge(data.neighborhood, cy.getElementById(chunk[j]).nonempty() ? chunk[j] : null);
			});
		}
		clearMessage();
		if (added > 0) {
			await runLayout({ randomize: cy.nodes().length === added });
		}
	}
	catch (e) {
		showError(e, '加入图 Adding to the graph');
	}
	finally {
		busy(-1);
	}
}

export function wirePlanner() {
	$('planner-load').addEventListener('click', loadPlanner);
	$('planner-min').addEventListener('keydown', (e) => {
		if (e.key === 'Enter') {
			loadPlanner();
		}
	});
	$('planner-add-all').addEventListener('click', () => addPlanned(spans.map((s) => s.enterprise.id)));
	// Enterprises drawn later are highlighted too.
	onGraphChange((what) => {
		if (what === 'added') {
			markPlanner();
		}
	});
}
