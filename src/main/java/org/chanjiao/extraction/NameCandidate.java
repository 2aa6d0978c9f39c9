package org.chanjiao.extraction;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * A stretch of a sentence that may name an organisation, how it was found, and what it
 * would be; {@link MentionFinder} chooses among overlapping ones.
 */
record NameCandidate(int start, int end, Org org, Source source) {

	int length() {
		return this.end - this.start;
	}

	boolean anchored() {
		return this.source == Source.KNOWN || this.source == Source.GAZETTEER;
	}

	/**
	 * The candidate for the words from {@code start} to {@code end} of the sentence: the
	 * organisation the graph knows by those words, else one proposed of the given kind,
	 * named as written.
	 * @param s the sentence as read (script converted)
	 * @param written the sentence as written
	 */
	static NameCandidate linkedOrProposed(KnownNames known, String s, String written, int start, int end, OrgKind kind,
			Source source) {
		return new NameCandidate(start, end, known.linkOrPropose(s, written, start, end, kind), source);
	}

}
