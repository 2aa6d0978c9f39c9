/*
 * The explorer's 审核 Review tab, the page's second entry (after main.js): a curator with
 * an EDITOR token reviews the candidates that extraction proposed, grouped by document
 * (review-list.js), corrects a relationship's type or role, and accepts or rejects them;
 * accepted facts are drawn. The token lives in this tab's sessionStorage only (never
 * localStorage, never a cookie).
 */
import { gql } from './api.js';
import { selectEdge } from './details.js';
import { $ } from './dom.js';
import { cy, merge, runLayout } from './graph-view.js';
import { onLanguageChange } from './i18n.js';
import { busy, clearMessage, showError, showMessage } from './messages.js';
import { render, review } from './review-list.js';

const KEY = 'chanjiao.review.token';

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
		showMessage('请输入令牌。Enter your token.', 'error');
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

/** Loads the pending candidates with this token (default: the stored one); true when it answered. */
async function load(value) {
	busy(+1);
	try {
		review.data = await gql(Q.review, {}, value || token());
		clearMessage();
		render();
		return true;
	}
	catch (e) {
		showError(withHint(e), '审核 Review');
		return false;
	}
	finally {
		busy(-1);
	}
}

// ------------------------------------------------------------------ decisions

/** Runs one decision on the selected ids, then reloads the list; the selection is kept when it fails. */
async function decide(context, work) {
	const ids = [...review.checked];
	busy(+1);
	try {
		const message = await work(ids);
		ids.forEach((id) => [review.checked, review.edits].forEach((m) => m.delete(id)));
		await load();
		showMessage(message, 'info');
	}
	catch (e) {
		showError(withHint(e), context);
	}
	finally {
		busy(-1);
	}
}

const accept = () => decide('接受 Accepting', async (ids) => {
	const relations = new Map(review.data.candidates.relations.map((r) => [r.id, r]));
	const corrections = ids.map((id) => [relations.get(id), review.edits.get(id)])
		.filter(([r, edit]) => r && edit && (edit.type !== r.type || edit.role !== (r.role || '')))
		.map(([r, edit]) => ({ id: r.id, type: edit.type, role: edit.role || null }));
	const data = await gql(Q.accept, { ids, corrections }, token());
	await draw(data.acceptCandidates);
	return `已接受 ${ids.length} 项，已加入图。Accepted ${ids.length}; added to the graph.`;
});

/** Adds the accepted relationships (with their ends) and organisations to the graph. */
async function draw(decisions) {
	const relations = (await Promise.all(decisions.filter((d) => d.acceptedAs)
		.map((d) => gql(Q.relation, { id: d.acceptedAs })))).map((a) => a.relation).filter(Boolean);
	const organizations = (await Promise.all(decisions.filter((d) => !d.acceptedAs)
		.map((d) => gql(Q.organization, { id: d.id })))).map((a) => a.organization).filter(Boolean);
	const nodes = new Map(organizations.map((o) => [o.id, o]));
	relations.forEach((r) => nodes.set(r.from.id, r.from).set(r.to.id, r.to));
	const added = merge({ nodes: [...nodes.values()], relations }, null);
	if (added > 0) {
		await runLayout({ randomize: cy.nodes().length === added });
	}
	if (relations.length) {
		selectEdge(relations[relations.length - 1].id);
	}
}

function reject() {
	const reason = $('review-reason').value.trim();
	if (!reason) {
		showMessage('拒绝须填写理由。Give a reason for rejecting.', 'error');
		$('review-reason').focus();
		return;
	}
	decide('拒绝 Rejecting', async (ids) => {
		await gql(Q.reject, { ids, reason }, token());
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
onLanguageChange(render);
document.querySelectorAll('.tabs button').forEach((tab) => tab.addEventListener('click', () => {
	const reviewing = tab.id === 'tab-review';
	document.querySelector('.layout').classList.toggle('reviewing', reviewing);
	requestAnimationFrame(() => cy.resize());
	if (reviewing && token() != null && !review.data) {
		load();
	}
}));
showSession();
