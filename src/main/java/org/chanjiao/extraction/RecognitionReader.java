package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/**
 * RECOGNIZED: an organisation 入选 / 获批 / 被认定为 / 通过…验收 what a named body confers, a body
 * that 公布 a list the organisation is on, a body that 批准筹建 a platform; never when the body
 * is not named.
 */
final class RecognitionReader {

	private static final Pattern ANNOUNCE = Pattern.compile("公布|发布|印发|下发|公示|认定|确定|遴选|批准|命名");

	/** 名单，包括A、B, 名单如下：A、B: where the names on a list follow it. */
	private static final Pattern LIST_OPENS = Pattern.compile("名单[”」》\"']?[，,：:]?(?:其中)?(?:包括|包含|如下[：:]?|为|有)[：:]?");

	/**
	 * 省工信厅公布…名单。A、B等69家企业通过认定: the body that announced a list or a notice in the sentence
	 * before, whose recipients a later sentence names; with the sentence it did.
	 */
	private List<Mention> announcer = List.of();

	private int announcedAt = -10;

	/** The sentence that announced, as written: the first part of the evidence. */
	private String announcedIn = "";

	/** What a body announces whose recipients may follow: a list, a notice, a result. */
	private static final Pattern ANNOUNCED = Pattern.compile("(?:公布|发布|印发|下发|公示)[^。；;]{0,60}?(?:名单|通知|批复|结果|文件)");

	/** 这14家…分别是：A，B: the recipients of what was announced, listed. */
	private static final Pattern RECIPIENTS_LISTED = Pattern.compile("(?:分别是|分别为|名单如下|包括)[：:]?");

	private final DocumentContext context;

	RecognitionReader(DocumentContext context) {
		this.context = context;
	}

	/**
	 * 某教育局批准筹建了Z, Z是经某教委备案批准, 这个职教集团由A、B联合批准成立: the body approves the platform; the
	 * approval is its recognition, not a founding.
	 */
	private void approval(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		Matcher m = RelationCues.APPROVAL.matcher(s);
		while (m.find()) {
			MentionGroup body = null;
			for (MentionGroup g : groups) {
				if (g.end() <= m.start()
						&& g.after()
							.matches("^(?:的)?" + Pattern.quote(s.substring(g.end(), m.start()).replaceFirst("^的", ""))
									+ ".*")
						&& s.substring(g.end(), m.start()).matches("(?:的)?(?:联合|共同)?(?:正式)?")
						&& (isGovernment(g) || (s.startsWith("经", g.start() - 1) || s.startsWith("由", g.start() - 1)
								|| m.group().matches("(?:审核|审批|同意).*")) && isAssociation(g))) {
					// (Z经某市科学技术协会批准成立, Z是某协会审核同意设立的: an association approves as a
					// government does)
					body = g;
				}
			}
			if (body == null) {
				continue;
			}
			Mention platform = null;
			for (MentionGroup g : groups) {
				if (g.start() >= m.end() && g.start() - m.end() <= 3 && g.isPlatform()) {
					platform = g.members().get(0);
					break;
				}
			}
			if (platform == null && !groups.isEmpty() && groups.get(0).isPlatform()
					&& groups.get(0).end() <= body.start()) {
				platform = groups.get(0).members().get(0); // Z是经某教委批准设立的
			}
			if (platform == null) {
				continue;
			}
			for (Mention b : body.members()) {
				Clauses.add(out, RelationType.RECOGNIZED, b.org(), platform.org(), null, null,
						s.substring(m.start(), m.end()), level(b.org(), ""), "APPROVED", year, written, b, platform);
			}
		}
	}

	/** 批复同意某大学承担的“Z”项目: the platform a body approves a school to build. */
	private static final Pattern APPROVED_PROJECT = Pattern.compile("(?:批复|批准)同意[^，。；;]{2,24}?(?:承担|牵头|申报|建设)的");

	/** Between a body and its approval: 发文，正式 (教育部发文，正式批复同意). */
	private static final Pattern BEFORE_APPROVAL = Pattern.compile("(?:发文|下文|印发文件)?[，,]?(?:正式)?");

	/**
	 * 教育部发文，正式批复同意A承担的“Z”项目: the body recognises the platform it approves, whoever builds
	 * it.
	 */
	private void approvedProject(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		Matcher m = APPROVED_PROJECT.matcher(s);
		while (m.find()) {
			MentionGroup body = lastBodyBefore(s, groups, m.start(), BEFORE_APPROVAL);
			MentionGroup approved = firstRightAfter(groups, m.end());
			if (body == null || approved == null || !approved.isPlatform()) {
				continue;
			}
			Mention platform = approved.members().get(0);
			for (Mention b : body.members()) {
				Clauses.add(out, RelationType.RECOGNIZED, b.org(), platform.org(), null, null, null, level(b.org(), ""),
						"APPROVED", year, written, b, platform);
			}
		}
	}

