package org.chanjiao.extraction;

import org.chanjiao.extraction.KnownNames.Org;

/**
 * Where a sentence names an organisation.
 *
 * @param start the offset of its first character in the sentence
 * @param end the offset after its last character
 * @param text the words as written (我校, 该产业学院, 长隆集团 …)
 * @param org what it denotes; null for 我校 when no reporting organisation is set, or an
 * anaphor with nothing to refer to
 * @param source how it was found
 * @param host for a college named after its school (东陵大学某产业学院, 某学院（简称…）某学院), that school;
 * else null
 */
record Mention(int start, int end, String text, Org org, Source source, Org host) {

	Mention(int start, int end, String text, Org org, Source source) {
		this(start, end, text, org, source, null);
	}

	/** How a mention was found. */
	enum Source {

		/** a name or alias the graph holds */
		KNOWN,
		/** a name of the institution gazetteer */
		GAZETTEER,
		/** a name ending in a suffix of the lexicon */
		LEXICON,
		/** a newsroom named in a dateline (新华网…电): a name, never a party */
		BYLINE,
		/** a short form of a school's name (江川职院) */
		SHORT,
		/**
		 * a zone or park a platform is built upon (以某开发区为依托), or a place that is a party
		 * (青岛市与…签署)
		 */
		ZONE,
		/** an item of a list such as 与迅达电梯、长隆集团等企业 */
		LIST,
		/** the host school at the start of a college's name (东陵大学 in 东陵大学某产业学院) */
		HOST,
		/** a short name the document defines (简称) or uses for a name it gave in full */
		ALIAS,
		/** 我校, 本校, 学校: the reporting organisation */
		REPORTER,
		/** 该联合体, 这个共同体, 该校: an organisation named before */
		ANAPHOR,
		/** 双方: the two organisations just named together */
		PARTIES

	}

	boolean resolved() {
		return this.org != null;
	}

}
