/*
 * The URL's hash, #org=ID&lang=en: the page writes the organisation it shows, and opens
 * the organisation (and language) a link or the user writes there.
 */
import { rootId } from './graph-view.js';

let lastHash = null; // the hash the page wrote or read last

/** Writes the organisation into the hash, without a new history entry. */
export function setHash(id) {
	const params = new URLSearchParams(location.hash.substring(1));
	params.set('org', id);
	lastHash = '#' + params.toString();
	if (location.hash !== lastHash) {
		history.replaceState(null, '', lastHash);
	}
}

/** Applies a hash the page has not written itself: `setLanguage(lang)`, then `open(org)`. */
export function readHash({ setLanguage, open }) {
	if (location.hash === lastHash) {
		return;
	}
	lastHash = location.hash;
	const params = new URLSearchParams(location.hash.substring(1));
	const lang = params.get('lang');
	if (lang === 'en' || lang === 'zh') {
		setLanguage(lang);
	}
	const org = params.get('org');
	if (org && org !== rootId()) {
		open(org);
	}
}