	/**
	 * 某司发布了“…名单”，包括A、B等150家: the body that announces a list recognises each name the
	 * sentence then lists on it.
	 */
	private void listed(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		Matcher m = LIST_OPENS.matcher(s);
		while (m.find()) {
			MentionGroup listed = firstRightAfter(groups, m.end());
			MentionGroup body = lastBodyBefore(s, groups, m.start(), null);
			if (body == null || listed == null) {
				continue;
			}
			String between = s.substring(body.end(), m.start());
			Matcher announce = ANNOUNCE.matcher(between);
			if (!announce.find() || between.matches(".*[。；;！？].*")) {
				continue;
			}
			String title = between.substring(announce.end()).replaceAll("^了|[“”「」《》\"']", "") + "名单";
			for (Mention b : body.members()) {
				for (Mention x : listed.members()) {
					if (x.org() != null && x.org().kind() != OrgKind.GOVERNMENT) {
						Clauses.add(out, RelationType.RECOGNIZED, b.org(), x.org(), null, null, title,
								level(b.org(), title), "APPROVED", year, written, b, x);
					}
				}
			}
		}
	}

	void read(String s, String written, List<MentionGroup> groups, Integer year, List<ExtractedRelation> out) {
		int before = out.size();
		approval(s, written, groups, year, out);
		approvedProject(s, written, groups, year, out);
		plaque(s, written, groups, year, out);
		listed(s, written, groups, year, out);
		recognised(s, written, groups, year, out);
		announcedAfter(s, written, groups, year, out);
		if (out.size() == before) {
			rememberAnnouncer(s, written, groups);
		}
		if (this.announcedAt < this.context.sentence && this.context.sentence - this.announcedAt < 2) {
			this.announcedIn += written; // the evidence runs on over the sentences
											// between
		}
	}

	/**
	 * Between a government and the platform it awards a plaque to: its officer's title
	 * and name, then 为 or 向 (省教育厅副厅长某某为, 市教育局为).
	 */
	private static final Pattern PLAQUE_GIVER = Pattern.compile("^(?:[^，,。；;：:、“”]{0,16}?)(?:为|向)[“\"「]?$");

	/** After the platform given a plaque: 授牌, 颁发牌匾 (not 揭牌, which its founders do). */
	private static final Pattern PLAQUE = Pattern.compile("^[”\"」]?(?:授牌|颁发牌匾|颁牌)");

	/**
	 * 省教育厅副厅长某某为Z授牌: a government (through its officer) that awards a platform its plaque
	 * recognises it.
	 */
	private void plaque(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		for (int i = 0; i + 1 < groups.size(); i++) {
			MentionGroup body = groups.get(i);
			MentionGroup next = groups.get(i + 1);
			if (!isGovernment(body) || !next.isPlatform() || !PLAQUE.matcher(s.substring(next.end())).lookingAt()
					|| !PLAQUE_GIVER.matcher(s.substring(body.end(), next.start())).matches()) {
				continue;
			}
			for (Mention b : body.members()) {
				for (Mention platform : next.members()) {
					Clauses.add(out, RelationType.RECOGNIZED, b.org(), platform.org(), null, null, null,
							level(b.org(), ""), null, year, written, b, platform);
				}
			}
		}
	}

	/** A body that announces a list or a notice and names none of its recipients. */
	private void rememberAnnouncer(String s, String written, List<MentionGroup> groups) {
		for (MentionGroup g : groups) {
			Matcher announced = ANNOUNCED.matcher(s);
			announced.region(g.end(), s.length());
			if (isGovernment(g) && announced.lookingAt()
					&& !s.substring(g.end(), announced.end()).matches(".*[，,].*[，,].*")) {
				this.announcer = g.members();
				this.announcedAt = this.context.sentence;
				this.announcedIn = written;
				return;
			}
		}
	}

	/**
	 * 某厅印发了《…通知》。这3家…分别是：A，B，C: in the sentence after an announcement, the names listed
	 * as its recipients are recognised by the body that announced it.
	 */
	private void announcedAfter(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		Matcher m = RECIPIENTS_LISTED.matcher(s);
		if (this.context.sentence - this.announcedAt != 1 || !m.find()
				|| groups.stream().anyMatch((g) -> g.end() <= m.start() && !g.isPlatform())) {
			return;
		}
		for (MentionGroup g : groups) {
			if (g.start() < m.end()) {
				continue;
			}
			for (Mention b : this.announcer) {
				for (Mention x : g.members()) {
					if (x.org() != null && x.org().kind() != OrgKind.GOVERNMENT) {
						Clauses.add(out, RelationType.RECOGNIZED, b.org(), x.org(), null, null, null,
								level(b.org(), ""), "APPROVED", year, this.announcedIn + written, b, x);
					}
				}
			}
		}
	}

