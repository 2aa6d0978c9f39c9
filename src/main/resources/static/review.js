/*
 * The explorer's 审核 Review tab: a curator with an EDITOR token reviews the candidates
 * that extraction proposed, grouped by document, corrects a relationship's type or role,
 * and accepts or rejects them. The token lives in this tab's sessionStorage only (never
 * localStorage, never a cookie). Data reaches the page as text nodes, never as HTML.
 */
(function () {
	'use strict';

	const X = window.explorer;
	const { el } = X;
	const KEY = 'chanjiao.review.token';
	const $ = (id) => document.getElementById(id);

	const Q = {
		review: `query Review {
			documents { id title }
			relationTypeRules { type fromKinds toKinds roles anyRole roleRequired }
			candidates {
				organizations { id name kind status proposed documentId }
				relations { id type role kind title since documentId quote fromText toText
					from { id name kind status proposed } to { id name kind status proposed } }
			}
		}`,
		accept: `mutation Accept($ids: [ID!]!, $corrections: [CandidateCorrection!]) {
			acceptCandidates(ids: $ids, corrections: $corrections) { id status acceptedAs } }`,
		reject: `mutation Reject($ids: [ID!]!, $reason: String!) { rejectCandidates(ids: $ids, reason: $reason) { id status } }`,
		relation: `query Accepted($id: ID!) { relation(id: $id) { id type role kind title level stage since until status
			from { id name nameEn kind region } to { id name nameEn kind region } } }`,
		organization: `query AcceptedOrganization($id: ID!) { organization(id: $id) { id name nameEn kind region } }`,
	};

	// data: the last answer; edits: id → { type, role } chosen; checked: ids selected.
	const review = { data: null, edits: new Map(), checked: new Set() };

	const token = () => sessionStorage.getItem(KEY);

	function withHint(e) {
		if (e.code === 'UNAUTHORIZED' || e.code === 'FORBIDDEN' || /\b401\b/.test(e.message)) {
			e.message += ' — 令牌无效或没有 EDITOR 角色。The token is unknown or lacks the EDITOR role.';
		}
		return e;
	}

	// ------------------------------------------------------------------ token

	async function useToken(event) {
		event.preventDefault();
		const value = $('review-token').value.trim();
		if (!value) {
			X.showMessage('请输入令牌。Enter your token.', 'error');
		}
		else if (await load(value)) {
			sessionStorage.setItem(KEY, value);
			$('review-token').value = '';
			showSession();
		}
	}

	function forget() {
		sessionStorage.removeItem(KEY);
		review.data = null;
		review.edits.clear();
		review.checked.clear();
		render();
		showSession();
	}

	function showSession() {
		const signedIn = token() != null;
		$('review-login').hidden = signedIn;
		$('review-session').hidden = !signedIn;
		$('review-body').hidden = !signedIn;
	}

	// ------------------------------------------------------------------ loading and drawing the list

	/** Loads the pending candidates with this token (default: the stored one); true when it answered. */
	async function load(value) {
		X.busy(+1);
		try {
			review.data = await X.gql(Q.review, {}, value || token());
			X.clearMessage();
			render();
			return true;
		}
		catch (e) {
			X.showError(withHint(e), '审核 Review');
			return false;
		}
		finally {
			X.busy(-1);
		}
	}

	function render() {
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
			type.append(el('option', { value: rule.type, disabled: !allowed && rule.type !== r.type }, X.typeLabel(rule.type)));
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
		const detail = [r.kind && X.term(r.kind), r.title, r.since].filter((x) => x != null && x !== '').join(' · ');
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
		roles.forEach((x) => select.append(el('option', { value: x }, X.term(x))));
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
				el('span', { class: 'hint' }, ` · ${X.kindLabel(o.kind)}`)));
	}

	// ------------------------------------------------------------------ decisions

	/** Runs one decision on the selected ids, then reloads the list; the selection is kept when it fails. */
	async function decide(context, work) {
		const ids = [...review.checked];
		X.busy(+1);
		try {
			const message = await work(ids);
			ids.forEach((id) => [review.checked, review.edits].forEach((m) => m.delete(id)));
			await load();
			X.showMessage(message, 'info');
		}
		catch (e) {
			X.showError(withHint(e), context);
		}
		finally {
			X.busy(-1);
		}
	}

	const accept = () => decide('接受 Accepting', async (ids) => {
		const relations = new Map(review.data.candidates.relations.map((r) => [r.id, r]));
		const corrections = ids.map((id) => [relations.get(id), review.edits.get(id)])
			.filter(([r, edit]) => r && edit && (edit.type !== r.type || edit.role !== (r.role || '')))
			.map(([r, edit]) => ({ id: r.id, type: edit.type, role: edit.role || null }));
		const data = await X.gql(Q.accept, { ids, corrections }, token());
		await draw(data.acceptCandidates);
		return `已接受 ${ids.length} 项，已加入图。Accepted ${ids.length}; added to the graph.`;
	});

	/** Adds the accepted relationships (with their ends) and organisations to the graph. */
	async function draw(decisions) {
		const relations = (await Promise.all(decisions.filter((d) => d.acceptedAs)
			.map((d) => X.gql(Q.relation, { id: d.acceptedAs })))).map((a) => a.relation).filter(Boolean);
		const organizations = (await Promise.all(decisions.filter((d) => !d.acceptedAs)
			.map((d) => X.gql(Q.organization, { id: d.id })))).map((a) => a.organization).filter(Boolean);
		const nodes = new Map(organizations.map((o) => [o.id, o]));
		relations.forEach((r) => nodes.set(r.from.id, r.from).set(r.to.id, r.to));
		const added = X.merge({ nodes: [...nodes.values()], relations }, null);
		if (added > 0) {
			await X.runLayout({ randomize: window.cy.nodes().length === added });
		}
		if (relations.length) {
			X.selectEdge(relations[relations.length - 1].id);
		}
	}

	function reject() {
		const reason = $('review-reason').value.trim();
		if (!reason) {
			X.showMessage('拒绝须填写理由。Give a reason for rejecting.', 'error');
			$('review-reason').focus();
			return;
		}
		decide('拒绝 Rejecting', async (ids) => {
			await X.gql(Q.reject, { ids, reason }, token());
			$('review-reason').value = '';
			return `已拒绝 ${ids.length} 项。Rejected ${ids.length}.`;
		});
	}

	// ------------------------------------------------------------------ wiring

	$('review-login').addEventListener('submit', useToken);
	$('review-token-forget').addEventListener('click', forget);
	$('review-reload').addEventListener('click', () => load());
	$('review-accept').addEventListener('click', accept);
	$('review-reject').addEventListener('click', reject);
	['lang-zh', 'lang-en'].forEach((id) => $(id).addEventListener('click', render));
	document.querySelectorAll('.tabs button').forEach((tab) => tab.addEventListener('click', () => {
		const reviewing = tab.id === 'tab-review';
		document.querySelector('.layout').classList.toggle('reviewing', reviewing);
		requestAnimationFrame(() => window.cy.resize());
		if (reviewing && token() != null && !review.data) {
			load();
		}
	}));
	showSession();
})();
