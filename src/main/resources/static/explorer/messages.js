/*
 * The message bar (errors and notices) and the busy count: while a request or a layout
 * runs, <body data-busy="true">, which the browser tests wait on.
 */
import { ApiError } from './api.js';
import { $ } from './dom.js';

const ERROR_TITLES = {
	NOT_FOUND: '未找到 Not found',
	BAD_REQUEST: '请求有误 Bad request',
	TIMEOUT: '请求超时 Timed out',
	NETWORK: '无法连接 Network error',
	INTERNAL_ERROR: '服务器错误 Server error',
	HTTP: '服务器错误 Server error',
};

let pending = 0;

const busyListeners = [];

/** Shows the error's title, code and message; `context` says what was being done. */
export function showError(err, context) {
	const code = err.code || 'ERROR';
	const title = ERROR_TITLES[code] || '出错 Error';
	const prefix = context ? `${context}：` : '';
	showMessage(`${title} [${code}] ${prefix}${err.message}`, 'error');
	if (!(err instanceof ApiError)) {
		console.error(err);
	}
}

export function showMessage(text, kind) {
	$('message-text').textContent = text;
	$('message').className = 'message' + (kind === 'error' ? ' error' : '');
	$('message').dataset.kind = kind || 'info';
	$('message').hidden = false;
}

export function clearMessage() {
	$('message').hidden = true;
	$('message-text').textContent = '';
}

/** Counts work starting (+1) and ending (-1). */
export function busy(delta) {
	pending = Math.max(0, pending + delta);
	document.body.dataset.busy = pending > 0 ? 'true' : 'false';
	busyListeners.forEach((listener) => listener());
}

export const isBusy = () => pending > 0;

export function onBusyChange(listener) {
	busyListeners.push(listener);
}
