package org.chanjiao.extraction;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.RelationType;
import org.chanjiao.transfer.RelationKeys;

/**
 * A relationship an extraction proposes, with the sentence that states it.
 *
 * @param role CO_FOUNDED: LEAD or PARTNER; MEMBER_OF: EXECUTIVE_MEMBER, MEMBER …
 * @param kind PARTNERS_WITH only
 * @param title RECOGNIZED only
 * @param level RECOGNIZED only: NATIONAL, PROVINCIAL or MUNICIPAL, when known
 * @param stage RECOGNIZED only: APPROVED, ACCEPTED or BUILT
 * @param since the year the sentence gives, if any
 * @param evidence the sentence, a substring of the de-wrapped report
 * @param fromText the words of the evidence that name the {@code from} end (its name, a
 * short form, 该联合体 …), or null when the end is implied (the reporter, an omitted subject)
 * @param toText likewise for the {@code to} end
 */
public record ExtractedRelation(RelationType type, Org from, Org to, String role, String kind, String title,
		String level, String stage, Integer since, String evidence, String fromText, String toText) {

	/** A relationship whose ends' words in the evidence are not known. */
	public ExtractedRelation(RelationType type, Org from, Org to, String role, String kind, String title, String level,
			String stage, Integer since, String evidence) {
		this(type, from, to, role, kind, title, level, stage, since, evidence, null, null);
	}

	/** The relationship's stable id ({@link RelationKeys#id}). */
	public String id() {
		return RelationKeys.id(this.from.id(), this.type, this.to.id(), qualifier());
	}

	/** This relationship with its ends replaced where the map, by id, names another. */
	ExtractedRelation withEnds(java.util.Map<String, Org> replaced) {
		Org newFrom = replaced.getOrDefault(this.from.id(), this.from);
		Org newTo = replaced.getOrDefault(this.to.id(), this.to);
		return (newFrom == this.from && newTo == this.to) ? this
				: new ExtractedRelation(this.type, newFrom, newTo, this.role, this.kind, this.title, this.level,
						this.stage, this.since, this.evidence, this.fromText, this.toText);
	}

	/** The value that tells two of this type between the same ends apart. */
	public Object qualifier() {
		return switch (this.type) {
			case CO_FOUNDED, MEMBER_OF -> this.role;
			case PARTNERS_WITH -> this.kind;
			case RECOGNIZED -> this.title;
			default -> null;
		};
	}

}
