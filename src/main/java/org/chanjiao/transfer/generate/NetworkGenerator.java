package org.chanjiao.transfer.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chanjiao.organization.CommunityForm;
import org.chanjiao.transfer.Interchange;
import org.chanjiao.transfer.generate.GeneratedOrganisations.Org;

/**
 * Writes a synthetic national industry–education network in the interchange format
 * ({@code documents.csv}, {@code nodes.csv}, {@code relations.csv}), for trying the
 * analyses at real size. At scale 1: 1,500 schools, 10,000 industry colleges, 300
 * communities, 60,000 enterprises, 500 industry associations, 300 government bodies, 100
 * research institutes and about 500,000 relationships; counts scale linearly (0.01 gives
 * a hundredth).
 * <p>
 * Degrees are heavy-tailed: enterprises are drawn from a Zipf distribution (exponent 0.6)
 * for co-founding colleges, so a few co-found dozens of colleges across many schools
 * while most co-found none; schools host colleges by Zipf (0.3); partnerships and
 * community memberships draw enterprises by Zipf (0.7). Regions are 31 provinces and
 * their cities, weighted towards the populous ones. Every relationship has a
 * {@code since} year, a source document (the annual report of the school, government body
 * or community that would state it) and a synthetic evidence quote naming both ends.
 * Everything is drawn from one {@link Random} with the seed, in a fixed order, so the
 * same scale and seed give the same bytes.
 * <p>
 * This class writes the files; {@link GeneratedOrganisations} draws who is in the
 * network, {@link GeneratedRelations} how they are tied, both through
 * {@link SeededDraws}.
 */
public final class NetworkGenerator {

	static final int FIRST_YEAR = 2012;

	static final int LAST_YEAR = 2025;

	/** What a run wrote. */
	public record Summary(int documents, int nodes, long relations) {
	}

	private NetworkGenerator() {
	}

	/**
	 * Writes the three files into {@code dir} (created if missing, files replaced).
	 * @param scale 1 for the national size; any positive fraction or multiple
	 */
	public static Summary generate(double scale, long seed, Path dir) throws IOException {
		if (!(scale > 0) || scale > 100) {
			throw new IllegalArgumentException("scale must be more than 0 and at most 100 (got " + scale + ")");
		}
		Files.createDirectories(dir);
		SeededDraws draws = new SeededDraws(seed);
		GeneratedOrganisations orgs = GeneratedOrganisations.draw(scale, draws);
		int documents = writeDocuments(dir, orgs);
		int nodes = writeNodes(dir, orgs);
		long relations;
		try (CSVPrinter out = printer(dir, Interchange.RELATIONS)) {
			List<String> header = new ArrayList<>(Interchange.RELATION_COLUMNS);
			header.addAll(List.of("kind", "title", "level", "stage"));
			out.printRecord(header);
			relations = GeneratedRelations.print(draws, orgs, out);
		}
		return new Summary(documents, nodes, relations);
	}

	// One annual report per school, government body and community.
	private static int writeDocuments(Path dir, GeneratedOrganisations orgs) throws IOException {
		int documents = 0;
		try (CSVPrinter out = printer(dir, Interchange.DOCUMENTS)) {
			out.printRecord(Interchange.DOCUMENT_COLUMNS);
			for (List<Org> publishers : List.of(orgs.schools(), orgs.governments(), orgs.communities())) {
				for (Org org : publishers) {
					out.printRecord(org.document(), org.name() + " 2025 年产教融合年度报告", org.name(), LAST_YEAR);
					documents++;
				}
			}
		}
		return documents;
	}

	private static int writeNodes(Path dir, GeneratedOrganisations orgs) throws IOException {
		int nodes = 0;
		try (CSVPrinter out = printer(dir, Interchange.NODES)) {
			List<String> header = new ArrayList<>(Interchange.NODE_COLUMNS);
			header.add("form");
			out.printRecord(header);
			for (List<Org> group : List.of(orgs.governments(), orgs.schools(), orgs.associations(), orgs.enterprises(),
					orgs.institutes(), orgs.colleges(), orgs.communities())) {
				for (Org org : group) {
					CommunityForm form = org.form();
					out.printRecord(org.id(), org.kind().name(), org.name(), null, null, org.region(), org.founded(),
							null, "合成数据（generate 命令生成），不是真实机构", (form != null) ? form.name() : null);
					nodes++;
				}
			}
		}
		return nodes;
	}

	private static CSVPrinter printer(Path dir, String file) throws IOException {
		Writer writer = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8);
		return new CSVPrinter(writer, CSVFormat.RFC4180);
	}

}
