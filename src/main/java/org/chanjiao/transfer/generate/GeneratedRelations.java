package org.chanjiao.transfer.generate;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVPrinter;
import org.chanjiao.organization.PartnershipKind;
import org.chanjiao.organization.RecognitionLevel;
import org.chanjiao.organization.RecognitionStage;
import org.chanjiao.organization.RelationType;
import org.chanjiao.transfer.generate.GeneratedOrganisations.Org;

/**
 * The shape of a generated network: who is tied to whom, by which relation, since when,
 * and the source document and quote that state it. Colleges are part of their host
 * school, led by it and co-founded by 0–6 enterprises drawn by Zipf (0.6); communities
 * are led by a school and joined by members, enterprises drawn by Zipf (0.7); schools
 * partner with enterprises drawn by Zipf (0.7), some partnerships ending. Each relation
 * is printed as soon as it is drawn, once per key, in the columns of
 * {@code relations.csv} followed by kind, title, level and stage.
 */
final class GeneratedRelations {

	/** Relationships per organisation at scale 1, chosen to total about 500,000. */
	static final double PARTNERSHIPS_PER_SCHOOL = 215;

	static final double MEMBERS_PER_COMMUNITY = 420;

	private final SeededDraws draws;

	private final GeneratedOrganisations orgs;

	private final CSVPrinter out;

	private final Set<String> keys = new HashSet<>();

	private long count;

	private GeneratedRelations(SeededDraws draws, GeneratedOrganisations orgs, CSVPrinter out) {
		this.draws = draws;
		this.orgs = orgs;
		this.out = out;
	}

	/**
	 * Draws the relations among the organisations and prints them as rows to {@code out}.
	 * @return how many were printed
	 */
	static long print(SeededDraws draws, GeneratedOrganisations orgs, CSVPrinter out) throws IOException {
		GeneratedRelations relations = new GeneratedRelations(draws, orgs, out);
		double[] coFounders = SeededDraws.zipf(orgs.enterprises().size(), 0.6);
		double[] partners = SeededDraws.zipf(orgs.enterprises().size(), 0.7);
		relations.colleges(coFounders);
		relations.communities(partners);
		relations.partnerships(partners);
		return relations.count;
	}

	// Colleges: part of their host school, led by it, co-founded by 0–6 enterprises
	// (mostly 1–3) and sometimes a government body, an association or an institute.
	private void colleges(double[] coFounders) throws IOException {
		List<Org> colleges = this.orgs.colleges();
		for (int c = 0; c < colleges.size(); c++) {
			Org college = colleges.get(c);
			Org school = this.orgs.collegeHosts().get(c);
			int since = Math.max(college.founded(), NetworkGenerator.FIRST_YEAR);
			relation(college, school, RelationType.PART_OF, null, since, null, school, "%2$s下设%1$s", null);
			relation(school, college, RelationType.CO_FOUNDED, "LEAD", since, null, school, "%1$s牵头建设%2$s", null);
			int firms = Math.min(6, (int) Math.round(-Math.log(1 - this.draws.nextDouble()) * 2.2));
			for (int k = 0; k < firms; k++) {
				Org firm = this.orgs.enterprises().get(this.draws.draw(coFounders));
				relation(firm, college, RelationType.CO_FOUNDED, "PARTNER", since + this.draws.nextInt(2), null, school,
						"%3$s与%1$s共建%2$s", null);
			}
			if (this.draws.nextInt(5) == 0) {
				relation(this.draws.pickOf(this.orgs.governments()), college, RelationType.CO_FOUNDED, "PARTNER", since,
						null, school, "%1$s支持%3$s共建%2$s", null);
			}
			if (this.draws.nextInt(5) == 0) {
				relation(this.draws.pickOf(this.orgs.associations()), college, RelationType.CO_FOUNDED, "PARTNER",
						since, null, school, "%1$s参与共建%2$s", null);
			}
			if (this.draws.nextInt(20) == 0) {
				relation(this.draws.pickOf(this.orgs.institutes()), college, RelationType.CO_FOUNDED, "PARTNER", since,
						null, school, "%1$s参与共建%2$s", null);
			}
			if (this.draws.nextInt(8) == 0) {
				Org government = this.draws.pickOf(this.orgs.governments());
				String[] recognition = recognition();
				relation(government, college, RelationType.RECOGNIZED, null, since + 1 + this.draws.nextInt(3), null,
						government, "%2$s获%1$s认定为" + recognition[0], recognition);
			}
		}
	}

