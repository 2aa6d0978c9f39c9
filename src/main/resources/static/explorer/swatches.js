/*
 * Small SVG pictures of a kind's node and a type's edge, drawn as the graph draws them:
 * for the legend, the search suggestions and the details' badges.
 */
import { el } from './dom.js';
import { kindLabel } from './i18n.js';
import { KINDS, TYPES } from './vocabulary.js';

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

export function kindSwatch(kind) {
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

export function typeSwatch(type) {
	const { color, line, width } = TYPES[type];
	const dash = line === 'dashed' ? '5 3' : line === 'dotted' ? '1.5 2.5' : 'none';
	return svg(30, 12, ['line', { x1: 1, y1: 6, x2: 23, y2: 6, stroke: color, 'stroke-width': Math.max(width, 1.5), 'stroke-dasharray': dash }],
		['polygon', { points: '22,2 29,6 22,10', fill: color }]);
}

/** The kind's colour dot and bilingual label, as the details panel shows it. */
export function kindBadge(kind) {
	const k = KINDS[kind];
	return el('span', { class: 'badge', dataset: { kind } }, el('span', { class: 'dot', style: `background:${k ? k.color : '#999'}` }), kindLabel(kind));
}
