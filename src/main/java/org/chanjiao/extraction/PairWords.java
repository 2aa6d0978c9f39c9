package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.OrgKind;

/**
 * 校企共建Z, 校地携手共建Z: the word names the two who found Z by their kinds, a school and an
 * enterprise (or a local government); they are the pair of those kinds the sentence, or
 * else the document, named together. Without one such pair the word stands for no one.
 */
final class PairWords {

	/** 校企, 校地, 政校 right before a founding verb. */
	static final Pattern PAIR_WORD = Pattern.compile("(校企|校地|政校)(?=(?:携手|联合|合作|共同)?(?:共建|共同建设|合作建设|成立|组建|打造|共创))");

	private PairWords() {
	}

	/** 校企, 校地, 政校 before a founding verb: the two organisations the word stands for. */
	static List<Mention> references(String s, String written, List<Mention> mentions, List<Org> documentPair,
			List<Mention> document) {
		List<Mention> references = new ArrayList<>();
		Matcher w = PAIR_WORD.matcher(s);
		while (w.find()) {
			int at = w.start();
			List<Mention> earlier = mentions.stream().filter((x) -> x.end() <= at).toList();
			for (Org party : parties(w.group(1), earlier, lastPair(s, earlier), documentPair, document)) {
				references.add(new Mention(w.start(), w.end(), written.substring(w.start(), w.end()), party,
						Mention.Source.PARTIES));
			}
		}
		return references;
	}

	/**
	 * @param word 校企, 校地 or 政校
	 * @param before the sentence's mentions before the word
	 * @param sentencePair the last two named together (A与B) before the word, if any
	 * @param documentPair the last two named together in the document
	 * @param document the mentions of the document's earlier sentences
	 */
	static List<Org> parties(String word, List<Mention> before, List<Org> sentencePair, List<Org> documentPair,
			List<Mention> document) {
		OrgKind other = word.equals("校企") ? OrgKind.ENTERPRISE : OrgKind.GOVERNMENT;
		if (fits(sentencePair, other)) {
			return sentencePair;
		}
		// 某学院在某公司举行校企共建…: the one school and the one enterprise the sentence names
		List<Org> named = onePair(before, other);
		if (!named.isEmpty() || before.stream()
			.anyMatch((m) -> m.org() != null && m.source() != Mention.Source.PARTIES
					&& (isSchool(m.org()) || m.org().kind() == other))) {
			return named;
		}
		if (fits(documentPair, other)) {
			return documentPair;
		}
		return onePair(document, other); // the one school and the one government the page
											// names
	}

	private static List<Org> onePair(List<Mention> before, OrgKind other) {
		List<Org> schools = new ArrayList<>();
		List<Org> others = new ArrayList<>();
		for (Mention m : before) {
			Org org = m.org();
			if (org == null || m.source() == Mention.Source.PARTIES) {
				continue;
			}
			List<Org> side = isSchool(org) ? schools : (org.kind() == other) ? others : null;
			if (side != null && side.stream().noneMatch((o) -> o.id().equals(org.id()))) {
				side.add(org);
			}
		}
		return (schools.size() == 1 && others.size() == 1) ? List.of(schools.get(0), others.get(0)) : List.of();
	}

	private static boolean fits(List<Org> pair, OrgKind other) {
		return pair.size() == 2 && (isSchool(pair.get(0)) && pair.get(1).kind() == other
				|| isSchool(pair.get(1)) && pair.get(0).kind() == other);
	}

	private static boolean isSchool(Org org) {
		return org.kind() == OrgKind.SCHOOL || org.kind() == OrgKind.COLLEGE;
	}

	/**
	 * The last two organisations named together in a sentence (A与B, A和B, A携手B,
	 * A董事长某率队与来访的B).
	 */
	static List<Org> lastPair(String s, List<Mention> mentions) {
		// (A董事长某率队与来访的B…座谈，双方签订: two named by their officers who meet)
		// (A党委书记某一行来访B, B热烈欢迎A董事长某一行: the visitor and its host)
		// (A党委书记某在某楼会见了来访的B副总裁某: the host and its visitor)
		return lastNamedTogether(s, mentions,
				List.of("(?:" + RelationCues.BYLINE + "(?:一行)?(?:率队|带队)?)?(?:与|和|同|跟|携手)(?:来访的|到访的)?|(?:"
						+ RelationCues.BYLINE + ")?一行(?:\\d+人)?(?:来访|到访|莅临|走访|来到|赴|访问|考察)(?:了)?|(?:热烈)?欢迎|(?:"
						+ RelationCues.BYLINE + ")?(?:在[^，,。；;]{2,20}?)?会见(?:了)?(?:来访的|到访的)?"));
	}

	/**
	 * The last three organisations named together (A、B、C, A、B和C, A与B、C), for 三方 in a
	 * later clause, or none.
	 */
	static List<Org> lastTriple(String s, List<Mention> mentions) {
		return lastNamedTogether(s, mentions, List.of("、|与|和", "、|和|及|与"));
	}

	/**
	 * The last run of distinct organisations, one more than the joiners, each joined to
	 * the next by the joiner in its place; none where no such run is named.
	 */
	private static List<Org> lastNamedTogether(String s, List<Mention> mentions, List<String> joiners) {
		int size = joiners.size() + 1;
		List<Org> withUnnamedSchool = List.of();
		for (int i = mentions.size() - size; i >= 0; i--) {
			List<Mention> run = mentions.subList(i, i + size);
			boolean joined = true;
			for (int k = 0; k < joiners.size() && joined; k++) {
				Mention a = run.get(k);
				Mention b = run.get(k + 1);
				joined = b.start() >= a.end() && s.substring(a.end(), b.start()).matches(joiners.get(k));
			}
			if (!joined) {
				continue;
			}
			if (size == 2 && withUnnamedSchool.isEmpty() && besideAnUnnamedSchool(run)) {
				// 学校与某公司…，双方共建的Z: the party named, unless two named together come
				// before it
				withUnnamedSchool = run.stream().map(Mention::org).filter(java.util.Objects::nonNull).toList();
			}
			if (run.stream().noneMatch((m) -> m.org() == null || m.source() == Mention.Source.PARTIES)
					&& run.stream().map((m) -> m.org().id()).distinct().count() == size) {
				return run.stream().map(Mention::org).toList();
			}
		}
		return withUnnamedSchool;
	}

	/**
	 * A school the page calls 学校 and never names, and a party named beside it: one of the
	 * two is that school.
	 */
	private static boolean besideAnUnnamedSchool(List<Mention> pair) {
		return pair.stream().filter((m) -> m.org() == null && m.source() == Mention.Source.REPORTER).count() == 1
				&& pair.stream().anyMatch((m) -> m.org() != null && m.source() != Mention.Source.PARTIES);
	}

}
