/*
 * Downloading the current view: a PNG of the whole drawing, or the visible elements as
 * GraphML (for Gephi, yEd or NetworkX) with every attribute declared as a key.
 */
import { $, el } from './dom.js';
import { cy, rootId } from './graph-view.js';
import { showMessage } from './messages.js';

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

function xml(value) {
	return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}

/** The visible elements as GraphML (directed), with every attribute declared as a key. */
export function toGraphML() {
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

function download(blob, filename) {
	const url = URL.createObjectURL(blob);
	const a = el('a', { href: url, download: filename });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function fileStem() {
	return 'chanjiao-' + (rootId() || 'network');
}

function nothingToDownload() {
	if (cy.nodes(':visible').empty()) {
		showMessage('图是空的，没有可下载的内容。The graph is empty: nothing to download.', 'info');
		return true;
	}
	return false;
}

function exportPng() {
	if (nothingToDownload()) {
		return;
	}
	const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
	download(blob, fileStem() + '.png');
}

function exportGraphMl() {
	if (nothingToDownload()) {
		return;
	}
	download(new Blob([toGraphML()], { type: 'application/graphml+xml' }), fileStem() + '.graphml');
}

export function wireDownloads() {
	$('export-png').addEventListener('click', exportPng);
	$('export-graphml').addEventListener('click', exportGraphMl);
}
