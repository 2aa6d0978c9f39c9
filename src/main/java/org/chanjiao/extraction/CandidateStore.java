package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.chanjiao.history.History;
import org.chanjiao.extraction.Candidates.CandidateList;
import org.chanjiao.extraction.Candidates.CandidateOrganization;
import org.chanjiao.extraction.Candidates.CandidateRelation;
import org.chanjiao.extraction.Candidates.ExtractionResult;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationStatus;
import org.chanjiao.organization.StoredType;
import org.chanjiao.organization.RelationById;
import org.chanjiao.store.GraphStore;
import org.neo4j.driver.Record;
import org.chanjiao.store.WriteStatements;
import org.chanjiao.store.WriteTransaction;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Keeps extraction candidates in the graph for review. A proposed organisation is a
 * {@code (:CandidateOrganization {status: 'CANDIDATE'})} node — not an
 * {@code Organization}, so no query of the network, search or listing sees it until it is
 * accepted. A proposed relationship has status {@code CANDIDATE}, which the network
 * queries do not count. Both carry {@code extractedFrom}, the document's id. Accepting
 * makes them ASSERTED facts (and a candidate organisation an Organization); rejecting
 * makes them DEPRECATED with the reason: nothing is deleted. Every write is one
 * Spring-managed transaction ({@link WriteTransaction}), its statements through
 * {@link WriteStatements}, and is recorded in the {@link History} in it.
 */
@Component
class CandidateStore {

	private final GraphStore store;

	private final WriteStatements statements;

	private final History history;

	CandidateStore(GraphStore store, WriteStatements statements, History history) {
		this.store = store;
		this.statements = statements;
		this.history = history;
	}

	/** Every organisation's names and aliases, in one query. */
	KnownNames knownNames() {
		return new KnownNames(knownNameEntries());
	}

	/**
	 * Every organisation's names and aliases (its English name among them), in one query.
	 */
	List<KnownNames.Entry> knownNameEntries() {
		return this.store.read(
				"""
						MATCH (o:Organization)
						RETURN o.id AS id, o.name AS name, o.kind AS kind, o.nameEn AS nameEn, coalesce(o.aliases, []) AS aliases
						""",
				Map.of(), (r) -> {
					List<String> aliases = new ArrayList<>(r.get("aliases").asList(Value::asString));
					if (!r.get("nameEn").isNull()) {
						aliases.add(r.get("nameEn").asString());
					}
					return new KnownNames.Entry(r.get("id").asString(), r.get("name").asString(),
							OrgKind.parse(r.get("kind").asString()).orElse(OrgKind.ENTERPRISE), aliases);
				});
	}

