/*
 * The graph: the one cytoscape.js instance (from its WebJar, a classic script the page
 * loads before its modules), its style, what each drawn organisation and relation
 * carries, adding and removing elements, the layouts and the status line under the graph.
 */
/* global cytoscape */
import { $ } from './dom.js';
import { primaryName, typeLabel } from './i18n.js';
import { busy, isBusy, onBusyChange, showError } from './messages.js';
import { KINDS, TYPES } from './vocabulary.js';

// cose gives the most readable drawing but runs in one synchronous loop; above this
// many nodes a concentric layout (near-linear) keeps the page responsive.
const COSE_LIMIT = 300;
// Above this many edges, straight 'haystack' edges replace bezier curves.
const BULK_EDGES = 800;

function graphStyle() {
	const style = [
		{
			selector: 'node',
			style: {
				label: 'data(label)',
				width: 24,
				height: 24,
				'font-size': 11,
				color: '#1f2933',
				'text-valign': 'bottom',
				'text-halign': 'center',
				'text-margin-y': 4,
				'text-wrap': 'ellipsis',
				'text-max-width': '150px',
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.75,
				'text-background-padding': '1px',
				'min-zoomed-font-size': 7,
				'border-width': 1.5,
				'border-color': '#ffffff',
			},
		},
	];
	for (const [kind, k] of Object.entries(KINDS)) {
		style.push({ selector: `node[kind = "${kind}"]`, style: { 'background-color': k.color, shape: k.shape } });
	}
	style.push(
		{ selector: 'node.root', style: { width: 38, height: 38, 'font-weight': 'bold', 'font-size': 13 } },
		{ selector: 'node.planner', style: { 'border-width': 5, 'border-color': '#f5b700', 'underlay-color': '#f5b700', 'underlay-opacity': 0.25, 'underlay-padding': 8 } },
		{ selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1f6feb' } },
		{
			selector: 'edge',
			style: {
				'curve-style': 'bezier',
				width: 1.6,
				'arrow-scale': 0.9,
				opacity: 0.85,
				'font-size': 10,
				color: '#44505c',
				'text-rotation': 'autorotate',
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.85,
				'text-background-padding': '1px',
			},
		});
	for (const [type, t] of Object.entries(TYPES)) {
		style.push({
			selector: `edge[type = "${type}"]`,
			style: { 'line-color': t.color, 'target-arrow-color': t.color, 'target-arrow-shape': t.arrow, 'line-style': t.line, width: t.width },
		});
	}
	style.push(
		{ selector: 'edge.bulk', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
		{ selector: 'edge:selected', style: { width: 4.5, opacity: 1, label: 'data(label)', 'z-index': 10 } },
		{ selector: '.filtered', style: { display: 'none' } });
	return style;
}

export const cy = cytoscape({
	container: $('cy'),
	style: graphStyle(),
	minZoom: 0.05,
	maxZoom: 4,
	pixelRatio: 1,
	motionBlur: false,
});
// A global on purpose: the browser tests (ExplorerBrowserTests, ReviewBrowserTests) read
// the graph through `cy`, and so can anyone at the browser's console.
window.cy = cy;

// ------------------------------------------------------------------ the root and changes

let root = null;

/** The organisation whose neighbourhood was loaded last (null when none is). */
export const rootId = () => root;

export function setRoot(id) {
	root = id;
	cy.nodes().removeClass('root');
	if (id) {
		cy.getElementById(id).addClass('root');
	}
}

const changeListeners = [];

/** `listener('added' | 'removed')` after elements are added to or removed from the graph. */
export function onGraphChange(listener) {
	changeListeners.push(listener);
}

function changed(what) {
	changeListeners.forEach((listener) => listener(what));
}

// ------------------------------------------------------------------ elements

// Absent values are left out rather than stored as null, so selectors such as
// [^since] (no since year) match them.
function compact(data) {
	for (const key of Object.keys(data)) {
		if (data[key] == null) {
			delete data[key];
		}
	}
	return data;
}

function nodeData(o) {
	return compact({ id: o.id, name: o.name, nameEn: o.nameEn, kind: o.kind, region: o.region, label: primaryName(o) });
}

function edgeData(r) {
	return compact({
		id: r.id,
		source: r.from.id,
		target: r.to.id,
		type: r.type,
		role: r.role,
		kind: r.kind,
		title: r.title,
		level: r.level,
		stage: r.stage,
		since: r.since,
		until: r.until,
		status: r.status,
		label: typeLabel(r.type),
	});
}

/** Adds the subgraph's organisations and relations that are not drawn yet; new nodes start around `centerId`. */
export function merge(subgraph, centerId) {
	let added = 0;
	cy.batch(() => {
		const center = centerId ? cy.getElementById(centerId) : null;
		const origin = center && center.nonempty() ? center.position() : { x: 0, y: 0 };
		const fresh = subgraph.nodes.filter((o) => cy.getElementById(o.id).empty());
		fresh.forEach((o, i) => {
			const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
			const radius = 80 + 6 * Math.sqrt(fresh.length);
			cy.add({ group: 'nodes', data: nodeData(o), position: { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) } });
			added++;
		});
		for (const r of subgraph.relations) {
			if (cy.getElementById(r.id).empty() && cy.getElementById(r.from.id).nonempty() && cy.getElementById(r.to.id).nonempty()) {
				cy.add({ group: 'edges', data: edgeData(r) });
				added++;
			}
		}
		cy.edges().toggleClass('bulk', cy.edges().length > BULK_EDGES);
	});
	changed('added');
	return added;
}

/** Removes elements (and the edges of removed nodes) from the graph. */
export function remove(elements) {
	elements.remove();
	changed('removed');
}

/** Relabels every element in the current language. */
export function relabel() {
	cy.batch(() => {
		cy.nodes().forEach((n) => {
			n.data('label', primaryName(n.data()));
		});
		cy.edges().forEach((e) => {
			e.data('label', typeLabel(e.data('type')));
		});
	});
}

// ------------------------------------------------------------------ layout

let layout = null;

/** Runs the layout off the current task, so the page paints (and stays usable) first. */
export function runLayout(options) {
	const opts = options || {};
	if (layout) {
		layout.stop();
	}
	const nodes = cy.nodes().length;
	let layoutOptions;
	if (nodes <= COSE_LIMIT) {
		layoutOptions = {
			name: 'cose',
			animate: false,
			randomize: !!opts.randomize,
			fit: true,
			padding: 40,
			nodeDimensionsIncludeLabels: true,
			idealEdgeLength: () => 90,
			nodeRepulsion: () => 9000,
			numIter: nodes > 120 ? 600 : 1000,
			componentSpacing: 80,
		};
	}
	else {
		const center = root;
		layoutOptions = {
			name: 'concentric',
			animate: false,
			fit: true,
			padding: 30,
			minNodeSpacing: 4,
			avoidOverlap: true,
			concentric: (n) => (n.id() === center ? Number.MAX_SAFE_INTEGER : n.degree(false)),
			levelWidth: (all) => Math.max(1, all.maxDegree(false) / 4),
		};
	}
	busy(+1);
	updateStatus('布局中 laying out…');
	return new Promise((resolve) => {
		setTimeout(() => {
			const running = cy.elements(':visible').layout(layoutOptions);
			layout = running;
			running.one('layoutstop', () => {
				if (layout === running) {
					layout = null;
				}
				busy(-1);
				resolve();
			});
			try {
				running.run();
			}
			catch (e) {
				busy(-1);
				showError(e, '布局 Layout');
				resolve();
			}
		}, 30);
	});
}

// ------------------------------------------------------------------ status line

/** Counts what is drawn and what is visible, says when the page is loading, plus `extra`. */
export function updateStatus(extra) {
	const nodes = cy.nodes();
	const edges = cy.edges();
	$('empty').hidden = nodes.length > 0;
	let text = `${nodes.length} 个机构 organisations · ${edges.length} 条关系 relations`;
	const visibleNodes = nodes.filter(':visible').length;
	const visibleEdges = edges.filter(':visible').length;
	if (visibleNodes !== nodes.length || visibleEdges !== edges.length) {
		text += ` · 显示 visible ${visibleNodes} / ${visibleEdges}`;
	}
	if (isBusy()) {
		text += ' · 加载中 loading…';
	}
	if (extra) {
		text += ' · ' + extra;
	}
	$('status').textContent = text;
}

onBusyChange(() => updateStatus());
