package org.chanjiao.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chanjiao.store.GraphStore;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * The Cypher behind the source documents: the {@code documents} list and the titles
 * {@code Evidence.documentTitle} reads, a whole batch in one statement.
 */
@Component
class DocumentQueries {

	private final GraphStore store;

	DocumentQueries(GraphStore store) {
		this.store = store;
	}

	/** The titles of these documents; unknown ids are absent. */
	Map<String, String> documentTitles(Collection<String> ids) {
		Map<String, String> titles = new HashMap<>();
		this.store
			.read("UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.title AS title",
					Map.of("ids", List.copyOf(ids)), (r) -> r)
			.forEach((r) -> titles.put(r.get("id").asString(), GraphMapping.string(r.get("title"))));
		return titles;
	}

	/** A source document. */
	public record Document(String id, String title, String publisher, Integer year, String url) {
	}

	List<Document> documents() {
		return this.store.read("MATCH (d:Document) RETURN d ORDER BY d.id", Map.of(), (r) -> {
			Value d = r.get("d");
			return new Document(d.get("id").asString(), GraphMapping.string(d.get("title")),
					GraphMapping.string(d.get("publisher")), GraphMapping.integer(d.get("year")),
					GraphMapping.string(d.get("url")));
		});
	}

}
