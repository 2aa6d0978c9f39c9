package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.Matcher;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;

/**
 * MEMBER_OF: members take the title written beside them (理事长单位为A, A当选Z常务理事单位, Z成员单位包括
 * A、B), join (A加入Z) or are listed (某联盟包括A、B); the community is the one named beside the
 * title, else the last one the document named.
 */
final class MembershipReader {

	/** 协会, 学会: an association spoken of between members and their title. */
	private static final java.util.regex.Pattern ASSOCIATION_WORD = java.util.regex.Pattern.compile("协会|学会|商会|研究会");

	private final DocumentContext context;

	/** People of the units a title names, right after it: 领导, 负责人, 专家. */
	private static final Pattern PEOPLE_OF_TITLE = Pattern.compile("(?:的)?(?:领导|负责人|专家|嘉宾|师生|学者)");

	MembershipReader(DocumentContext context) {
		this.context = context;
	}

	void read(String s, String written, List<MentionGroup> groups, Integer year, List<ExtractedRelation> out) {
		titledWithoutUnit(s, written, groups, year, out);
		boolean[] taken = new boolean[s.length()];
		titledRespectively(s, written, groups, year, out, taken);
		for (Map.Entry<String, String> title : RelationCues.MEMBER_TITLES) {
			String word = title.getKey();
			for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
				if (taken[at] || word.endsWith("理事") && at + word.length() < s.length()
						&& "长会单".indexOf(s.charAt(at + word.length())) >= 0) {
					continue;
				}
				for (int i = at; i < at + word.length(); i++) {
					taken[i] = true;
				}
				int titleStart = at;
				int titleEnd = at + word.length();
				if (PEOPLE_OF_TITLE.matcher(s).region(titleEnd, s.length()).lookingAt() && groups.stream()
					.anyMatch((g) -> g.end() == titleStart && g.members().size() >= 2
							&& Clauses.isPlatformMention(g.members().get(g.members().size() - 1)))) {
					// A、B、某联盟成员单位领导参加会议: the people of the members of a community
					// listed last among guests attend; neither A nor that community is a
					// member of anything here (A、B等18所联盟常务理事单位负责人: they are)
					continue;
				}
				MentionGroup members = null;
				Mention community = null;
				List<Mention> hosts = List.of();
				boolean associationSpoken = false;
				for (MentionGroup g : groups) {
					if (g.start() >= titleEnd
							&& RelationCues.AFTER_TITLE.matcher(s.substring(titleEnd, g.start())).matches()) {
						members = g;
						break;
					}
				}
				if (members == null) {
					for (MentionGroup g : groups) {
						if (g.end() > titleStart) {
							break;
						}
						String between = s.substring(g.end(), titleStart);
						Mention named = communityIn(groups, g.end(), titleStart);
						List<Mention> listed = List.of();
						if (named != null) {
							// (A作为B、C成员单位: a member of each body listed)
							MentionGroup own = groupOf(groups, named);
							listed = (own != null && own.members().size() > 1
									&& own.members().stream().allMatch(MembershipReader::hasMemberUnits))
											? own.members() : List.of();
							between = s.substring(g.end(), (own != null) ? own.start() : named.start())
									+ s.substring(listed.isEmpty() ? named.end() : own.end(), titleStart)
										.replaceFirst("^的", "");
						}
						// (某联盟理事会理事长单位: the community's council, not a member of it)
						// (某共同体首批成员单位达89家: the community's own members, counted)
						boolean ownTitle = (OWN_COUNCIL.matcher(between).matches()
								|| named == null && OWN_MEMBERS.matcher(between).matches())
								&& g.members().stream().allMatch(MembershipReader::hasMemberUnits);
						if (!ownTitle && RelationCues.BEFORE_TITLE.matcher(between).matches()
								&& g.members().stream().noneMatch((x) -> named != null && Clauses.sameOrg(x, named))) {
							members = g;
							community = named;
							hosts = listed;
							associationSpoken = ASSOCIATION_WORD.matcher(between).find();
							if (!hosts.isEmpty()) {
								break; // (the bodies listed after it are whose members it
										// is)
							}
						}
					}
				}
				if (members == null
						&& AS_TITLE.matcher(s.substring(Clauses.phraseStart(s, titleStart), titleStart)).matches()) {
					// 作为理事长单位，A将…: the subject of the clause after the title holds it
					members = groups.stream()
						.filter((g) -> g.start() == titleEnd + 1 && "，,".indexOf(s.charAt(titleEnd)) >= 0)
						.findFirst()
						.orElse(null);
				}
				boolean spoken = false;
				if (members == null) {
					members = Speakers.before(s, groups, titleStart);
					spoken = members != null;
				}
				if (members == null && community == null) {
					// A校长某作为联盟成员单位代表: the officer speaks for A, a member of the
					// community named between 作为 and the title
					MentionGroup named = groups.stream()
						.filter((g) -> isCommunity(g) && g.before().endsWith("作为") && g.end() <= titleStart
								&& OWN_MEMBERS_SIDE.matcher(s.substring(g.end(), titleStart)).matches())
						.findFirst()
						.orElse(null);
					members = (named != null) ? Speakers.before(s, groups, named.start()) : null;
					if (members != null) {
						spoken = true;
						community = named.members().get(0);
					}
				}
				if (members == null) {
					// (新加入成员代表A副会长某、B总经理某: the title says 代表 itself)
					members = Speakers.after(s, groups, word.endsWith("代表") ? titleEnd - 2 : titleEnd);
					spoken = members != null;
					if (members == null && !word.endsWith("代表")) {
						// 联盟理事长单位A、B承办: the names right after the title, with no one
						// speaking
						members = groups.stream().filter((g) -> g.start() == titleEnd).findFirst().orElse(null);
					}
					else if (members != null && title.getValue().equals("CHAIR")) {
						// 理事长单位代表、A某，B某: one chair, the others speak for themselves
						Mention chair = members.members().get(0);
						members = new MentionGroup(List.of(chair), members.start(), chair.end(), members.before(), "");
					}
				}
				else if (members.start() >= titleEnd) {
					members = MentionGroup.chain(s, groups, members, RelationCues.MORE_OF_TITLE);
				}
				if (members == null) {
					continue;
				}
				if (community == null) {
					community = nearestCommunity(groups, titleStart, members);
				}
				if (community == null) {
					// 在某协会理事单位—A举行, 某研究院第一批邀请的理事单位包括: no community; the title
					// is an association's or an institute's where no community is spoken
					// of, or where it is the body's own
					Mention body = nearestBody(groups, titleStart, members);
					if (body != null && (this.context.lastCommunity == null
							|| OWN_TITLE.matcher(s.substring(body.end(), titleStart)).matches())) {
						community = body;
					}
				}
				// (某协会成立。A为会长单位: an association's own title, to the association)
				// (A为协会运行法人单位兼秘书长单位: the association's title, said so)
				Org target = (community != null) ? community.org()
						: ((word.endsWith("会长单位") || associationSpoken) && this.context.lastAssociation != null)
								? this.context.lastAssociation : this.context.lastCommunity;
				// 联合体发起成员单位, 发起会员单位: members who initiated the community found it, as
				// partners beside a lead named before, else as its leads
				boolean initiated = word.matches("成员单位|会员单位") && s.startsWith("发起", titleStart - 2) && target != null;
				String role = !initiated ? title.getValue()
						: this.context.led.contains(target.id()) ? "PARTNER" : "LEAD";
				for (Mention spokenFor : members.members()) {
					// (成员单位发言环节，某大学某学院院长某: the college's dean speaks for the
					// member, the university)
					Mention m = spoken ? hostOfCollege(spokenFor, groups) : spokenFor;
					if (m.org() == null) {
						this.context.unresolved++;
						continue;
					}
					if (!hosts.isEmpty()) {
						for (Mention host : hosts) {
							Clauses.add(out, RelationType.MEMBER_OF, m.org(), host.org(), role, null, null, null, null,
									year, written, m, host);
						}
						continue;
					}
					Clauses.add(out, initiated ? RelationType.CO_FOUNDED : RelationType.MEMBER_OF, m.org(), target,
							role, null, null, null, null, year, written, m, community);
				}
			}
		}
		countedMembers(s, written, groups, year, out);
		MadeOf.read(s, written, groups, year, this.context.lastCommunity, out);
		asMembers(written, groups, year, out);
		amongMembers(s, written, groups, year, out);
		atTheCore(s, written, groups, year, out);
		Mention listing = null; // the community whose members the last list was
		for (int i = 0; i + 1 < groups.size(); i++) {
			MentionGroup g = groups.get(i);
			MentionGroup next = groups.get(i + 1);
			Mention community = null;
			// (…还包括与A合作办学的B: B, whom a clause of its partner describes)
			boolean described = i + 2 < groups.size() && PARTNER_DESCRIBES.matcher(g.after()).find()
					&& PARTNER_CLAUSE.matcher(next.after()).matches();
			String after = described ? g.after().substring(0, g.after().length() - 1) : g.after();
			if (isCommunity(g) && RelationCues.INCLUDES.matcher(after).matches()) {
				community = g.members().get(0); // 某联盟包括A、B、C等…单位: its members
			}
			else if (MEMBERS_CLAUSE.matcher(g.after()).find()
					&& (sentenceCommunity(groups, i) != null || this.context.lastCommunity != null)) {
				// 共同体由A牵头组建，成员包括B、C: the members of the community spoken of, the
				// one this sentence names before them if it names one (某联合体由A牵头组建，成员单位包括)
				community = sentenceCommunity(groups, i);
				if (community == null) {
					community = spokenOfCommunity();
				}
			}
			else if (i > 0 && CONTAINS_CLAUSE.matcher(g.after()).find() && isCommunity(groups.get(0))) {
				// 某共同体由A、B牵头成立，其中包含C、D等…: what the community the sentence
				// describes contains
				community = groups.get(0).members().get(0);
			}
			else if (listing != null && RelationCues.MORE_MEMBERS.matcher(g.after()).matches()) {
				community = listing; // …等11所院校，聚合了C、D等42家企业: more of them
			}
			else if (listing != null && LISTED_ON.matcher(g.after()).matches() && next.after().startsWith("等")) {
				// 汇集了A，B等32家企业，C和D等17家高校院所: the lists go on without a verb of
				// their own, each counted by its kind
				community = listing;
			}
			listing = community;
			if (community != null) {
				addMembers((described ? groups.get(i + 2) : next).members(), community.org(), community, year, written,
						out);
			}
			boolean becomes = BECOME.matcher(g.after()).matches() && MEMBER_AFTER.matcher(next.after()).find();
			if (RelationCues.JOIN.matcher(g.after()).matches() || becomes) {
				for (Mention c : next.members()) {
					if (hasMemberUnits(c)) {
						addMembers(g.members(), c.org(), c, year, written, out);
					}
				}
			}
		}
	}

	/**
	 * What opens a clause before the title its next clause's subject holds:
	 * 作为[该联盟的]理事长单位，A.
	 */
	private static final java.util.regex.Pattern AS_TITLE = java.util.regex.Pattern
		.compile("^作为(?:该|本|其)?(?:[^，,。；;：:]{0,30}?的)?$");

	/** Between one list of members and the next, with no verb: ，, 等32家企业， */
	private static final java.util.regex.Pattern LISTED_ON = java.util.regex.Pattern
		.compile("^(?:等[^，,。；;：:]{0,15})?[，,]$");

	/** Between a community and the title of its members: 的, 首批, 中方首批. */
	private static final java.util.regex.Pattern OWN_MEMBERS_SIDE = java.util.regex.Pattern
		.compile("的?(?:中方|外方|国内|国外|境外)?(?:首批|第一批|新)?");

	/** Before a partner that describes the member after it: 包括与A合作办学的B. */
	private static final java.util.regex.Pattern PARTNER_DESCRIBES = java.util.regex.Pattern.compile("(?:与|同)$");

	/** After that partner: 合作办学的, 共建的. */
	private static final java.util.regex.Pattern PARTNER_CLAUSE = java.util.regex.Pattern
		.compile("^(?:长期)?(?:合作|共同|联合|共建)[\\u4e00-\\u9fa5]{0,6}的$");

	/** A clause that goes on to what the sentence's subject contains: ，其中包含, ，吸纳(了). */
	private static final java.util.regex.Pattern CONTAINS_CLAUSE = java.util.regex.Pattern
		.compile("[，,](?:其中(?:包括|包含|有)|(?:吸纳|汇聚|聚合|集结|汇集)了?)[：:]?$");

	/** A group of one community: 某联盟 (包括…), the subject of 其中包含. */
	private static boolean isCommunity(MentionGroup g) {
		return g.members().size() == 1 && g.members().get(0).org() != null
				&& g.members().get(0).org().kind() == OrgKind.COMMUNITY;
	}

	/** Between a community and a title of its own council: 的, 理事会, 第二届理事会. */
	private static final java.util.regex.Pattern OWN_COUNCIL = java.util.regex.Pattern
		.compile("^的?(?:(?:首届|新一届|第[一二三四五六七八九十]+届)?(?:理事会|监事会))?$");

	/** Between a body and its own title: 的, 第一批邀请的 (某研究院第一批邀请的理事单位). */
	private static final java.util.regex.Pattern OWN_TITLE = java.util.regex.Pattern
		.compile("^(?:的)?(?:首批|第一批|现有)?(?:[\\u4e00-\\u9fa5]{0,6}的)?$");

	/** A body that has member units: a community, an association, an institute. */
	private static boolean hasMemberUnits(Mention m) {
		return m.org() != null && RelationType.MEMBER_OF.toKinds().contains(m.org().kind());
	}

	/** A clause that opens with the members of the community spoken of: ，成员包括. */
	private static final java.util.regex.Pattern MEMBERS_CLAUSE = java.util.regex.Pattern
		.compile("[，,；;。](?:其|首批|现有)?(?:成员|成员单位|会员单位)(?:包括|有|涵盖|包含)[：:]?$");

	/** A成为Z成员, A也在Z成员之列: after A, before Z. */
	private static final java.util.regex.Pattern BECOME = java.util.regex.Pattern
		.compile("^(?:也|还|均|已|正式|先后|同时|首批)*(?:成为|在|跻身|位列)(?:了)?$");

	/** After Z: 的正式成员, 成员之列. */
	private static final java.util.regex.Pattern MEMBER_AFTER = java.util.regex.Pattern
		.compile("^(?:的)?(?:首批|正式|核心)?(?:成员|会员)(?!单位)");

	/**
	 * 作为联盟成员之一的A, 作为该联合体成员单位的A: said of A, before it (作为联盟成员，A…: the clause before A's
	 * own).
	 */
	private static final java.util.regex.Pattern AS_MEMBER = java.util.regex.Pattern
		.compile("作为(?:该|本|其)?(?:[^，,。；;：:]{0,20}?)(?:的)?(?:成员单位|成员|会员单位|会员)(?:之一)?(?:的|[，,])$");

	/**
	 * 作为联盟成员之一的A: A is a member of the community named before it in the sentence, else of
	 * the one the document speaks of.
	 */
	private void asMembers(String written, List<MentionGroup> groups, Integer year, List<ExtractedRelation> out) {
		for (MentionGroup g : groups) {
			if (!AS_MEMBER.matcher(g.before()).find()) {
				continue;
			}
			Mention named = nearestCommunity(groups, g.start(), g);
			if (named != null && named.start() > g.start()) {
				named = null;
			}
			Org community = (named != null) ? named.org() : this.context.lastCommunity;
			if (community != null) {
				addMembers(g.members(), community, named, year, written, out);
			}
		}
	}

	/** A等科研机构、B等其他组织也在成员之列: the community the document speaks of. */
	private static final java.util.regex.Pattern AMONG_MEMBERS = java.util.regex.Pattern
		.compile("(?:也|均|都|同样)?(?:在|位列|跻身)成员之列");

	private void amongMembers(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		Matcher among = AMONG_MEMBERS.matcher(s);
		Org community = this.context.lastCommunity;
		if (!among.find() || community == null) {
			return;
		}
		int clauseStart = Clauses.phraseStart(s, among.start());
		for (MentionGroup g : groups) {
			if (g.start() >= clauseStart && g.end() <= among.start()) {
				addMembers(g.members(), community, null, year, written, out);
			}
		}
	}

	/** 以A、B为核心，以C为龙头的25家联盟单位: those the member units gather around are members too. */
	private static final java.util.regex.Pattern AT_THE_CORE = java.util.regex.Pattern
		.compile("^为(?:核心|龙头|骨干|主体|中坚|引领)");

	private static final java.util.regex.Pattern MEMBER_UNITS = java.util.regex.Pattern
		.compile("(?:联盟|成员|会员|联合体|共同体)单位");

	private void atTheCore(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		Org community = this.context.lastCommunity;
		Matcher units = MEMBER_UNITS.matcher(s);
		if (community == null || !units.find()) {
			return;
		}
		for (MentionGroup g : groups) {
			if (g.end() <= units.start() && g.before().endsWith("以") && AT_THE_CORE.matcher(g.after()).find()) {
				addMembers(g.members(), community, null, year, written, out);
			}
		}
	}

	/**
	 * The mentions that are resolved become MEMBER members of the community (none of it
	 * itself: {@link Clauses#add} takes no relationship from an organisation to itself).
	 */
	/**
	 * 某职教集团副理事长某学院获得提名: a community's title written without 单位, between the community and
	 * a member named right after it (not a person), is that member's seat.
	 */
	private static void titledWithoutUnit(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		for (int i = 0; i + 1 < groups.size(); i++) {
			MentionGroup community = groups.get(i);
			MentionGroup members = groups.get(i + 1);
			Mention body = community.members().get(community.members().size() - 1);
			Matcher title = TITLE_WITHOUT_UNIT.matcher(community.after());
			// (某协会会长某集团董事长张某: the person holds the seat, named by the post at their firm)
			if (body.org() == null || !RelationType.MEMBER_OF.allows(OrgKind.SCHOOL, body.org().kind())
					|| !title.matches() || OFFICER_AFTER.matcher(members.after()).lookingAt()) {
				continue;
			}
			String role = switch (title.group(1)) {
				case "理事长", "会长" -> "CHAIR";
				case "副理事长", "常务副理事长", "副会长" -> "VICE_CHAIR";
				case "常务理事" -> "EXECUTIVE_MEMBER";
				default -> "COUNCIL_MEMBER";
			};
			for (Mention m : members.members()) {
				if (m.org() != null && !m.org().kind().isPlatform()) {
					Clauses.add(out, RelationType.MEMBER_OF, m.org(), body.org(), role, null, null, null, null, year,
							written, m, body);
				}
			}
		}
	}

	private static final Pattern OFFICER_AFTER = Pattern
		.compile("(?:党委|党组)?(?:常务)?副?(?:书记|校长|院长|董事长|总经理|总裁|主任|经理|局长|厅长|处长|部长|所长|主席|会长|理事长|秘书长|负责人)");

	private static final Pattern OWN_MEMBERS = Pattern.compile("(?:的)?(?:首批|现有|第一批|全体)?");

	private static final Pattern TITLE_WITHOUT_UNIT = Pattern.compile("(常务副理事长|副理事长|理事长|常务理事|理事|副会长|会长)");

	static void addMembers(List<Mention> members, Org community, Mention communityMention, Integer year, String written,
			List<ExtractedRelation> out) {
		for (Mention m : members) {
			if (m.org() != null) {
				Clauses.add(out, RelationType.MEMBER_OF, m.org(), community, "MEMBER", null, null, null, null, year,
						written, m, communityMention);
			}
		}
	}

	/**
	 * The community named between two offsets, else an association or an institute
	 * (某协会理事单位): a body with member units.
	 */
	private static Mention communityIn(List<MentionGroup> groups, int from, int to) {
		Mention body = null;
		for (MentionGroup g : groups) {
			if (g.start() >= from && g.end() <= to) {
				for (Mention m : g.members()) {
					if (m.org() != null && m.org().kind() == OrgKind.COMMUNITY) {
						return m;
					}
					if (body == null && hasMemberUnits(m)) {
						body = m;
					}
				}
			}
		}
		return body;
	}

	private static int startOfGroupOf(List<MentionGroup> groups, Mention m) {
		MentionGroup own = groupOf(groups, m);
		return (own != null) ? own.start() : m.start();
	}

	/** The group a mention is a member of, if any. */
	private static MentionGroup groupOf(List<MentionGroup> groups, Mention m) {
		for (MentionGroup g : groups) {
			if (g.has(m)) {
				return g;
			}
		}
		return null;
	}

	/**
	 * A sentence that counts the members of the community spoken of and names some:
	 * 联盟企业25家，其中北京有A、B等6家企业; 该联合体成员单位共有80家，其中.
	 */
	private static final Pattern COUNTED_MEMBERS = Pattern.compile("^(?:该|这个|此)?(?:联盟|共同体|联合体|职教集团|集团)"
			+ "(?:现有|共有|首批)?(?:成员|会员)?(?:企业|院校|高校|学校|单位|机构)(?:共有|共|达|有)?\\d+[余多]?[家所个][^。；;]{0,30}?[，,]其中");

	/** 联盟企业25家，其中北京有A、B等6家企业，天津有C等3家企业: each named is a member. */
	private void countedMembers(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out) {
		Matcher counted = COUNTED_MEMBERS.matcher(s);
		if (this.context.lastCommunity == null || !counted.lookingAt()) {
			return;
		}
		Mention community = spokenOfCommunity();
		for (MentionGroup g : groups) {
			if (g.start() >= counted.end() && !g.isPlace()) {
				addMembers(g.members(), this.context.lastCommunity, community, year, written, out);
			}
		}
	}

	/** Before titles taken respectively: 分别当选为, 分别为, 分别担任. */
	private static final Pattern RESPECTIVELY = Pattern
		.compile("^(?:在大会上|在会上)?分别(?:被)?(?:当选为|当选|选举为|推选为|担任|成为|为|是)(?:了)?(?:该?(?:联合体|共同体|联盟|职教集团|集团)的?)?");

	/** Between two titles of a list: 和, 、, 及. */
	private static final Pattern TITLES_JOINED = Pattern.compile("^(?:和|、|及|以及|与)");

	/**
	 * A、B分别当选为理事长单位和副理事长单位: each member takes the title in its place; the titles read are
	 * taken, so no other reading gives them all to every member.
	 */
	private void titledRespectively(String s, String written, List<MentionGroup> groups, Integer year,
			List<ExtractedRelation> out, boolean[] taken) {
		for (MentionGroup g : groups) {
			Matcher r = RESPECTIVELY.matcher(s).region(g.end(), s.length());
			if (g.members().size() < 2 || !r.lookingAt()) {
				continue;
			}
			List<String> roles = new ArrayList<>();
			List<int[]> spans = new ArrayList<>();
			int at = r.end();
			Mention community = null;
			for (MentionGroup c : groups) {
				if (c.start() == at && isCommunity(c)) {
					// (A、B分别为某职教集团理事长单位、副理事长单位: the community before the titles)
					community = c.members().get(0);
					at = c.end() + (s.startsWith("的", c.end()) ? 1 : 0);
				}
			}
			while (true) {
				int from = at;
				Map.Entry<String, String> title = RelationCues.MEMBER_TITLES.stream()
					.filter((t) -> s.startsWith(t.getKey(), from))
					.findFirst()
					.orElse(null);
				if (title == null) {
					break;
				}
				roles.add(title.getValue());
				spans.add(new int[] { at, at + title.getKey().length() });
				at += title.getKey().length();
				Matcher joined = TITLES_JOINED.matcher(s).region(at, s.length());
				if (!joined.lookingAt()) {
					break;
				}
				at = joined.end();
			}
			if (roles.size() != g.members().size() || roles.size() < 2) {
				continue;
			}
			if (community == null) {
				community = nearestCommunity(groups, g.start(), g);
			}
			Org target = (community != null) ? community.org() : this.context.lastCommunity;
			if (target == null) {
				continue;
			}
			for (int i = 0; i < roles.size(); i++) {
				Mention m = g.members().get(i);
				Clauses.add(out, RelationType.MEMBER_OF, m.org(), target, roles.get(i), null, null, null, null, year,
						written, m, community);
			}
			for (int[] span : spans) {
				for (int i = span[0]; i < span[1]; i++) {
					taken[i] = true;
				}
			}
		}
	}

	/** The community spoken of before this sentence, as a reference of no place in it. */
	private Mention spokenOfCommunity() {
		return new Mention(0, 0, null, this.context.lastCommunity, Mention.Source.ANAPHOR);
	}

	/** The last community named alone in the groups up to and including the i-th. */
	private static Mention sentenceCommunity(List<MentionGroup> groups, int i) {
		for (int j = i; j >= 0; j--) {
			if (isCommunity(groups.get(j))) {
				return groups.get(j).members().get(0);
			}
		}
		return null;
	}

	private static Mention nearestCommunity(List<MentionGroup> groups, int at, MentionGroup members) {
		Mention best = lastBefore(groups, at, members, (m) -> m.org().kind() == OrgKind.COMMUNITY);
		if (best == null) {
			for (MentionGroup g : groups) {
				for (Mention m : g.members()) {
					if (g != members && m.org() != null && m.org().kind() == OrgKind.COMMUNITY) {
						return m;
					}
				}
			}
		}
		return best;
	}

	/** The last association or institute named before an offset, outside the members. */
	private static Mention nearestBody(List<MentionGroup> groups, int at, MentionGroup members) {
		return lastBefore(groups, at, members, MembershipReader::hasMemberUnits);
	}

	/**
	 * The last mention of the kind wanted that starts before an offset, outside the
	 * members.
	 */
	private static Mention lastBefore(List<MentionGroup> groups, int at, MentionGroup members,
			java.util.function.Predicate<Mention> wanted) {
		Mention best = null;
		for (MentionGroup g : groups) {
			for (Mention m : g.members()) {
				if (g != members && m.org() != null && wanted.test(m) && m.start() < at) {
					best = m;
				}
			}
		}
		return best;
	}

	/** The school a college's name opens with (某大学|某学院), else the mention itself. */
	private static Mention hostOfCollege(Mention m, List<MentionGroup> groups) {
		if (m.org() == null || m.org().kind() != OrgKind.COLLEGE) {
			return m;
		}
		if (m.host() != null && m.host().kind() == OrgKind.SCHOOL) {
			return new Mention(m.start(), m.end(), m.host().name(), m.host(), Mention.Source.HOST);
		}
		return groups.stream()
			.flatMap((g) -> g.members().stream())
			.filter((x) -> x.end() == m.start() && x.org() != null && x.org().kind() == OrgKind.SCHOOL)
			.findFirst()
			.orElse(m);
	}

}
