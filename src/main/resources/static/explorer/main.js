/*
 * The chanjiao-graph network explorer: native ES modules over the public GraphQL API
 * (POST /graphql), drawn with cytoscape.js served from its WebJar. No build step.
 *
 * This entry wires the modules to the page; review.js, the 审核 Review tab, is the page's
 * other entry. The modules, each importing only those above it in this list:
 *   dom.js         $ and el (elements from data, as text)
 *   vocabulary.js  kinds, relationship types and terms: labels and looks
 *   i18n.js        the label language 中文 / English, names and labels
 *   api.js         the GraphQL client: fetch, errors, timeout, token; the explorer's queries
 *   messages.js    the message bar and the busy count (body[data-busy])
 *   swatches.js    SVG pictures of kinds and types (legend, suggestions, badges)
 *   graph-view.js  cytoscape (window.cy), styles, adding and removing, layouts, status line
 *   filters.js     the Filters tab: kind and type legend with counts, the year slider
 *   details.js     the Details panel and the selection
 *   hash.js        #org=ID&lang=en
 *   network.js     loading a neighbourhood, expanding a node
 *   planner.js     the Planner tab: enterprises spanning colleges
 *   search.js      the search box and its suggestions
 *   download.js    PNG and GraphML
 *   review-list.js, review.js  the Review tab (its own entry)
 */
import { gql } from './api.js';
import { clearDetails, refreshDetails, wireDetails } from './details.js';
import { $ } from './dom.js';
import { toGraphML, wireDownloads } from './download.js';
import { setYearFilter, wireFilters } from './filters.js';
import { cy, relabel, remove, runLayout, setRoot, updateStatus } from './graph-view.js';
import { readHash } from './hash.js';
import { onLanguageChange, setLanguage } from './i18n.js';
import { clearMessage } from './messages.js';
import { expand, loadOrganization } from './network.js';
import { renderPlanner, wirePlanner } from './planner.js';
import { wireSearch } from './search.js';

wireFilters();
wireSearch();
wireDetails({ expand, focus: loadOrganization });
wirePlanner();
wireDownloads();

// The graph's labels first: the planner and the details read them.
onLanguageChange(() => {
	relabel();
	renderPlanner();
	refreshDetails();
});
$('lang-zh').addEventListener('click', () => setLanguage('zh'));
$('lang-en').addEventListener('click', () => setLanguage('en'));

$('fit').addEventListener('click', () => cy.fit(cy.elements(':visible'), 40));
$('relayout').addEventListener('click', () => runLayout({ randomize: false }));
$('clear').addEventListener('click', () => {
	clearDetails('图已清空。The graph is empty.');
	remove(cy.elements());
	setRoot(null);
});
$('message-close').addEventListener('click', clearMessage);
cy.on('dbltap', 'node', (e) => expand(e.target.id()));

document.querySelectorAll('.tabs button').forEach((tab) => {
	tab.addEventListener('click', () => {
		document.querySelectorAll('.tabs button').forEach((t) => {
			const active = t === tab;
			t.classList.toggle('active', active);
			t.setAttribute('aria-selected', active);
			$(t.dataset.panel).hidden = !active;
		});
	});
});

const followHash = () => readHash({ setLanguage, open: loadOrganization });
window.addEventListener('hashchange', followHash);
updateStatus();
followHash();

// For the browser tests (explorer.toGraphML()) and the console.
window.explorer = { gql, loadOrganization, expand, toGraphML, setLang: setLanguage, setYearFilter };

// Module scripts run in order before DOMContentLoaded, so by then both entries (this
// one and review.js) have wired the page; the browser tests wait for this flag.
document.addEventListener('DOMContentLoaded', () => {
	document.body.dataset.ready = 'true';
});