	private void recognised(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		for (String verb : RelationCues.RECOGNITION) {
			for (int at = s.indexOf(verb); at >= 0; at = s.indexOf(verb, at + 1)) {
				int verbStart = at;
				int verbEnd = at + verb.length();
				MentionGroup recognised = null;
				for (MentionGroup g : groups) {
					if (g.end() <= verbStart
							&& RelationCues.BEFORE_RECOGNITION.matcher(s.substring(g.end(), verbStart)).matches()) {
						recognised = g;
					}
				}
				if (recognised == null) {
					continue;
				}
				List<Mention> bodies = new ArrayList<>();
				MentionGroup recognisedBy = recognised;
				MentionGroup passive = groups.stream()
					.filter((g) -> g.end() <= recognisedBy.start()
							&& PASSIVE_BODY.matcher(s.substring(g.end(), recognisedBy.start())).matches())
					.findFirst()
					.orElse(null);
				if (passive != null && isGovernment(recognised) && !isGovernment(passive)) {
					// 某职教集团被教育部认定为“Z”: the body between 被 and the verb confers it
					bodies = new ArrayList<>(recognised.members());
					recognised = passive;
				}
				for (MentionGroup g : groups) {
					for (Mention m : g.members()) {
						if (m.org() != null && m.org().kind() == OrgKind.GOVERNMENT && !recognised.has(m)
								&& m.start() >= verbEnd && m.start() - verbEnd <= 2) {
							bodies.add(m);
						}
					}
				}
				if (bodies.isEmpty()) {
					// 教育部公布…名单，X入选: the bodies that announce the list, before it
					for (MentionGroup g : groups) {
						if (g.end() <= recognised.start() && isGovernment(g)
								&& ANNOUNCE.matcher(s.substring(g.end(), recognised.start())).find()) {
							bodies = g.members();
							break;
						}
					}
				}
				String evidence = written;
				boolean before = bodies.isEmpty() && this.context.sentence - this.announcedAt <= 2;
				if (before) {
					// 省教育厅公布了…名单。我校某学院成功获批: announced in a sentence before
					bodies = this.announcer;
					evidence = this.announcedIn + written;
				}
				if (bodies.isEmpty()) {
					continue;
				}
				Mention body = bodies.get(0);
				int titleFrom = (!before && body.start() >= verbEnd) ? body.end() : verbEnd;
				String title = s.substring(titleFrom, Clauses.clauseEnd(s, titleFrom)).strip();
				String stage = title.contains("验收") ? "ACCEPTED" : "APPROVED";
				for (Mention b : bodies) {
					for (Mention m : recognised.members()) {
						if (m.org() != null && m.org().kind() != OrgKind.GOVERNMENT) {
							Clauses.add(out, RelationType.RECOGNIZED, b.org(), m.org(), null, null,
									title.isEmpty() ? null : title, level(b.org(), title), stage, year, evidence, b, m);
						}
					}
				}
			}
		}
	}

	/** Between what is recognised and the body that does it: 被 (in 2020年先后被). */
	private static final Pattern PASSIVE_BODY = Pattern.compile("(?:先后|已|均|正式|成功|双双|同时)?被");

	/**
	 * The last list of government bodies that ends before a cue, with only
	 * {@code between} (when given) between them.
	 */
	private static MentionGroup lastBodyBefore(String s, List<MentionGroup> groups, int at, Pattern between) {
		MentionGroup body = null;
		for (MentionGroup g : groups) {
			if (g.end() <= at && isGovernment(g)
					&& (between == null || between.matcher(s.substring(g.end(), at)).matches())) {
				body = g;
			}
		}
		return body;
	}

	/**
	 * The list that starts right after a cue (a quotation mark or a colon between at
	 * most).
	 */
	private static MentionGroup firstRightAfter(List<MentionGroup> groups, int at) {
		return groups.stream().filter((g) -> g.start() >= at && g.start() - at <= 1).findFirst().orElse(null);
	}

	/** Whether every member of a list is an association (经某协会批准: an approver too). */
	private static boolean isAssociation(MentionGroup g) {
		return g.isAll(OrgKind.INDUSTRY_ASSOCIATION);
	}

	/** Whether every member of a list is a government body (an issuer, an approver). */
	private static boolean isGovernment(MentionGroup g) {
		return g.isAll(OrgKind.GOVERNMENT);
	}

	private static String level(Org body, String title) {
		String name = body.name();
		if (name.startsWith("中华人民共和国") || name.startsWith("国家") || name.startsWith("国务院") || name.equals("教育部")
				|| name.endsWith("部")) {
			return "NATIONAL";
		}
		if (name.contains("省") || name.contains("自治区")) {
			return "PROVINCIAL";
		}
		if (name.contains("市")) {
			return "MUNICIPAL";
		}
		return title.contains("国家级") ? "NATIONAL" : title.contains("省级") ? "PROVINCIAL" : null;
	}

}
