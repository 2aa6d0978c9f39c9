/*
 * The 审核 Review tab's list: the pending candidates grouped by document, each relation
 * with its quote (both ends highlighted) and its type and role editable, each organisation
 * no pending relation names, and the selection. Data reaches the page as text nodes.
 */
import { $, el } from './dom.js';
import { kindLabel, term, typeLabel } from './i18n.js';

// data: the last answer; edits: id → { type, role } chosen; checked: ids selected.
export const review = { data: null, edits: new Map(), checked: new Set() };

/** Draws the last answer (nothing when there is none), keeping edits and the selection. */
export function render() {
	const list = $('review-list');
	list.replaceChildren();
	$('review-summary').textContent = '';
	if (!review.data) {
		return;
	}
	const { documents, candidates } = review.data;
	const titles = new Map(documents.map((d) => [d.id, d.title || d.id]));
	const groups = new Map();
	const group = (id) => groups.get(id) || groups.set(id, { relations: [], organizations: [] }).get(id);
	candidates.relations.forEach((r) => group(r.documentId).relations.push(r));
	// Organisations that no pending relationship names (an accepted one's ends are accepted with it).
	const ends = new Set(candidates.relations.flatMap((r) => [r.from.id, r.to.id]));
	const organizations = candidates.organizations.filter((o) => o.status === 'CANDIDATE' && !ends.has(o.id));
	organizations.forEach((o) => group(o.documentId || '').organizations.push(o));
	const pending = new Set([...candidates.relations.map((r) => r.id), ...organizations.map((o) => o.id)]);
	[...review.checked].filter((id) => !pending.has(id)).forEach((id) => review.checked.delete(id));
	$('review-summary').textContent = groups.size === 0 ? '没有待审的候选。Nothing to review.'
		: `${candidates.relations.length} 条关系 relations · ${organizations.length} 个机构 organisations · ${groups.size} 份文件 documents`;
	for (const [id, g] of groups) {
		list.append(renderGroup(id, titles.get(id) || id, g));
	}
	updateSelection();
}

function renderGroup(documentId, title, g) {
	const ids = [...g.relations.map((r) => r.id), ...g.organizations.map((o) => o.id)];
	const all = el('input', { type: 'checkbox', class: 'review-doc-all', 'aria-label': `全选 Select all: ${title}` });
	all.addEventListener('change', () => {
		ids.forEach((id) => review.checked[all.checked ? 'add' : 'delete'](id));
		render();
	});
	return el('section', { class: 'review-doc', dataset: { documentId } },
		el('h3', {}, el('label', {}, all, ' ', el('span', { class: 'review-doc-title' }, title)),
			el('span', { class: 'count' }, String(ids.length))),
		el('ul', { class: 'review-items' }, g.relations.map(renderRelation)),
		g.organizations.length ? el('ul', { class: 'review-items' }, g.organizations.map(renderOrganization)) : null);
}

function checkbox(id, label) {
	const box = el('input', { type: 'checkbox', class: 'review-check', 'aria-label': `选择 Select: ${label}`, dataset: { id } });
	box.checked = review.checked.has(id);
	box.addEventListener('change', () => {
		review.checked[box.checked ? 'add' : 'delete'](id);
		updateSelection();
	});
	return box;
}

function updateSelection() {
	const n = review.checked.size;
	$('review-accept').disabled = n === 0;
	$('review-reject').disabled = n === 0;
	$('review-selected').textContent = n ? `已选 ${n} selected` : '';
	document.querySelectorAll('.review-doc').forEach((section) => {
		const boxes = [...section.querySelectorAll('.review-check')];
		section.querySelector('.review-doc-all').checked = boxes.length > 0 && boxes.every((b) => b.checked);
	});
}

const newBadge = (o) => (o.proposed && o.status !== 'ASSERTED' ? el('span', { class: 'review-new', title: '新机构 New organisation' }, '新 new') : null);

