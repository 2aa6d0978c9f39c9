/*
 * The 详情 Details panel and the selection: an organisation (names, kind, identifiers,
 * honours, cooperation model, the relations drawn around it) or a relation (role, kind,
 * years, status and the evidence quotes that state it).
 */
import { ApiError, QUERIES, gql } from './api.js';
import { $, el } from './dom.js';
import { cy, remove } from './graph-view.js';
import { kindLabel, primaryName, secondaryName, term, typeLabel } from './i18n.js';
import { busy, showError } from './messages.js';
import { kindBadge, typeSwatch } from './swatches.js';
import { TYPES } from './vocabulary.js';

let selected = null; // { group: 'nodes' | 'edges', id }
let detailsSeq = 0; // an answer for an earlier selection is dropped
let actions = { expand: () => {}, focus: () => {} };

/**
 * What the node buttons Expand and Focus do (network.js loads neighbourhoods and shows
 * their details, so it is not imported here).
 */
export function wireDetails(nodeActions) {
	actions = nodeActions;
	cy.on('tap', 'node', (e) => selectNode(e.target.id()));
	cy.on('tap', 'edge', (e) => selectEdge(e.target.id()));
}

/** The selected element ({ group, id }), or null. */
export const selection = () => selected;

export function selectNode(id) {
	const node = cy.getElementById(id);
	if (node.empty()) {
		return;
	}
	cy.elements(':selected').unselect();
	node.select();
	showNodeDetails(id);
}

export function selectEdge(id) {
	const edge = cy.getElementById(id);
	if (edge.empty()) {
		return;
	}
	cy.elements(':selected').unselect();
	edge.select();
	showEdgeDetails(id);
}

/** Replaces the details with a hint, and forgets the selection. */
export function clearDetails(hint) {
	selected = null;
	$('details').replaceChildren(el('p', { class: 'hint' }, hint));
}

/** Shows the selection's details again (in the current language), if it is still drawn. */
export function refreshDetails() {
	if (!selected || cy.getElementById(selected.id).empty()) {
		return;
	}
	selected.group === 'nodes' ? showNodeDetails(selected.id) : showEdgeDetails(selected.id);
}

function row(dl, label, value) {
	if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) {
		return;
	}
	dl.append(el('dt', {}, label), el('dd', {}, value));
}

function evidenceBlock(ev) {
	return el('blockquote', { class: 'evidence' },
		el('p', { class: 'quote' }, `“${ev.quote}”`),
		el('div', { class: 'source' }, '— ', ev.documentTitle ? `《${ev.documentTitle}》` : '', ` (${ev.documentId})`));
}

// ------------------------------------------------------------------ an organisation

/** Shows what the graph knows of the organisation at once, then the API's full answer. */
export async function showNodeDetails(id) {
	const seq = ++detailsSeq;
	selected = { group: 'nodes', id };
	const node = cy.getElementById(id);
	const cached = node.nonempty() ? node.data() : { id, name: id, kind: null };
	renderNode(cached, null);
	busy(+1);
	try {
		const data = await gql(QUERIES.organization, { id });
		if (seq !== detailsSeq) {
			return;
		}
		if (!data.organization) {
			throw new ApiError(`No organisation with id '${id}'`, 'NOT_FOUND');
		}
		renderNode(data.organization, data.organization);
	}
	catch (e) {
		if (seq === detailsSeq) {
			showError(e, `详情 Details of “${id}”`);
		}
	}
	finally {
		busy(-1);
	}
}

function renderNode(o, full) {
	const box = $('details');
	box.replaceChildren();
	box.dataset.group = 'node';
	box.dataset.id = o.id;
	box.dataset.loaded = full ? 'true' : 'false';
	if (o.kind) {
		box.append(kindBadge(o.kind));
	}
	box.append(el('h3', { id: 'details-title' }, primaryName(o)));
	const secondary = secondaryName(o);
	if (secondary) {
		box.append(el('p', { class: 'sub' }, secondary));
	}
	box.append(el('div', { class: 'buttons' },
		el('button', { id: 'expand-node', type: 'button', class: 'primary', onclick: () => actions.expand(o.id) }, '展开邻居 Expand'),
		el('button', { id: 'focus-node', type: 'button', onclick: () => actions.focus(o.id) }, '以此为中心 Focus'),
		el('button', { id: 'remove-node', type: 'button', onclick: () => removeNode(o.id) }, '移除 Remove'),
		el('a', { id: 'open-in-graphiql', class: 'button', href: `graphiql?org=${encodeURIComponent(o.id)}`,
			title: '在 GraphiQL 中打开它的查询 Open its query in GraphiQL' }, '在 GraphiQL 中打开 Open in GraphiQL')));
	if (!full) {
		box.append(el('p', { class: 'hint' }, '加载中 Loading…'));
		return;
	}
	const dl = el('dl');
	row(dl, 'ID', el('code', {}, o.id));
	row(dl, '中文名 Name', o.name);
	row(dl, '英文名 English', o.nameEn);
	row(dl, '类型 Kind', kindLabel(o.kind));
	row(dl, '形式 Form', o.form ? term(o.form) : null);
	row(dl, '地区 Region', o.region);
	row(dl, '成立 Founded', o.founded);
	row(dl, '标识 Identifiers', o.identifiers.length ? el('ul', { class: 'plain' }, o.identifiers.map((i) => el('li', {}, `${i.scheme}: ${i.value}`))) : null);
	row(dl, '荣誉 Honours', o.honours.length ? el('ul', { class: 'plain' }, o.honours.map((h) => el('li', {}, h))) : null);
	row(dl, '别名 Aliases', o.aliases.length ? o.aliases.join('，') : null);
	row(dl, '简介 About', o.description);
	box.append(dl);
	if (o.cooperationModel) {
		const m = o.cooperationModel;
		box.append(el('h2', {}, '合作模式 Cooperation model'));
		const model = el('dl', { id: 'cooperation-model' });
		row(model, '声明 Declared', m.declared ? el('span', { class: 'model' }, m.declared) : '未声明 none declared');
		row(model, '推导 Derived', m.derived ? el('span', { class: 'model' }, m.derived) : '— 无已知共建方 no known co-founder');
		row(model, '缺失 Missing', m.missing.length ? el('span', { class: 'missing' }, m.missing.join('、')) : '无 none');
		box.append(model);
		if (m.missing.length) {
			box.append(el('p', { class: 'hint' }, '声明的合作方尚无来源点名，图中不会虚构。Declared sectors not yet backed by a named co-founder; the graph never invents one.'));
		}
		m.evidence.forEach((ev) => box.append(evidenceBlock(ev)));
	}
	box.append(relationsInView(o.id));
}

