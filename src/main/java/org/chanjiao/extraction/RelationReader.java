package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/**
 * Reads the relationships one sentence states from its mentions and the
 * {@link RelationCues}: the mentions are grouped into lists ({@link MentionGroup}), then
 * each kind of relationship has a reader of its own — {@link FoundingReader},
 * {@link MembershipReader}, {@link RecognitionReader}, {@link PartnershipReader} — and a
 * college named after its host is PART_OF it. One instance reads one document: the
 * {@link DocumentContext} remembers what later sentences leave out.
 */
final class RelationReader {

	private final DocumentContext context;

	private final FoundingReader founding;

	private final MembershipReader membership;

	private final RecognitionReader recognition = new RecognitionReader();

	private final PartnershipReader partnership;

	RelationReader(Org reporter) {
		this.context = new DocumentContext(reporter);
		this.founding = new FoundingReader(this.context);
		this.membership = new MembershipReader(this.context);
		this.partnership = new PartnershipReader(this.context);
	}

	/** Relationships left out because an end is 我校 without a reporting organisation. */
	int unresolved() {
		return this.context.unresolved;
	}

	/**
	 * The relationships of a sentence.
	 * @param s the sentence in simplified characters
	 * @param written the sentence as written (the evidence)
	 * @param mentions its mentions, in order
	 */
	List<ExtractedRelation> read(String s, String written, List<Mention> mentions) {
		Integer year = Clauses.year(s);
		List<Mention> units = Clauses.units(mentions);
		List<MentionGroup> groups = MentionGroup.of(s, Clauses.withoutNotes(s, units));
		List<ExtractedRelation> out = new ArrayList<>();
		for (Mention m : mentions) {
			if (m.host() != null && m.org() != null) {
				Clauses.add(out, RelationType.PART_OF, m.org(), m.host(), null, null, null, null, null, year, written,
						m, null);
			}
		}
		int founded = this.founding.read(s, written, groups, year, out);
		this.membership.read(s, written, groups, year, out);
		this.recognition.read(s, written, groups, year, out);
		if (founded == 0 || s.contains("战略合作")) {
			this.partnership.read(s, written, groups, year, out);
		}
		this.partnership.readAffiliation(s, written, units, mentions, year, out);
		remember(s, units, groups);
		return out;
	}

	// What later sentences may leave out: the community, the platform, the subject
	private void remember(String s, List<Mention> units, List<MentionGroup> groups) {
		for (Mention m : units) {
			if (m.org() != null && m.org().kind() == OrgKind.COMMUNITY) {
				this.context.lastCommunity = m.org();
			}
			if (Clauses.isPlatformMention(m)) {
				this.context.lastPlatform = m;
			}
		}
		if (!groups.isEmpty()) {
			MentionGroup first = groups.get(0);
			boolean leads = Clauses.clauseEnd(s, 0) >= first.start() && !first.isPlace() && !first.isBase()
					&& !first.isGuide() && !RelationCues.WITH.matcher(first.before()).find();
			List<Mention> subjects = Clauses.distinct(first.members());
			if (leads && !subjects.isEmpty()
					&& (subjects.size() > 1 || first.members().get(0).source() != Source.PARTIES)) {
				this.context.lastSubjects = subjects; // 双方 stands for both
			}
		}
	}

}
