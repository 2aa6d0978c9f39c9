package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/**
 * The last resort for a platform a sentence founds in wording no reader knows: where the
 * phrase that names exactly one platform of the sentence founds or unveils it and no
 * reader gave it a founder, the parties of that phrase co-found it — or, when the phrase
 * names no party (，正式成立Z, ，宣布成立Z), one to three parties named before it in the sentence.
 * LEAD where the sentence says 牵头, else PARTNER. Not parties: where it happens, who
 * guides, who attends, speaks, hosts or approves, education authorities, and a platform
 * listed among parties (A与B、某工作室签约: a party itself).
 * <p>
 * Chosen by numbers: on the five development halves together the pairs it adds were right
 * 7 times in 11 (and of the 4 counted wrong, 2 name an end as the page writes it
 * elsewhere); relationship F1 over the halves 0.838 before, 0.843 after, no half lower. A
 * pair right with probability p raises F1 where F1 is below 2p.
 */
final class FoundersNearby {

	private static final Pattern FOUNDS = Pattern.compile("共建|成立|组建|筹建|创办|创建|牵头|揭牌|挂牌|打造|设立");

	/**
	 * A phrase in which organisations attend, speak, witness, host, run, approve, greet
	 * or judge, rather than found (those who hold a community's founding assembly,
	 * 举办的Z成立大会, hold an event; those who hold its unveiling, 举办的…挂牌仪式, are left to the
	 * phrase).
	 */
	private static final Pattern ATTENDS = Pattern.compile(
			"出席|参加|参会|莅临|见证|致辞|主持|讲话|参观|考察|调研|走访|会见|座谈|主管|主办|承办|举办的[^，。；]{0,40}?成立大会|(?:大会|会议|仪式)由[^，。；]{0,40}?举办|评为|指导|"
					+ RelationCues.APPROVAL.pattern() + "|批复|审核|认定|支持|关注|体现|重点工作|授牌|印发|发布|公布|指示|组织|获悉"
					// (致贺辞：热烈祝贺Z成立, 某协会副秘书长某认为，Z的成立…: who greets it or judges it)
					+ "|祝贺|庆祝|恭贺|贺信|贺辞|贺电|认为"
					// (某委主任某宣读批文，并宣布Z成立: who reads out the approval)
					+ "|宣读");

	/** After a platform and before a body: the platform's event, then 暨 and another's. */
	private static final Pattern EVENT_THEN = Pattern.compile("[^，,。；;]*?(?:仪式|大会|典礼|会议|活动)暨");

	/**
	 * The body's own event after it: 成立大会, 年会, 换届大会 (not a signing with the platform).
	 */
	private static final Pattern OWN_EVENT = Pattern.compile("[^，,。；;]{0,6}?(?:成立大会|成立仪式|年会|换届|理事会|会员大会|代表大会|揭牌仪式)");

	/**
	 * Z是A和B共建单位: those named its co-builders found it, though an earlier sentence gave it
	 * founders too (not guests who unveil it later).
	 */
	private static final Pattern CO_BUILDERS_NAMED = Pattern.compile("(?:的)?(?:共建|参建|合作共建|联合共建)单位");

	/** Education authorities, which approve and guide what others found. */
	private static final Pattern SUPERVISES = Pattern.compile("(?:教育厅|教育局|教育部|教育委员会|教委|工委)$");

	private FoundersNearby() {
	}

	/**
	 * @param foundedBefore the platforms the document's earlier sentences gave a founder
	 * (某公司与某学院共建Z。…某处长与某局长共同为Z揭牌: Z has its founders, and the guests who unveil it later
	 * are not read as more)
	 */
	static void read(String s, List<MentionGroup> groups, Integer year, String written, List<ExtractedRelation> out,
			java.util.Set<String> foundedBefore) {
		Mention platform = null;
		List<Mention> parties = new ArrayList<>();
		List<Mention> hosts = new ArrayList<>();
		for (MentionGroup g : groups) {
			if (g.isPlace() && g.members().size() == 1 && g.before().endsWith("在")) {
				hosts.add(g.members().get(0));
			}
			if (g.isGuide() || g.isPlace() || g.isBase()) {
				continue;
			}
			boolean withParties = g.members().stream().anyMatch((m) -> isParty(s, m));
			for (Mention m : g.members()) {
				if (isParty(s, m) && parties.stream().noneMatch((p) -> p.org().id().equals(m.org().id()))) {
					parties.add(m);
				}
				// (A希望与某中心一道将基地打造为…: a platform named after 与 is who A works with)
				else if (!withParties && isFounded(m) && !RelationCues.WITH.matcher(g.before()).find()) {
					if (platform != null && !platform.org().id().equals(m.org().id())) {
						return; // two platforms: which was founded is for the readers
					}
					platform = m;
				}
			}
		}
		if (platform == null || founded(platform.org(), out)) {
			return;
		}
		boolean foundedEarlier = foundedBefore.contains(platform.org().id());
		int phraseStart = Clauses.phraseStart(s, platform.start());
		int phraseEnd = Clauses.clauseEnd(s, platform.end());
		// (三方希望通过Z的成立，…: the founding spoken of as a thing, done by no one)
		String phrase = s.substring(phraseStart, platform.end()) + s.substring(platform.end(), phraseEnd)
			.replaceFirst("^" + FoundingCues.FOUNDING_AS_A_THING.pattern(), "");
		if (!FOUNDS.matcher(phrase).find()) {
			return;
		}
		// (Z揭牌仪式在某协会理事单位—某公司举行: where it is held, however the venue is
		// described)
		int platformEnd = platform.end();
		List<Mention> inPhrase = parties.stream()
			.filter((p) -> p.start() >= phraseStart && p.end() <= phraseEnd)
			.filter((p) -> !(p.start() > platformEnd && s.substring(platformEnd, p.start()).contains("在")))
			// (Z成立仪式暨B成立大会, 暨B年会: the body of the event joined by 暨 is that event's, not
			// Z's founder)
			.filter((
					p) -> !(p.start() > platformEnd && EVENT_THEN.matcher(s.substring(platformEnd, p.start())).matches()
							&& OWN_EVENT.matcher(s).region(p.end(), s.length()).lookingAt()))
			.toList();
		Mention at = platform;
		List<Mention> founders = !inPhrase.isEmpty() ? inPhrase
				: parties.stream().filter((p) -> p.end() <= at.start()).toList();
		List<Mention> by = (founders.isEmpty()) ? byClause(s, phraseEnd, parties) : List.of();
		if (!by.isEmpty()) {
			founders = by; // Z正式成立，由A与B、C共同签署合作备忘录: the clause after names who did
		}
		else if (founders.isEmpty()) {
			founders = unveiledAt(s, platform, phraseEnd, hosts);
		}
		else if (founders.size() > 3 && !inOneList(s, founders)) {
			return;
		}
		if (foundedEarlier && (founders.isEmpty() || !CO_BUILDERS_NAMED.matcher(s)
			.region(founders.get(founders.size() - 1).end(), s.length())
			.lookingAt())) {
			return;
		}
		String role = s.contains("牵头") ? "LEAD" : "PARTNER";
		for (Mention party : founders) {
			Clauses.add(out, RelationType.CO_FOUNDED, party.org(), platform.org(), role, null, null, null, null, year,
					written, party, platform);
		}
	}

