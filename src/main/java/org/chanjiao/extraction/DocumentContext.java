package org.chanjiao.extraction;

import java.util.List;

import org.chanjiao.extraction.KnownNames.Org;

/**
 * What the relationship readers remember of a document from one sentence to the next: the
 * reporting organisation, the last subject, platform and community named (for sentences
 * that leave them out), and how many relationships were left out for want of an end.
 */
final class DocumentContext {

	/** The organisation that wrote the document (我校), or null. */
	final Org reporter;

	/** The subject of the last sentence that named one first. */
	List<Mention> lastSubjects = List.of();

	/** The platform the document spoke of last, for 此次…由A牵头组建 without a name. */
	Mention lastPlatform;

	/** The school named last, for 其某学院 ("its college") in later sentences. */
	Org lastSchool;

	/** The community named last, for titles given in later sentences. */
	Org lastCommunity;

	/** The last industry association named: whose 会长单位 a later sentence names. */
	Org lastAssociation;

	/**
	 * The platform whose signing ceremony a sentence spoke of (某产业学院项目签约仪式), and when.
	 */
	Org signedPlatform;

	int signedAt;

	/** The people the document names with their bodies, for the acts they do for them. */
	final Officers officers = new Officers();

	/** The platforms the document has named a lead (牵头) of, by id. */
	final java.util.Set<String> led = new java.util.HashSet<>();

	/**
	 * The platforms a sentence so far gave a founder (other than the school their name
	 * opens with): {@link FoundersNearby}, the last resort, leaves them to those
	 * readings.
	 */
	final java.util.Set<String> founded = new java.util.HashSet<>();

	/** The number of sentences read before this one. */
	int sentence;

	/** Relationships left out because an end is 我校 without a reporting organisation. */
	int unresolved;

	DocumentContext(Org reporter) {
		this.reporter = reporter;
	}

}