function relationsInView(id) {
	const node = cy.getElementById(id);
	const wrapper = el('section', { id: 'node-relations' }, el('h2', {}, '图中关系 Relations in view'));
	if (node.empty() || node.connectedEdges().empty()) {
		wrapper.append(el('p', { class: 'hint' }, '图中没有关系；点“展开”加载邻居。No relations drawn; press Expand to load neighbours.'));
		return wrapper;
	}
	const list = el('ul', { class: 'relations' });
	node.connectedEdges().sort((a, b) => a.data('type').localeCompare(b.data('type'))).forEach((e) => {
		const outgoing = e.data('source') === id;
		const other = outgoing ? e.target() : e.source();
		list.append(el('li', {},
			el('button', { type: 'button', class: 'linkish edge-link', dataset: { edgeId: e.id() }, onclick: () => selectEdge(e.id()) },
				`${outgoing ? '→' : '←'} ${typeLabel(e.data('type'))}`),
			el('button', { type: 'button', class: 'linkish node-link', dataset: { nodeId: other.id() }, onclick: () => selectNode(other.id()) },
				other.data('label'))));
	});
	wrapper.append(list);
	return wrapper;
}

function removeNode(id) {
	clearDetails('已移除 Removed.');
	remove(cy.getElementById(id));
}

// ------------------------------------------------------------------ a relation

async function showEdgeDetails(id) {
	const seq = ++detailsSeq;
	selected = { group: 'edges', id };
	const edge = cy.getElementById(id);
	const d = edge.data();
	const box = $('details');
	box.replaceChildren();
	box.dataset.group = 'edge';
	box.dataset.id = id;
	const t = TYPES[d.type];
	box.append(el('span', { class: 'badge' }, t ? typeSwatch(d.type) : null, t ? `${t.zh} ${t.en}` : d.type, ` · ${d.type}`));
	box.append(el('h3', { id: 'details-title' },
		el('button', { type: 'button', class: 'linkish node-link', dataset: { nodeId: d.source }, onclick: () => selectNode(d.source) }, edge.source().data('label')),
		' → ',
		el('button', { type: 'button', class: 'linkish node-link', dataset: { nodeId: d.target }, onclick: () => selectNode(d.target) }, edge.target().data('label'))));
	const dl = el('dl');
	row(dl, '角色 Role', d.role ? term(d.role) : null);
	row(dl, '合作类型 Kind', d.kind ? term(d.kind) : null);
	row(dl, '称号 Title', d.title);
	row(dl, '级别 Level', d.level ? term(d.level) : null);
	row(dl, '阶段 Stage', d.stage ? term(d.stage) : null);
	row(dl, '年份 Years', d.since == null && d.until == null ? '未注明 not stated' : `${d.since == null ? '?' : d.since} – ${d.until == null ? '' : d.until}`);
	row(dl, '状态 Status', term(d.status));
	box.append(dl);
	const evidence = el('section', { id: 'edge-evidence' }, el('h2', {}, '证据 Evidence'), el('p', { class: 'hint' }, '加载中 Loading…'));
	box.append(evidence);
	busy(+1);
	try {
		const data = await gql(QUERIES.evidence, { id: d.source, types: [d.type] });
		if (seq !== detailsSeq) {
			return;
		}
		const relation = data.organization && data.organization.relations.find((r) => r.id === id);
		evidence.replaceChildren(el('h2', {}, '证据 Evidence'));
		if (!relation || relation.evidence.length === 0) {
			evidence.append(el('p', { class: 'hint' }, '没有引文。No quote recorded.'));
		}
		else {
			relation.evidence.forEach((ev) => evidence.append(evidenceBlock(ev)));
		}
	}
	catch (e) {
		if (seq === detailsSeq) {
			evidence.replaceChildren(el('h2', {}, '证据 Evidence'), el('p', { class: 'hint' }, '无法加载 Could not load.'));
			showError(e, '证据 Evidence');
		}
	}
	finally {
		busy(-1);
	}
}
