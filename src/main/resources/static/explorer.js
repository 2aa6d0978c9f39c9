/*
 * The chanjiao-graph network explorer: plain JavaScript over the public GraphQL API
 * (POST /graphql), drawn with cytoscape.js served from its WebJar. No build step.
 */
(function () {
	'use strict';

	const API = '/graphql';
	const TIMEOUT_MS = 15000;
	const SEARCH_DEBOUNCE_MS = 200;
	// cose gives the most readable drawing but runs in one synchronous loop; above this
	// many nodes a concentric layout (near-linear) keeps the page responsive.
	const COSE_LIMIT = 300;
	// Above this many edges, straight 'haystack' edges replace bezier curves.
	const BULK_EDGES = 800;

	const KINDS = {
		GOVERNMENT: { zh: '政府/主管部门', en: 'Government', color: '#c53030', shape: 'star' },
		SCHOOL: { zh: '学校', en: 'School', color: '#2b6cb0', shape: 'round-rectangle' },
		INDUSTRY_ASSOCIATION: { zh: '行业协会/学会', en: 'Industry association', color: '#6b46c1', shape: 'hexagon' },
		ENTERPRISE: { zh: '企业', en: 'Enterprise', color: '#dd6b20', shape: 'ellipse' },
		RESEARCH_INSTITUTE: { zh: '研究机构', en: 'Research institute', color: '#0f8b8d', shape: 'diamond' },
		COLLEGE: { zh: '产业学院', en: 'Industry college', color: '#2f855a', shape: 'triangle' },
		COMMUNITY: { zh: '职教集团/联合体/共同体', en: 'Community', color: '#975a16', shape: 'octagon' },
		PRACTICE_BASE: { zh: '实践/实训基地', en: 'Practice base', color: '#b83280', shape: 'pentagon' },
	};

	const TYPES = {
		CO_FOUNDED: { zh: '共建', en: 'Co-founded', color: '#2f855a', line: 'solid', width: 2.6, arrow: 'triangle' },
		MEMBER_OF: { zh: '成员', en: 'Member of', color: '#6b46c1', line: 'dashed', width: 1.8, arrow: 'vee' },
		PART_OF: { zh: '隶属', en: 'Part of', color: '#2b6cb0', line: 'solid', width: 1.4, arrow: 'triangle-tee' },
		AFFILIATED_WITH: { zh: '附属', en: 'Affiliated with', color: '#4299e1', line: 'dotted', width: 1.8, arrow: 'tee' },
		PARTNERS_WITH: { zh: '合作', en: 'Partners with', color: '#dd6b20', line: 'dashed', width: 1.8, arrow: 'circle' },
		RECOGNIZED: { zh: '认定', en: 'Recognised', color: '#c53030', line: 'dotted', width: 2.2, arrow: 'diamond' },
	};

	const TERMS = {
		LEAD: '牵头 Lead',
		PARTNER: '参与 Partner',
		CHAIR: '理事长单位 Chair',
		VICE_CHAIR: '副理事长单位 Vice chair',
		EXECUTIVE_MEMBER: '常务理事单位 Executive member',
		COUNCIL_MEMBER: '理事单位 Council member',
		MEMBER: '成员单位 Member',
		INTERNSHIP_BASE: '实习基地 Internship base',
		APPRENTICESHIP: '学徒制 Apprenticeship',
		ORDER_CLASS: '订单班 Order class',
		EMPLOYMENT: '就业 Employment',
		EQUIPMENT: '设备 Equipment',
		RESEARCH: '研发 Research',
		OTHER: '其他 Other',
		NATIONAL: '国家级 National',
		PROVINCIAL: '省级 Provincial',
		MUNICIPAL: '市级 Municipal',
		APPROVED: '立项 Approved',
		ACCEPTED: '验收 Accepted',
		BUILT: '建成 Built',
		ASSERTED: '已确认 Asserted',
		CANDIDATE: '待审 Candidate',
		DEPRECATED: '已废弃 Deprecated',
		VOCATIONAL_EDUCATION_GROUP: '职教集团 Vocational education group',
		MUNICIPAL_CONSORTIUM: '市域产教联合体 Municipal consortium',
		INDUSTRY_COMMUNITY: '行业产教融合共同体 Industry community',
	};

	const ERROR_TITLES = {
		NOT_FOUND: '未找到 Not found',
		BAD_REQUEST: '请求有误 Bad request',
		TIMEOUT: '请求超时 Timed out',
		NETWORK: '无法连接 Network error',
		INTERNAL_ERROR: '服务器错误 Server error',
		HTTP: '服务器错误 Server error',
	};

	const ORG_FIELDS = 'id name nameEn kind region';

	const Q = {
		search: `query Search($text: String!, $first: Int) {
			search(text: $text, first: $first) { ${ORG_FIELDS} aliases }
		}`,
		neighborhood: `query Neighborhood($id: ID!, $depth: Int) {
			neighborhood(id: $id, depth: $depth) {
				nodes { ${ORG_FIELDS} }
				relations { id type role kind title level stage since until status from { id } to { id } }
			}
		}`,
		organization: `query Organization($id: ID!) {
			organization(id: $id) {
				${ORG_FIELDS} aliases founded description form honours
				identifiers { scheme value }
				cooperationModel { declared derived missing evidence { documentId documentTitle quote } }
			}
		}`,
		evidence: `query Evidence($id: ID!, $types: [RelationType!]) {
			organization(id: $id) {
				relations(types: $types, direction: OUT, first: 500) {
					id evidence { documentId documentTitle quote }
				}
			}
		}`,
		spanning: `query Spanning($minColleges: Int, $first: Int) {
			enterprisesSpanningColleges(minColleges: $minColleges, first: $first) {
				enterprise { ${ORG_FIELDS} }
				collegeCount
				colleges { ${ORG_FIELDS} }
				schools { ${ORG_FIELDS} }
			}
		}`,
	};

	const state = {
		lang: 'zh',
		rootId: null,
		selected: null, // { group: 'nodes' | 'edges', id }
		hiddenKinds: new Set(),
		hiddenTypes: new Set(),
		year: null, // null: no year filter
		planner: [], // the last CollegeSpan answer
		plannerIds: new Set(),
		busy: 0,
		layout: null,
	};

	const $ = (id) => document.getElementById(id);

	// ------------------------------------------------------------------ API

	class ApiError extends Error {
		constructor(message, code) {
			super(message);
			this.code = code;
		}
	}

	/**
	 * Posts one GraphQL request; resolves to its data, or rejects with an ApiError carrying
	 * the GraphQL error message and classification, a timeout or a network failure.
	 * `token`, when given, is sent as a bearer token (the review tab's curator).
	 */
	async function gql(query, variables, token) {
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
		try {
			let response;
			try {
				const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
				if (token) {
					headers.Authorization = `Bearer ${token}`;
				}
				response = await fetch(API, {
					method: 'POST',
					headers,
					body: JSON.stringify({ query, variables: variables || {} }),
					signal: controller.signal,
				});
			}
			catch (e) {
				throw failure(e);
			}
			let body;
			try {
				body = await response.json();
			}
			catch (e) {
				if (e.name === 'AbortError') {
					throw failure(e);
				}
				throw new ApiError(`HTTP ${response.status} ${response.statusText}`.trim(), 'HTTP');
			}
			if (body.errors && body.errors.length) {
				const first = body.errors[0];
				const code = (first.extensions && (first.extensions.classification || first.extensions.code)) || 'ERROR';
				throw new ApiError(body.errors.map((e) => e.message).join('\n'), code);
			}
			if (!response.ok) {
				throw new ApiError(`HTTP ${response.status}`, 'HTTP');
			}
			return body.data;
		}
		finally {
			clearTimeout(timer);
		}
	}

	function failure(e) {
		if (e.name === 'AbortError') {
			return new ApiError(`服务器在 ${TIMEOUT_MS / 1000} 秒内没有响应。The server did not answer within ${TIMEOUT_MS / 1000} s.`, 'TIMEOUT');
		}
		return new ApiError(`无法连接服务器。Cannot reach the server (${e.message}).`, 'NETWORK');
	}

	// ------------------------------------------------------------------ messages and status

	function showError(err, context) {
		const code = err.code || 'ERROR';
		const title = ERROR_TITLES[code] || '出错 Error';
		const prefix = context ? `${context}：` : '';
		showMessage(`${title} [${code}] ${prefix}${err.message}`, 'error');
		if (!(err instanceof ApiError)) {
			console.error(err);
		}
	}

	function showMessage(text, kind) {
		$('message-text').textContent = text;
		$('message').className = 'message' + (kind === 'error' ? ' error' : '');
		$('message').dataset.kind = kind || 'info';
		$('message').hidden = false;
	}

	function clearMessage() {
		$('message').hidden = true;
		$('message-text').textContent = '';
	}

	function busy(delta) {
		state.busy = Math.max(0, state.busy + delta);
		document.body.dataset.busy = state.busy > 0 ? 'true' : 'false';
		updateStatus();
	}

	function updateStatus(extra) {
		if (!cy) {
			return;
		}
		const nodes = cy.nodes();
		const edges = cy.edges();
		$('empty').hidden = nodes.length > 0;
		let text = `${nodes.length} 个机构 organisations · ${edges.length} 条关系 relations`;
		const visibleNodes = nodes.filter(':visible').length;
		const visibleEdges = edges.filter(':visible').length;
		if (visibleNodes !== nodes.length || visibleEdges !== edges.length) {
			text += ` · 显示 visible ${visibleNodes} / ${visibleEdges}`;
		}
		if (state.busy > 0) {
			text += ' · 加载中 loading…';
		}
		if (extra) {
			text += ' · ' + extra;
		}
		$('status').textContent = text;
	}

	// ------------------------------------------------------------------ names and labels

	function primaryName(o) {
		return state.lang === 'en' && o.nameEn ? o.nameEn : o.name;
	}

	function secondaryName(o) {
		if (state.lang === 'en') {
			return o.nameEn ? o.name : null;
		}
		return o.nameEn || null;
	}

	function kindLabel(kind) {
		const k = KINDS[kind];
		return k ? `${k.zh} ${k.en}` : kind;
	}

	function typeLabel(type) {
		const t = TYPES[type];
		return t ? (state.lang === 'en' ? t.en : `${t.zh} ${t.en}`) : type;
	}

	function term(value) {
		return TERMS[value] || value;
	}

	function el(tag, attrs, ...children) {
		const node = document.createElement(tag);
		for (const [key, value] of Object.entries(attrs || {})) {
			if (value == null || value === false) {
				continue;
			}
			if (key === 'class') {
				node.className = value;
			}
			else if (key === 'dataset') {
				Object.assign(node.dataset, value);
			}
			else if (key.startsWith('on')) {
				node.addEventListener(key.substring(2), value);
			}
			else {
				node.setAttribute(key, value === true ? '' : value);
			}
		}
		for (const child of children.flat()) {
			if (child != null && child !== false) {
				node.append(child instanceof Node ? child : document.createTextNode(String(child)));
			}
		}
		return node;
	}

	// ------------------------------------------------------------------ legend swatches

	const SVG = 'http://www.w3.org/2000/svg';

	function svg(width, height, ...shapes) {
		const root = document.createElementNS(SVG, 'svg');
		root.setAttribute('width', width);
		root.setAttribute('height', height);
		root.setAttribute('viewBox', `0 0 ${width} ${height}`);
		root.setAttribute('aria-hidden', 'true');
		for (const [tag, attrs] of shapes) {
			const shape = document.createElementNS(SVG, tag);
			for (const [k, v] of Object.entries(attrs)) {
				shape.setAttribute(k, v);
			}
			root.append(shape);
		}
		return root;
	}

	function regularPolygon(sides, radius, rotation) {
		const points = [];
		for (let i = 0; i < sides; i++) {
			const a = rotation + (2 * Math.PI * i) / sides;
			points.push(`${(8 + radius * Math.cos(a)).toFixed(2)},${(8 + radius * Math.sin(a)).toFixed(2)}`);
		}
		return points.join(' ');
	}

	function starPolygon() {
		const points = [];
		for (let i = 0; i < 10; i++) {
			const r = i % 2 === 0 ? 7.5 : 3.2;
			const a = -Math.PI / 2 + (Math.PI * i) / 5;
			points.push(`${(8 + r * Math.cos(a)).toFixed(2)},${(8 + r * Math.sin(a)).toFixed(2)}`);
		}
		return points.join(' ');
	}

	function kindSwatch(kind) {
		const { color, shape } = KINDS[kind];
		const paint = { fill: color, stroke: '#fff', 'stroke-width': 1 };
		switch (shape) {
			case 'ellipse':
				return svg(16, 16, ['circle', { cx: 8, cy: 8, r: 7, ...paint }]);
			case 'round-rectangle':
				return svg(16, 16, ['rect', { x: 1, y: 2, width: 14, height: 12, rx: 3, ...paint }]);
			case 'star':
				return svg(16, 16, ['polygon', { points: starPolygon(), ...paint }]);
			case 'diamond':
				return svg(16, 16, ['polygon', { points: '8,0.5 15.5,8 8,15.5 0.5,8', ...paint }]);
			case 'triangle':
				return svg(16, 16, ['polygon', { points: '8,1 15.5,15 0.5,15', ...paint }]);
			case 'hexagon':
				return svg(16, 16, ['polygon', { points: regularPolygon(6, 7.5, 0), ...paint }]);
			case 'octagon':
				return svg(16, 16, ['polygon', { points: regularPolygon(8, 7.5, Math.PI / 8), ...paint }]);
			case 'pentagon':
				return svg(16, 16, ['polygon', { points: regularPolygon(5, 7.5, -Math.PI / 2), ...paint }]);
			default:
				return svg(16, 16, ['rect', { x: 1, y: 1, width: 14, height: 14, ...paint }]);
		}
	}

	function typeSwatch(type) {
		const { color, line, width } = TYPES[type];
		const dash = line === 'dashed' ? '5 3' : line === 'dotted' ? '1.5 2.5' : 'none';
		return svg(30, 12, ['line', { x1: 1, y1: 6, x2: 23, y2: 6, stroke: color, 'stroke-width': Math.max(width, 1.5), 'stroke-dasharray': dash }],
			['polygon', { points: '22,2 29,6 22,10', fill: color }]);
	}

	// ------------------------------------------------------------------ the graph

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

	const cy = cytoscape({
		container: $('cy'),
		style: graphStyle(),
		minZoom: 0.05,
		maxZoom: 4,
		pixelRatio: 1,
		motionBlur: false,
	});
	window.cy = cy;

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
	function merge(subgraph, centerId) {
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
			markPlanner();
		});
		updateYearRange();
		applyFilters();
		updateCounts();
		return added;
	}

	/** Runs the layout off the current task, so the page paints (and stays usable) first. */
	function runLayout(options) {
		const opts = options || {};
		if (state.layout) {
			state.layout.stop();
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
			const root = state.rootId;
			layoutOptions = {
				name: 'concentric',
				animate: false,
				fit: true,
				padding: 30,
				minNodeSpacing: 4,
				avoidOverlap: true,
				concentric: (n) => (n.id() === root ? Number.MAX_SAFE_INTEGER : n.degree(false)),
				levelWidth: (all) => Math.max(1, all.maxDegree(false) / 4),
			};
		}
		busy(+1);
		updateStatus('布局中 laying out…');
		return new Promise((resolve) => {
			setTimeout(() => {
				const layout = cy.elements(':visible').layout(layoutOptions);
				state.layout = layout;
				layout.one('layoutstop', () => {
					if (state.layout === layout) {
						state.layout = null;
					}
					busy(-1);
					resolve();
				});
				try {
					layout.run();
				}
				catch (e) {
					busy(-1);
					showError(e, '布局 Layout');
					resolve();
				}
			}, 30);
		});
	}

	/** Replaces the graph with the neighbourhood of one organisation. */
	async function loadOrganization(id) {
		const depth = parseInt($('depth').value, 10) || 1;
		busy(+1);
		try {
			const data = await gql(Q.neighborhood, { id, depth });
			clearMessage();
			state.rootId = id;
			cy.elements().remove();
			merge(data.neighborhood, null);
			cy.nodes().removeClass('root');
			cy.getElementById(id).addClass('root');
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
	async function expand(id) {
		busy(+1);
		try {
			const data = await gql(Q.neighborhood, { id, depth: 1 });
			clearMessage();
			const added = merge(data.neighborhood, id);
			if (added === 0) {
				const node = cy.getElementById(id);
				showMessage(`${node.nonempty() ? node.data('label') : id}：没有新的邻居。No further neighbours.`, 'info');
			}
			else {
				await runLayout({ randomize: false });
			}
			if (state.selected && state.selected.id === id) {
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

	// ------------------------------------------------------------------ filters

	function yearHolds(edge, year) {
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
				n.toggleClass('filtered', state.hiddenKinds.has(n.data('kind')));
			});
			cy.edges().forEach((e) => {
				e.toggleClass('filtered', state.hiddenTypes.has(e.data('type')) || !yearHolds(e, state.year));
			});
		});
		updateStatus();
	}

	function updateYearRange() {
		const now = new Date().getFullYear();
		let min = 2000;
		let max = now;
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

	function setYearFilter(enabled, year) {
		const slider = $('year');
		$('year-enabled').checked = enabled;
		slider.disabled = !enabled;
		if (year != null) {
			slider.value = year;
		}
		$('year-value').textContent = enabled ? slider.value : '全部 all';
		state.year = enabled ? parseInt(slider.value, 10) : null;
		applyFilters();
	}

	function buildFilters() {
		const kinds = $('kind-filters');
		for (const kind of Object.keys(KINDS)) {
			const box = el('input', { type: 'checkbox', checked: true, dataset: { kind } });
			box.addEventListener('change', () => {
				box.checked ? state.hiddenKinds.delete(kind) : state.hiddenKinds.add(kind);
				applyFilters();
			});
			kinds.append(el('li', {}, el('label', {}, box, kindSwatch(kind),
				el('span', {}, KINDS[kind].zh, ' ', el('span', { class: 'hint' }, KINDS[kind].en)),
				el('span', { class: 'count', dataset: { countKind: kind } }, '0'))));
		}
		const types = $('type-filters');
		for (const type of Object.keys(TYPES)) {
			const box = el('input', { type: 'checkbox', checked: true, dataset: { type } });
			box.addEventListener('change', () => {
				box.checked ? state.hiddenTypes.delete(type) : state.hiddenTypes.add(type);
				applyFilters();
			});
			types.append(el('li', {}, el('label', { title: type }, box, typeSwatch(type),
				el('span', {}, TYPES[type].zh, ' ', el('span', { class: 'hint' }, TYPES[type].en)),
				el('span', { class: 'count', dataset: { countType: type } }, '0'))));
		}
		$('year-enabled').addEventListener('change', (e) => setYearFilter(e.target.checked));
		$('year').addEventListener('input', () => setYearFilter(true));
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

	// ------------------------------------------------------------------ details

	let detailsSeq = 0;

	function selectNode(id) {
		const node = cy.getElementById(id);
		if (node.empty()) {
			return;
		}
		cy.elements(':selected').unselect();
		node.select();
		showNodeDetails(id);
	}

	function selectEdge(id) {
		const edge = cy.getElementById(id);
		if (edge.empty()) {
			return;
		}
		cy.elements(':selected').unselect();
		edge.select();
		showEdgeDetails(id);
	}

	function kindBadge(kind) {
		const k = KINDS[kind];
		return el('span', { class: 'badge', dataset: { kind } }, el('span', { class: 'dot', style: `background:${k ? k.color : '#999'}` }), kindLabel(kind));
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

	async function showNodeDetails(id) {
		const seq = ++detailsSeq;
		state.selected = { group: 'nodes', id };
		const node = cy.getElementById(id);
		const cached = node.nonempty() ? node.data() : { id, name: id, kind: null };
		renderNode(cached, null);
		busy(+1);
		try {
			const data = await gql(Q.organization, { id });
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
			el('button', { id: 'expand-node', type: 'button', class: 'primary', onclick: () => expand(o.id) }, '展开邻居 Expand'),
			el('button', { id: 'focus-node', type: 'button', onclick: () => loadOrganization(o.id) }, '以此为中心 Focus'),
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
		cy.getElementById(id).remove();
		$('details').replaceChildren(el('p', { class: 'hint' }, '已移除 Removed.'));
		state.selected = null;
		updateCounts();
		updateStatus();
	}

	async function showEdgeDetails(id) {
		const seq = ++detailsSeq;
		state.selected = { group: 'edges', id };
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
			const data = await gql(Q.evidence, { id: d.source, types: [d.type] });
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

	function refreshDetails() {
		if (!state.selected) {
			return;
		}
		if (cy.getElementById(state.selected.id).empty()) {
			return;
		}
		state.selected.group === 'nodes' ? showNodeDetails(state.selected.id) : showEdgeDetails(state.selected.id);
	}

	// ------------------------------------------------------------------ search

	let searchSeq = 0;
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
			const data = await gql(Q.search, { text, first: 10 });
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
			const other = state.lang === 'en' ? o.name : o.nameEn;
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

	// ------------------------------------------------------------------ language

	function setLang(lang) {
		state.lang = lang;
		document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
		$('lang-zh').classList.toggle('active', lang === 'zh');
		$('lang-en').classList.toggle('active', lang === 'en');
		$('lang-zh').setAttribute('aria-pressed', lang === 'zh');
		$('lang-en').setAttribute('aria-pressed', lang === 'en');
		cy.batch(() => {
			cy.nodes().forEach((n) => {
				n.data('label', primaryName(n.data()));
			});
			cy.edges().forEach((e) => {
				e.data('label', typeLabel(e.data('type')));
			});
		});
		renderPlanner();
		refreshDetails();
	}

	// ------------------------------------------------------------------ planner

	async function loadPlanner() {
		const min = parseInt($('planner-min').value, 10);
		if (!(min >= 1 && min <= 1000)) {
			showMessage('最少学院数须为 1–1000。The minimum number of colleges must be 1–1000.', 'error');
			return;
		}
		busy(+1);
		try {
			const data = await gql(Q.spanning, { minColleges: min, first: 500 });
			clearMessage();
			state.planner = data.enterprisesSpanningColleges;
			state.plannerIds = new Set(state.planner.map((s) => s.enterprise.id));
			cy.batch(markPlanner);
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
		cy.nodes().forEach((n) => {
			n.toggleClass('planner', state.plannerIds.has(n.id()));
		});
	}

	function renderPlanner() {
		const list = $('planner-list');
		list.replaceChildren();
		const min = $('planner-min').value;
		if (!state.planner.length) {
			$('planner-summary').textContent = state.plannerIds.size === 0 && list.dataset.loaded !== 'true' ? '' : `没有企业跨 ${min} 个以上学院。No enterprise spans ${min} or more colleges; try a lower minimum.`;
			$('planner-add-all').hidden = true;
			list.dataset.loaded = 'true';
			return;
		}
		list.dataset.loaded = 'true';
		$('planner-summary').textContent = `${state.planner.length} 家企业（图中高亮）。${state.planner.length} enterprise(s), highlighted in the graph.`;
		$('planner-add-all').hidden = false;
		for (const span of state.planner) {
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
				const answers = await Promise.all(chunk.map((id) => gql(Q.neighborhood, { id, depth: 1 })));
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

	// ------------------------------------------------------------------ export

	function download(blob, filename) {
		const url = URL.createObjectURL(blob);
		const a = el('a', { href: url, download: filename });
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	}

	function xml(value) {
		return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
	}

	const GRAPHML_KEYS = [
		['kind', 'node', 'kind', 'string'],
		['name', 'node', 'name', 'string'],
		['nameEn', 'node', 'nameEn', 'string'],
		['region', 'node', 'region', 'string'],
		['x', 'node', 'x', 'double'],
		['y', 'node', 'y', 'double'],
		['type', 'edge', 'type', 'string'],
		['role', 'edge', 'role', 'string'],
		['edgeKind', 'edge', 'kind', 'string'],
		['title', 'edge', 'title', 'string'],
		['since', 'edge', 'since', 'int'],
		['until', 'edge', 'until', 'int'],
	];

	/** The visible elements as GraphML (directed), with every attribute declared as a key. */
	function toGraphML() {
		const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
			'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];
		for (const [id, domain, name, type] of GRAPHML_KEYS) {
			lines.push(`  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`);
		}
		lines.push('  <graph id="chanjiao" edgedefault="directed">');
		const dataLine = (key, value) => (value == null || value === '' ? '' : `<data key="${key}">${xml(value)}</data>`);
		cy.nodes(':visible').forEach((n) => {
			const d = n.data();
			const p = n.position();
			lines.push(`    <node id="${xml(d.id)}">${dataLine('kind', d.kind)}${dataLine('name', d.name)}${dataLine('nameEn', d.nameEn)}${dataLine('region', d.region)}${dataLine('x', p.x.toFixed(1))}${dataLine('y', p.y.toFixed(1))}</node>`);
		});
		cy.edges(':visible').forEach((e) => {
			const d = e.data();
			lines.push(`    <edge id="${xml(d.id)}" source="${xml(d.source)}" target="${xml(d.target)}">${dataLine('type', d.type)}${dataLine('role', d.role)}${dataLine('edgeKind', d.kind)}${dataLine('title', d.title)}${dataLine('since', d.since)}${dataLine('until', d.until)}</edge>`);
		});
		lines.push('  </graph>', '</graphml>');
		return lines.join('\n') + '\n';
	}

	function fileStem() {
		return 'chanjiao-' + (state.rootId || 'network');
	}

	function exportPng() {
		if (cy.nodes(':visible').empty()) {
			showMessage('图是空的，没有可下载的内容。The graph is empty: nothing to download.', 'info');
			return;
		}
		const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
		download(blob, fileStem() + '.png');
	}

	function exportGraphMl() {
		if (cy.nodes(':visible').empty()) {
			showMessage('图是空的，没有可下载的内容。The graph is empty: nothing to download.', 'info');
			return;
		}
		download(new Blob([toGraphML()], { type: 'application/graphml+xml' }), fileStem() + '.graphml');
	}

	// ------------------------------------------------------------------ URL hash (#org=ID&lang=en)

	let lastHash = null;

	function setHash(id) {
		const params = new URLSearchParams(location.hash.substring(1));
		params.set('org', id);
		lastHash = '#' + params.toString();
		if (location.hash !== lastHash) {
			history.replaceState(null, '', lastHash);
		}
	}

	function readHash() {
		if (location.hash === lastHash) {
			return;
		}
		lastHash = location.hash;
		const params = new URLSearchParams(location.hash.substring(1));
		const lang = params.get('lang');
		if (lang === 'en' || lang === 'zh') {
			setLang(lang);
		}
		const org = params.get('org');
		if (org && org !== state.rootId) {
			loadOrganization(org);
		}
	}

	// ------------------------------------------------------------------ wiring

	function wire() {
		buildFilters();
		$('search').addEventListener('input', onSearchInput);
		$('search').addEventListener('keydown', onSearchKey);
		$('search').addEventListener('blur', () => setTimeout(hideSuggestions, 150));
		$('search').addEventListener('focus', () => {
			if ($('suggestions').children.length && $('search').value.trim()) {
				$('suggestions').hidden = false;
			}
		});
		$('lang-zh').addEventListener('click', () => setLang('zh'));
		$('lang-en').addEventListener('click', () => setLang('en'));
		$('fit').addEventListener('click', () => cy.fit(cy.elements(':visible'), 40));
		$('relayout').addEventListener('click', () => runLayout({ randomize: false }));
		$('clear').addEventListener('click', () => {
			cy.elements().remove();
			state.rootId = null;
			state.selected = null;
			$('details').replaceChildren(el('p', { class: 'hint' }, '图已清空。The graph is empty.'));
			updateCounts();
			updateStatus();
		});
		$('export-png').addEventListener('click', exportPng);
		$('export-graphml').addEventListener('click', exportGraphMl);
		$('message-close').addEventListener('click', clearMessage);
		$('planner-load').addEventListener('click', loadPlanner);
		$('planner-min').addEventListener('keydown', (e) => {
			if (e.key === 'Enter') {
				loadPlanner();
			}
		});
		$('planner-add-all').addEventListener('click', () => addPlanned(state.planner.map((s) => s.enterprise.id)));
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
		cy.on('tap', 'node', (e) => selectNode(e.target.id()));
		cy.on('tap', 'edge', (e) => selectEdge(e.target.id()));
		cy.on('dbltap', 'node', (e) => expand(e.target.id()));
		window.addEventListener('hashchange', readHash);
		updateStatus();
		readHash();
	}

	window.explorer = {
		gql, loadOrganization, expand, toGraphML, setLang, setYearFilter, state,
		// for review.js
		merge, runLayout, selectEdge, showError, showMessage, clearMessage, busy, el, term, kindLabel, typeLabel, TYPES,
	};
	wire();
	document.body.dataset.ready = 'true';
})();