	/**
	 * 某产业学院揭牌仪式在某职业技术学院举行: where no one is said to found an industry college, the school
	 * it is unveiled at is its partner (so in every such page of the development halves;
	 * a community's founding meeting at a school is not read so, since the school may
	 * lead it or only host).
	 */
	private static List<Mention> unveiledAt(String s, Mention platform, int phraseEnd, List<Mention> hosts) {
		if (platform.org().kind() != OrgKind.COLLEGE) {
			return List.of();
		}
		return hosts.stream()
			.filter((h) -> h.start() > platform.end() && h.end() <= phraseEnd && h.org() != null
					&& h.org().kind() == OrgKind.SCHOOL
					&& s.substring(platform.end(), h.start()).matches("(?:签约)?(?:暨)?揭牌(?:仪式|典礼)?在"))
			.toList();
	}

	/** The parties of the clause right after the platform's, where it opens with 由. */
	private static List<Mention> byClause(String s, int phraseEnd, List<Mention> parties) {
		if (phraseEnd + 1 >= s.length() || "，,".indexOf(s.charAt(phraseEnd)) < 0 || s.charAt(phraseEnd + 1) != '由') {
			return List.of();
		}
		int end = Clauses.clauseEnd(s, phraseEnd + 1);
		return parties.stream().filter((p) -> p.start() > phraseEnd && p.end() <= end).toList();
	}

	/**
	 * A与6家企业，包括B、C、D…: parties that one 与 and the list it announces name, however many
	 * they are.
	 */
	private static boolean inOneList(String s, List<Mention> parties) {
		String span = s.substring(parties.get(0).end(), parties.get(parties.size() - 1).start());
		return span.matches("[^，,。；;]{0,10}(?:与|和)[^，,。；;]{0,16}[，,]?(?:包括|分别是|分别为)[：:]?[^，,。；;]*");
	}

	private static boolean isParty(String s, Mention m) {
		if (m.org() == null || Clauses.isPlatformMention(m)
				|| SUPERVISES.matcher(ScriptConverter.normalize(m.org().name())).find()) {
			return false;
		}
		return !ATTENDS.matcher(s.substring(Clauses.phraseStart(s, m.start()), Clauses.clauseEnd(s, m.end()))).find();
	}

	// a school's own department (某学院) is not founded by partners; an industry college is,
	// and so is a company's (海尔某学院)
	private static boolean isFounded(Mention m) {
		if (!Clauses.isPlatformMention(m)) {
			return false;
		}
		if (m.org().kind() != OrgKind.COLLEGE) {
			return true;
		}
		String name = ScriptConverter.normalize(m.org().name());
		return name.contains("产业") || NameShapes.isCompanyCollege(name);
	}

	/**
	 * Whether a reader gave the platform a founder (the school its name opens with is not
	 * one: 某大学与某公司签署协议，宣布“某大学某中心”揭牌成立 names who else founds it).
	 */
	private static boolean founded(Org platform, List<ExtractedRelation> out) {
		return foundedIn(out).anyMatch(platform.id()::equals) || out.stream()
			.anyMatch((r) -> r.type() == RelationType.PART_OF && r.from().id().equals(platform.id()));
	}

	/**
	 * The platforms a sentence's foundings give a founder other than the school their
	 * name opens with.
	 */
	static java.util.stream.Stream<String> foundedIn(List<ExtractedRelation> out) {
		return out.stream()
			.filter((r) -> r.type() == RelationType.CO_FOUNDED
					&& !ScriptConverter.normalize(r.to().name()).startsWith(ScriptConverter.normalize(r.from().name())))
			.map((r) -> r.to().id());
	}

}