	// Communities: led by a school, joined by a government body, with members.
	private void communities(double[] partners) throws IOException {
		int members = (int) Math.round(MEMBERS_PER_COMMUNITY);
		for (Org community : this.orgs.communities()) {
			int since = Math.max(community.founded(), NetworkGenerator.FIRST_YEAR);
			Org lead = this.draws.pickOf(this.orgs.schools());
			relation(lead, community, RelationType.CO_FOUNDED, "LEAD", since, null, community, "%1$s牵头成立%2$s", null);
			relation(this.draws.pickOf(this.orgs.governments()), community, RelationType.CO_FOUNDED, "PARTNER", since,
					null, community, "%1$s指导成立%2$s", null);
			int size = 1 + this.draws.nextInt(2 * members);
			for (int k = 0; k < size; k++) {
				int r = this.draws.nextInt(10);
				Org member = (r < 6) ? this.orgs.enterprises().get(this.draws.draw(partners))
						: (r < 8) ? this.draws.pickOf(this.orgs.schools()) : (r < 9)
								? this.draws.pickOf(this.orgs.associations()) : this.draws.pickOf(this.orgs.colleges());
				String role = (this.draws.nextInt(10) == 0) ? "EXECUTIVE_MEMBER" : "MEMBER";
				relation(member, community, RelationType.MEMBER_OF, role, since + this.draws.nextInt(4), null,
						community, "%1$s成为%2$s" + (role.equals("MEMBER") ? "成员单位" : "常务理事单位"), null);
			}
			if (this.draws.nextInt(3) == 0) {
				String[] recognition = recognition();
				relation(this.draws.pickOf(this.orgs.governments()), community, RelationType.RECOGNIZED, null,
						since + 1, null, community, "%2$s获%1$s认定为" + recognition[0], recognition);
			}
		}
	}

	// Partnerships of enterprises with schools; some end.
	private void partnerships(double[] partners) throws IOException {
		PartnershipKind[] kinds = PartnershipKind.values();
		for (Org school : this.orgs.schools()) {
			int size = 1 + this.draws.nextInt((int) Math.round(2 * PARTNERSHIPS_PER_SCHOOL));
			for (int k = 0; k < size; k++) {
				Org firm = this.orgs.enterprises().get(this.draws.draw(partners));
				int since = this.draws.year(NetworkGenerator.FIRST_YEAR);
				Integer until = (this.draws.nextInt(10) == 0)
						? Math.min(NetworkGenerator.LAST_YEAR, since + this.draws.nextInt(5)) : null;
				PartnershipKind kind = kinds[this.draws.nextInt(kinds.length)];
				relation(firm, school, RelationType.PARTNERS_WITH, null, since, until, school,
						"%2$s与%1$s开展" + partnershipWords(kind) + "合作", new String[] { null, kind.name() });
			}
		}
	}

	private String[] recognition() {
		RecognitionLevel level = RecognitionLevel.values()[this.draws.nextInt(3)];
		String title = switch (level) {
			case NATIONAL -> "国家级示范性产教融合项目";
			case PROVINCIAL -> "省级示范性产业学院";
			case MUNICIPAL -> "市级产教融合实训基地";
		};
		return new String[] { title, null, level.name(), RecognitionStage.values()[this.draws.nextInt(3)].name() };
	}

	private static String partnershipWords(PartnershipKind kind) {
		return switch (kind) {
			case INTERNSHIP_BASE -> "实习基地";
			case APPRENTICESHIP -> "现代学徒制";
			case ORDER_CLASS -> "订单班";
			case EMPLOYMENT -> "就业";
			case EQUIPMENT -> "设备共建";
			case RESEARCH -> "技术研发";
			case OTHER -> "校企";
		};
	}

	/**
	 * Prints one relationship unless one with the same key was printed.
	 * @param quote a pattern with %1$s the from name, %2$s the to name, %3$s the source's
	 * publisher
	 * @param extra for RECOGNIZED: title, -, level, stage; for PARTNERS_WITH: -, kind
	 */
	private void relation(Org from, Org to, RelationType type, String role, int since, Integer until, Org source,
			String quote, String[] extra) throws IOException {
		String qualifier = switch (type) {
			case CO_FOUNDED, MEMBER_OF -> "";
			case PARTNERS_WITH -> extra[1];
			case RECOGNIZED -> extra[0];
			case PART_OF, AFFILIATED_WITH -> "";
		};
		if (!this.keys.add(from.id() + '|' + type.ordinal() + '|' + to.id() + '|' + qualifier)) {
			return;
		}
		int year = Math.min(since, NetworkGenerator.LAST_YEAR);
		String kind = (type == RelationType.PARTNERS_WITH) ? extra[1] : null;
		String title = (type == RelationType.RECOGNIZED) ? extra[0] : null;
		String level = (type == RelationType.RECOGNIZED) ? extra[2] : null;
		String stage = (type == RelationType.RECOGNIZED) ? extra[3] : null;
		this.out.printRecord(from.id(), to.id(), type.name(), role, year,
				(until != null) ? Math.max(until, year) : null, "ASSERTED", source.document(),
				quote.formatted(from.name(), to.name(), source.name()), kind, title, level, stage);
		this.count++;
	}

}
