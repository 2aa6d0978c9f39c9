/*
 * The search box: suggestions as you type (by Chinese name, English name or alias),
 * ↑/↓ and Enter, and the chosen organisation's neighbourhood drawn.
 */
import { QUERIES, gql } from './api.js';
import { $, el } from './dom.js';
import { language, primaryName } from './i18n.js';
import { showError } from './messages.js';
import { loadOrganization } from './network.js';
import { kindSwatch } from './swatches.js';

const SEARCH_DEBOUNCE_MS = 200;

let searchSeq = 0; // an answer for an earlier text is dropped
let searchTimer = null;
let activeSuggestion = -1;

function onSearchInput() {
	clearTimeout(searchTimer);
	const text = $('search').value.trim();
	if (!text) {
		hideSuggestions();
		return;
	}
	searchTimer = setTimeout(() => runSearch(text), SEARCH_DEBOUNCE_MS);
}

async function runSearch(text) {
	const seq = ++searchSeq;
	try {
		const data = await gql(QUERIES.search, { text, first: 10 });
		if (seq !== searchSeq) {
			return;
		}
		renderSuggestions(text, data.search);
	}
	catch (e) {
		if (seq === searchSeq) {
			hideSuggestions();
			showError(e, `搜索 Search “${text}”`);
		}
	}
}

function renderSuggestions(text, results) {
	const list = $('suggestions');
	list.replaceChildren();
	activeSuggestion = -1;
	if (results.length === 0) {
		list.append(el('li', { class: 'none', role: 'option' }, `没有找到“${text}”。No organisation matches.`));
	}
	for (const o of results) {
		const other = language() === 'en' ? o.name : o.nameEn;
		const alias = o.aliases.find((a) => a.includes(text) || a.toLowerCase().includes(text.toLowerCase()));
		list.append(el('li', { role: 'option', dataset: { id: o.id }, onmousedown: (e) => {
			e.preventDefault();
			choose(o.id, primaryName(o));
		} }, kindSwatch(o.kind), el('span', { class: 'names' },
			el('span', { class: 'name' }, primaryName(o)),
			other ? el('span', { class: 'en' }, other) : null,
			alias && alias !== o.name && alias !== o.nameEn ? el('span', { class: 'alias' }, `别名 alias: ${alias}`) : null)));
	}
	list.hidden = false;
}

function hideSuggestions() {
	$('suggestions').hidden = true;
	activeSuggestion = -1;
}

function choose(id, label) {
	$('search').value = label;
	hideSuggestions();
	loadOrganization(id);
}

function onSearchKey(e) {
	const items = [...$('suggestions').querySelectorAll('li[data-id]')];
	if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
		if (items.length === 0) {
			return;
		}
		e.preventDefault();
		activeSuggestion = (activeSuggestion + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
		items.forEach((li, i) => li.classList.toggle('active', i === activeSuggestion));
	}
	else if (e.key === 'Enter') {
		const item = items[activeSuggestion >= 0 ? activeSuggestion : 0];
		if (item) {
			e.preventDefault();
			choose(item.dataset.id, item.querySelector('.name').textContent);
		}
	}
	else if (e.key === 'Escape') {
		hideSuggestions();
	}
}

export function wireSearch() {
	$('search').addEventListener('input', onSearchInput);
	$('search').addEventListener('keydown', onSearchKey);
	$('search').addEventListener('blur', () => setTimeout(hideSuggestions, 150));
	$('search').addEventListener('focus', () => {
		if ($('suggestions').children.length && $('search').value.trim()) {
			$('suggestions').hidden = false;
		}
	});
}
