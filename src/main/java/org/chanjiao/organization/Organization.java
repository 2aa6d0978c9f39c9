package org.chanjiao.organization;

import java.util.List;

/**
 * An organisation as read from the graph.
 *
 * @param declaredModel the cooperation model a source declares (政-校-行-企 …), or null
 * @param declaredModelEvidence the quotes declaring it, with their documents
 */
public record Organization(String id, String name, String nameEn, List<String> aliases, OrgKind kind, String region,
		Integer founded, String description, List<Identifier> identifiers, List<String> honours, CommunityForm form,
		String declaredModel, List<Evidence> declaredModelEvidence, String createdAt, String updatedAt, long version) {

	/** A registry identifier, written {@code scheme:value} in the interchange format. */
	public record Identifier(String scheme, String value) {

		static Identifier parse(String text) {
			int colon = text.indexOf(':');
			return (colon < 0) ? new Identifier("", text)
					: new Identifier(text.substring(0, colon), text.substring(colon + 1));
		}

	}

}