function renderRelation(r) {
	const li = el('li', { class: 'review-item', dataset: { id: r.id } });
	const edit = review.edits.get(r.id) || { type: r.type, role: r.role || '' };
	const type = el('select', { class: 'review-type', 'aria-label': '关系类型 Relationship type' });
	for (const rule of review.data.relationTypeRules) {
		const allowed = rule.fromKinds.includes(r.from.kind) && rule.toKinds.includes(r.to.kind);
		type.append(el('option', { value: rule.type, disabled: !allowed && rule.type !== r.type }, typeLabel(rule.type)));
	}
	type.value = edit.type;
	const role = el('select', { class: 'review-role', 'aria-label': '角色 Role' });
	const mark = () => li.classList.toggle('edited', edit.type !== r.type || edit.role !== (r.role || ''));
	type.addEventListener('change', () => {
		edit.type = type.value;
		fillRoles(role, edit);
		review.edits.set(r.id, edit);
		mark();
	});
	role.addEventListener('change', () => {
		edit.role = role.value;
		review.edits.set(r.id, edit);
		mark();
	});
	fillRoles(role, edit);
	mark();
	const detail = [r.kind && term(r.kind), r.title, r.since].filter((x) => x != null && x !== '').join(' · ');
	li.append(checkbox(r.id, `${r.from.name} → ${r.to.name}`),
		el('div', { class: 'review-body' },
			el('div', { class: 'review-ends' }, el('span', { class: 'end-from' }, r.from.name), newBadge(r.from), ' → ',
				el('span', { class: 'end-to' }, r.to.name), newBadge(r.to), detail ? el('span', { class: 'hint' }, ` · ${detail}`) : null),
			highlighted(r),
			el('div', { class: 'review-edit' }, type, role)));
	return li;
}

/** Fills the role select with the roles valid for the chosen type, keeping the chosen role when it is one. */
function fillRoles(select, edit) {
	const rule = review.data.relationTypeRules.find((x) => x.type === edit.type);
	const roles = [...rule.roles];
	if (rule.anyRole && edit.role && !roles.includes(edit.role)) {
		roles.push(edit.role);
	}
	select.replaceChildren();
	if (!rule.roleRequired) {
		select.append(el('option', { value: '' }, '—'));
	}
	roles.forEach((x) => select.append(el('option', { value: x }, term(x))));
	select.value = roles.includes(edit.role) ? edit.role : (rule.roleRequired ? roles[0] : '');
	edit.role = select.value;
	select.disabled = roles.length === 0;
}

/** The quote as text nodes, the words naming each end in <mark>: fromText/toText, else the ends' names. */
function highlighted(r) {
	const quote = r.quote || '';
	const spans = [];
	for (const [cls, words, name] of [['hl-from', r.fromText, r.from.name], ['hl-to', r.toText, r.to.name]]) {
		for (const w of [words, name]) {
			let at = w ? quote.indexOf(w) : -1;
			while (at >= 0 && spans.some((s) => at < s.end && s.start < at + w.length)) {
				at = quote.indexOf(w, at + 1);
			}
			if (at >= 0) {
				spans.push({ start: at, end: at + w.length, cls });
				break;
			}
		}
	}
	spans.sort((a, b) => a.start - b.start);
	const p = el('p', { class: 'review-quote' });
	let position = 0;
	for (const s of spans) {
		p.append(document.createTextNode(quote.slice(position, s.start)), el('mark', { class: s.cls }, quote.slice(s.start, s.end)));
		position = s.end;
	}
	p.append(document.createTextNode(quote.slice(position)));
	return p;
}

function renderOrganization(o) {
	return el('li', { class: 'review-item review-org', dataset: { id: o.id } }, checkbox(o.id, o.name),
		el('div', { class: 'review-body' }, el('span', { class: 'end-from' }, o.name), newBadge(o),
			el('span', { class: 'hint' }, ` · ${kindLabel(o.kind)}`)));
}
