/*
 * DOM helpers shared by the explorer's modules. Data reaches the page as text nodes (or
 * attributes), never as HTML.
 */

export const $ = (id) => document.getElementById(id);

/**
 * Creates an element: `attrs` are attributes, except `class`, `dataset` and `on…`
 * (event listeners); null and false leave an attribute out. Children are nodes or text.
 */
export function el(tag, attrs, ...children) {
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
