/*
 * The label language (中文 / English): names and labels in the chosen language, and the
 * modules to tell when it changes. Labels that are always bilingual (kinds, terms) are
 * here too, so that every label comes from one place.
 */
import { $ } from './dom.js';
import { KINDS, TERMS, TYPES } from './vocabulary.js';

let lang = 'zh';

const listeners = [];

export const language = () => lang;

/** Switches the labels to 'zh' or 'en': the page's buttons, then every listener, in order. */
export function setLanguage(value) {
	lang = value;
	document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
	$('lang-zh').classList.toggle('active', lang === 'zh');
	$('lang-en').classList.toggle('active', lang === 'en');
	$('lang-zh').setAttribute('aria-pressed', lang === 'zh');
	$('lang-en').setAttribute('aria-pressed', lang === 'en');
	listeners.forEach((listener) => listener(lang));
}

export function onLanguageChange(listener) {
	listeners.push(listener);
}

/** The organisation's name in the chosen language: the Chinese name where there is no English one. */
export function primaryName(o) {
	return lang === 'en' && o.nameEn ? o.nameEn : o.name;
}

/** The organisation's name in the other language, if it has one. */
export function secondaryName(o) {
	if (lang === 'en') {
		return o.nameEn ? o.name : null;
	}
	return o.nameEn || null;
}

export function kindLabel(kind) {
	const k = KINDS[kind];
	return k ? `${k.zh} ${k.en}` : kind;
}

export function typeLabel(type) {
	const t = TYPES[type];
	return t ? (lang === 'en' ? t.en : `${t.zh} ${t.en}`) : type;
}

export function term(value) {
	return TERMS[value] || value;
}
