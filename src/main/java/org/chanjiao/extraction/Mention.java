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
 */
record Mention(int start, int end, String text, Org org, Source source) {

	/** How a mention was found. */
	enum Source {

		/** a name or alias the graph holds */
		KNOWN,
		/** a name ending in a suffix of the lexicon */
		LEXICON,
		/** HanLP's organisation recogniser */
		NER,
		/** an item of a list such as 与迅达电梯、长隆集团等企业 */
		LIST,
		/** an organisation named inside another's name (the hotel of a hotel's base) */
		NESTED,
		/** 我校, 本校, 学校: the reporting organisation */
		REPORTER,
		/** 该产业学院, 其, 集团: an organisation named before */
		ANAPHOR

	}

	boolean resolved() {
		return this.org != null;
	}

}
