/*
 * Loading the network: an organisation's neighbourhood (depth 1–3) replaces the graph,
 * and expanding a node merges its neighbours into it.
 */
import { QUERIES, gql } from './api.js';
import { selectNode, selection, showNodeDetails } from './details.js';
import { $ } from './dom.js';
import { cy, merge, runLayout, setRoot } from './graph-view.js';
import { setHash } from './hash.js';
import { busy, clearMessage, showError, showMessage } from './messages.js';

/** Replaces the graph with the neighbourhood of one organisation, at the chosen depth. */
export async function loadOrganization(id) {
	const depth = parseInt($('depth').value, 10) || 1;
	busy(+1);
	try {
		const data = await gql(QUERIES.neighborhood, { id, depth });
		clearMessage();
		cy.elements().remove();
		merge(data.neighborhood, null);
		setRoot(id);
		setHash(id);
		if (data.neighborhood.relations.length === 0) {
			const root = data.neighborhood.nodes.find((o) => o.id === id);
			showMessage(`没有找到 ${root ? root.name : id} 的已知关系。No known relations for this organisation.`, 'info');
		}
		await runLayout({ randomize: true });
		selectNode(id);
	}
	catch (e) {
		showError(e, `加载 Loading “${id}”`);
	}
	finally {
		busy(-1);
	}
}

/** Merges an organisation's neighbours (depth 1) into the graph. */
export async function expand(id) {
	busy(+1);
	try {
		const data = await gql(QUERIES.neighborhood, { id, depth: 1 });
		clearMessage();
		const added = merge(data.neighborhood, id);
		if (added === 0) {
			const node = cy.getElementById(id);
			showMessage(`${node.nonempty() ? node.data('label') : id}：没有新的邻居。No further neighbours.`, 'info');
		}
		else {
			await runLayout({ randomize: false });
		}
		const selected = selection();
		if (selected && selected.id === id) {
			showNodeDetails(id);
		}
	}
	catch (e) {
		showError(e, `展开 Expanding “${id}”`);
	}
	finally {
		busy(-1);
	}
}