	/** Those of the relationship ids that the graph holds already, in any status. */
	Set<String> existingRelations(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				this.store.read("MATCH ()-[r:%s]->() WHERE r.id IN $ids RETURN r.id AS id".formatted(StoredType.any()),
						Map.of("ids", List.copyOf(ids)), (r) -> r.get("id").asString()));
	}

	/**
	 * Stores the document and the candidates. A relationship the graph holds already (in
	 * any status) is left as it is: an extraction never changes a curated fact. It is
	 * counted in {@code previouslyRejected} when a curator rejected it (status DEPRECATED
	 * with a reason) and its evidence holds the same quote, else in {@code alreadyKnown}.
	 */
	@WriteTransaction
	ExtractionResult store(Extraction extraction, String documentId, String title) {
		String now = History.now();
		Map<String, Object> document = new HashMap<>();
		document.put("title", (title != null) ? title : documentId);
		this.statements.run("MERGE (d:Document {id: $id}) ON CREATE SET d += $properties",
				Map.of("id", documentId, "properties", document));
		Set<String> used = new LinkedHashSet<>();
		List<CandidateRelation> stored = new ArrayList<>();
		int alreadyKnown = 0;
		int previouslyRejected = 0;
		for (ExtractedRelation relation : extraction.relations()) {
			String id = relation.id();
			List<Record> existing = RelationById.find(this.statements, relation.type(), id).stream().toList();
			if (!existing.isEmpty()) {
				if (rejected(existing.get(0), relation.evidence())) {
					previouslyRejected++;
				}
				else {
					alreadyKnown++;
				}
				continue;
			}
			for (Org end : List.of(relation.from(), relation.to())) {
				if (!end.known() && used.add(end.id())) {
					createCandidateOrganization(this.statements, end, documentId, now);
				}
			}
			Map<String, Object> properties = new HashMap<>();
			properties.put("id", id);
			properties.put("role", relation.role());
			properties.put("kind", relation.kind());
			properties.put("title", relation.title());
			properties.put("level", relation.level());
			properties.put("stage", relation.stage());
			properties.put("since", relation.since());
			properties.put("sources", List.of(documentId));
			properties.put("evidence", List.of(relation.evidence()));
			properties.put("fromText", relation.fromText());
			properties.put("toText", relation.toText());
			properties.put("extractedFrom", documentId);
			properties.put("createdAt", now);
			properties.values().removeIf(Objects::isNull);
			this.statements.run("""
					MATCH (a {id: $from}) WHERE a:Organization OR a:CandidateOrganization
					MATCH (b {id: $to}) WHERE b:Organization OR b:CandidateOrganization
					CREATE (a)-[r:%s]->(b) SET r = $properties
					""".formatted(new StoredType(relation.type(), RelationStatus.CANDIDATE).name()),
					Map.of("from", relation.from().id(), "to", relation.to().id(), "properties", properties));
			stored.add(toRelation(relation, documentId));
		}
		for (Org org : extraction.proposed()) {
			if (used.add(org.id())) {
				createCandidateOrganization(this.statements, org, documentId, now);
			}
		}
		List<String> subjects = new ArrayList<>(used);
		stored.forEach((r) -> subjects.add(r.id()));
		subjects.add(documentId);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("document", documentId);
		after.put("organizations", used.size());
		after.put("relations", stored.size());
		after.put("alreadyKnown", alreadyKnown);
		after.put("previouslyRejected", previouslyRejected);
		this.history.record("EXTRACT_CANDIDATES", subjects, null, after, null);
		List<CandidateOrganization> organizations = extraction.organizations()
			.stream()
			.map((o) -> organization(o, documentId))
			.toList();
		return new ExtractionResult(documentId, organizations, stored, alreadyKnown, previouslyRejected,
				extraction.unresolved());
	}

	/**
	 * Whether a relationship was rejected by a curator (rejectCandidates, or replaced by
	 * a corrected one on acceptance) for evidence that holds this quote.
	 */
	private static boolean rejected(Record found, String quote) {
		Value relationship = found.get("r");
		return StoredType.of(found.get("type").asString()).status() == RelationStatus.DEPRECATED
				&& !relationship.get("reason").isNull() && !relationship.get("evidence").isNull()
				&& relationship.get("evidence").asList(Value::asString).contains(quote);
	}

	private static void createCandidateOrganization(WriteStatements statements, Org org, String documentId,
			String now) {
		statements.run("""
				OPTIONAL MATCH (existing:Organization {id: $id})
				WITH existing WHERE existing IS NULL
				MERGE (c:CandidateOrganization {id: $id})
				ON CREATE SET c.name = $name, c.kind = $kind, c.status = 'CANDIDATE', c.extractedFrom = $document,
					c.sources = [$document], c.createdAt = $now
				""", Map.of("id", org.id(), "name", org.name(), "kind", org.kind().name(), "document", documentId,
				"now", now));
	}

	private static CandidateRelation toRelation(ExtractedRelation r, String documentId) {
		return new CandidateRelation(r.id(), r.type(), organization(r.from(), documentId),
				organization(r.to(), documentId), r.role(), r.kind(), r.title(), r.level(), r.stage(), r.since(),
				"CANDIDATE", documentId, r.evidence(), r.fromText(), r.toText());
	}

	private static CandidateOrganization organization(Org o, String documentId) {
		return new CandidateOrganization(o.id(), o.name(), o.kind(), o.known() ? "ASSERTED" : "CANDIDATE", !o.known(),
				o.known() ? null : documentId);
	}

	/** The candidates extracted from a document, or, without one, all pending ones. */
	CandidateList list(String documentId) {
		return this.store.inRead((tx) -> {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("document", documentId);
			parameters.put("candidates", StoredType.names(null, List.of(RelationStatus.CANDIDATE)));
			List<CandidateOrganization> organizations = tx.run("""
					MATCH (c:CandidateOrganization)
					WHERE ($document IS NULL AND c.status = 'CANDIDATE') OR c.extractedFrom = $document
					RETURN c ORDER BY c.id
					""", parameters).list((r) -> candidateOrganization(r.get("c")));
			List<CandidateRelation> relations = tx.run("""
					MATCH (a)-[r]->(b)
					WHERE r.extractedFrom IS NOT NULL
					  AND (($document IS NULL AND type(r) IN $candidates) OR r.extractedFrom = $document)
					RETURN r, type(r) AS type, a, b ORDER BY r.id
					""", parameters).list(CandidateStore::candidateRelation);
			return new CandidateList(organizations, relations);
		});
	}

	private static CandidateOrganization candidateOrganization(Value node) {
		boolean candidate = node.asNode().hasLabel("CandidateOrganization");
		String status = node.get("status").isNull() ? "ASSERTED" : node.get("status").asString();
		return new CandidateOrganization(node.get("id").asString(), node.get("name").asString(),
				OrgKind.valueOf(node.get("kind").asString()), status, candidate || !node.get("extractedFrom").isNull(),
				string(node.get("extractedFrom")));
	}

	private static CandidateRelation candidateRelation(Record r) {
		Value rel = r.get("r");
		StoredType stored = StoredType.of(r.get("type").asString());
		return new CandidateRelation(rel.get("id").asString(), stored.type(), candidateOrganization(r.get("a")),
				candidateOrganization(r.get("b")), string(rel.get("role")), string(rel.get("kind")),
				string(rel.get("title")), string(rel.get("level")), string(rel.get("stage")),
				rel.get("since").isNull() ? null : rel.get("since").asInt(), stored.status().name(),
				rel.get("extractedFrom").asString(),
				rel.get("evidence").isNull() ? "" : rel.get("evidence").get(0).asString(), string(rel.get("fromText")),
				string(rel.get("toText")));
	}

	private static String string(Value value) {
		return value.isNull() ? null : value.asString();
	}

}
