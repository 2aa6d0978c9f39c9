package org.chanjiao.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.chanjiao.extraction.KnownNames.Org;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each construction of docs/EXTRACTION.md on sentences written for it
 * ({@code src/test/resources/extraction/constructions.txt}): the extraction proposes
 * exactly the organisations (named as written) and relationships the fixture lists, with
 * nothing known beforehand.
 */
class ExtractionConstructionsTests {

	/** One fixture: its title, its text, and what must be proposed. */
	record Fixture(String title, String text, TreeSet<String> organizations, TreeSet<String> relations,
			TreeSet<String> shortForms) {

		Fixture(String title, String text, TreeSet<String> organizations, TreeSet<String> relations) {
			this(title, text, organizations, relations, new TreeSet<>());
		}

		@Override
		public String toString() {
			return this.title;
		}

	}

	/** Marks a short form (a NOSHORT line) that must not be found. */
	private static final String NOT = "!";

	static Stream<Fixture> fixtures() throws IOException {
		List<Fixture> fixtures = new ArrayList<>();
		try (InputStream in = ExtractionConstructionsTests.class.getResourceAsStream("/extraction/constructions.txt")) {
			String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Fixture current = null;
			StringBuilder text = new StringBuilder();
			for (String line : all.split("\n")) {
				if (line.startsWith("## ")) {
					if (current != null) {
						fixtures.add(new Fixture(current.title(), text.toString(), current.organizations(),
								current.relations(), current.shortForms()));
					}
					current = new Fixture(line.substring(3), "", new TreeSet<>(), new TreeSet<>());
					text = new StringBuilder();
				}
				else if (current != null && line.startsWith("> ")) {
					text.append(line.substring(2)).append('\n');
				}
				else if (current != null && line.startsWith("ORG ")) {
					current.organizations().add(line.substring(4).strip());
				}
				else if (current != null && line.startsWith("REL ")) {
					current.relations().add(line.substring(4).strip());
				}
				else if (current != null && line.startsWith("SHORT ")) {
					current.shortForms().add(line.substring(6).strip());
				}
				else if (current != null && line.startsWith("NOSHORT ")) {
					// a form the organisation must not be found by
					current.shortForms().add(NOT + line.substring(8).strip());
				}
			}
			if (current != null) {
				fixtures.add(new Fixture(current.title(), text.toString(), current.organizations(), current.relations(),
						current.shortForms()));
			}
		}
		return fixtures.stream();
	}

	/** What the extraction proposes for a fixture, in the fixture's notation. */
	static Fixture extracted(Fixture fixture) {
		Extraction extraction = new ReportExtractor(KnownNames.EMPTY).extract(fixture.text(), null);
		TreeSet<String> organizations = new TreeSet<>();
		for (Org org : extraction.organizations()) {
			organizations.add(extraction.writtenName(org) + " " + org.kind());
		}
		TreeSet<String> shortForms = new TreeSet<>();
		for (Org org : extraction.organizations()) {
			String name = extraction.writtenName(org);
			for (String form : extraction.mentionedAs().getOrDefault(org.id(), List.of())) {
				if (!form.equals(name)) {
					shortForms.add(name + " " + form);
				}
			}
		}
		TreeSet<String> relations = new TreeSet<>();
		for (ExtractedRelation r : extraction.relations()) {
			relations.add((extraction.writtenName(r.from()) + " " + extraction.writtenName(r.to()) + " " + r.type()
					+ " " + ((r.role() != null) ? r.role() : ""))
				.strip());
		}
		return new Fixture(fixture.title(), fixture.text(), organizations, relations, shortForms);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void shouldProposeExactlyWhatTheFixtureLists(Fixture fixture) {
		Fixture found = extracted(fixture);
		assertThat(found.organizations()).as("organisations").containsExactlyElementsOf(fixture.organizations());
		assertThat(found.relations()).as("relationships").containsExactlyElementsOf(fixture.relations());
		// the short forms a fixture lists (not necessarily all); no form holds a
		// quotation
		// mark
		assertThat(found.shortForms()).as("short forms")
			.containsAll(fixture.shortForms().stream().filter((f) -> !f.startsWith(NOT)).toList());
		List<String> absent = fixture.shortForms()
			.stream()
			.filter((f) -> f.startsWith(NOT))
			.map((f) -> f.substring(NOT.length()))
			.toList();
		assertThat(found.shortForms()).as("short forms it must not find").noneMatch(absent::contains);
		assertThat(found.shortForms()).as("short forms").noneMatch((f) -> f.matches(".*[“”\"「」‘’].*"));
	}

}
