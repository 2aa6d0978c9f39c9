package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chanjiao.extraction.KnownNames.Org;

/**
 * Extracts a corpus — many documents — as one: the same organisation named in several
 * documents is one candidate, and a relationship stated in several is one row citing each
 * of them. Documents are extracted one after another, in the order given; after each, the
 * organisations it proposed are added to the names known to the next ones (with the id
 * they were proposed under), so a later mention links to the earlier proposal — exactly,
 * folded or normalised, as {@link KnownNames#link} links to the graph. Organisations of
 * the graph keep their ids. A proposed organisation is added with every word the document
 * named it by (its short forms, its 简称), so a later document that writes only the short
 * form links to it too.
 * <p>
 * Cost: the known names are rebuilt after every document that proposed something, in time
 * proportional to the graph's names plus the corpus's proposals so far.
 */
final class CorpusExtractor {

	/** A document of the corpus, as {@code documents.csv} holds it. */
	record Document(String id, String title, String publisher, Integer year, String url) {
	}

	/**
	 * A relationship of the corpus: the first extraction of it, the documents that state
	 * it and the sentence of each ({@code evidence} item i quotes {@code sources} item
	 * i). Its {@code since} is the earliest year any of them gives.
	 */
	record CorpusRelation(ExtractedRelation relation, Integer since, List<String> sources, List<String> evidence) {
	}

	/**
	 * What a corpus extraction found.
	 *
	 * @param documents the documents extracted, in order
	 * @param organizations every organisation named, in order of first mention; those not
	 * in the graph have {@code known} false
	 * @param namedIn for each proposed organisation, the documents naming it
	 * @param relations the relationships, in order of first statement
	 * @param unresolved relationships left out for want of a reporting organisation
	 * @param mentionedAs for each organisation, the words the documents name it by, as
	 * written
	 */
	record Result(List<Document> documents, List<Org> organizations, Map<String, List<String>> namedIn,
			List<CorpusRelation> relations, int unresolved, Map<String, List<String>> mentionedAs) {

		/** The organisations the graph does not hold. */
		List<Org> proposed() {
			return this.organizations.stream().filter((o) -> !o.known()).toList();
		}

	}

	private final List<KnownNames.Entry> entries;

	private final Set<String> graphIds = new HashSet<>();

	private final Org reporter;

	private final Reading reading;

	private KnownNames known;

	private final List<Document> documents = new ArrayList<>();

	private final Map<String, Org> organizations = new LinkedHashMap<>();

	private final Map<String, List<String>> namedIn = new LinkedHashMap<>();

	private final Map<String, Set<String>> mentionedAs = new LinkedHashMap<>();

	private final Map<String, CorpusRelation> relations = new LinkedHashMap<>();

	private int unresolved;

	private long rebuildNanos;

	/**
	 * @param graph the names of the graph's organisations
	 * @param reporter the organisation that wrote the documents (我校, 学校), or null
	 */
	CorpusExtractor(Collection<KnownNames.Entry> graph, Org reporter) {
		this(graph, reporter, (known, text, by) -> new ReportExtractor(known).extract(text, by));
	}

	/**
	 * @param reading how one document's text is read (the extractor; a test gives one
	 * that fails)
	 */
	CorpusExtractor(Collection<KnownNames.Entry> graph, Org reporter, Reading reading) {
		this.entries = new ArrayList<>(graph);
		graph.forEach((e) -> this.graphIds.add(e.id()));
		this.reporter = reporter;
		this.reading = reading;
		this.known = new KnownNames(this.entries);
	}

	/** How one document's text is read. */
	interface Reading {

		Extraction read(KnownNames known, String text, Org reporter);

	}

	/**
	 * Extracts the next document.
	 * @throws ReportRejectedException if the extraction fails on it: nothing of it is
	 * kept, and the documents before and after it are read as usual
	 */
	void add(Document document, String text) {
		Extraction extraction;
		try {
			extraction = this.reading.read(this.known, text, this.reporter).withOwnGenericNames(document.id());
		}
		catch (ReportRejectedException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new ReportRejectedException(document.id() + " could not be read by the extraction (" + ex
					+ "); nothing of it was kept, please report it");
		}
		this.documents.add(document);
		this.unresolved += extraction.unresolved();
		List<KnownNames.Entry> added = new ArrayList<>();
		for (Org org : extraction.organizations()) {
			List<String> forms = extraction.mentionedAs().getOrDefault(org.id(), List.of());
			this.mentionedAs.computeIfAbsent(org.id(), (id) -> new LinkedHashSet<>()).addAll(forms);
			boolean inGraph = this.graphIds.contains(org.id());
			Org first = this.organizations.putIfAbsent(org.id(),
					inGraph ? org : new Org(org.id(), org.name(), org.kind(), false));
			if (!inGraph) {
				List<String> docs = this.namedIn.computeIfAbsent(org.id(), (id) -> new ArrayList<>());
				if (docs.isEmpty() || !docs.get(docs.size() - 1).equals(document.id())) {
					docs.add(document.id());
				}
			}
			if (first == null && !org.known() && !Extraction.isGeneric(org.name())) {
				// a later document links to a proposal by its name and its
				// distinctive short forms; a generic one (市政府, 职教集团) names
				// another there
				added.add(new KnownNames.Entry(org.id(), org.name(), org.kind(),
						forms.stream().filter((f) -> !Extraction.isGeneric(f)).toList()));
			}
		}
		for (ExtractedRelation relation : extraction.relations()) {
			CorpusRelation previous = this.relations.get(relation.id());
			if (previous == null) {
				this.relations.put(relation.id(), new CorpusRelation(relation, relation.since(),
						new ArrayList<>(List.of(document.id())), new ArrayList<>(List.of(relation.evidence()))));
				continue;
			}
			Integer since = previous.since();
			if (relation.since() != null && (since == null || relation.since() < since)) {
				since = relation.since();
			}
			previous.sources().add(document.id());
			previous.evidence().add(relation.evidence());
			this.relations.put(relation.id(),
					new CorpusRelation(previous.relation(), since, previous.sources(), previous.evidence()));
		}
		if (!added.isEmpty()) {
			long start = System.nanoTime();
			this.entries.addAll(added);
			this.known = new KnownNames(this.entries);
			this.rebuildNanos += System.nanoTime() - start;
		}
	}

	/** Time spent rebuilding the known names so far, in nanoseconds. */
	long rebuildNanos() {
		return this.rebuildNanos;
	}

	Result result() {
		Map<String, List<String>> forms = new LinkedHashMap<>();
		this.mentionedAs.forEach((id, set) -> forms.put(id, List.copyOf(set)));
		return new Result(List.copyOf(this.documents), List.copyOf(this.organizations.values()),
				Map.copyOf(this.namedIn), List.copyOf(this.relations.values()), this.unresolved, forms);
	}

}
