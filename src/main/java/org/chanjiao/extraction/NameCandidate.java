package org.chanjiao.extraction;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;

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

}
