package org.chanjiao.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chanjiao.organization.StoredType;
import org.chanjiao.store.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * A canonical SHA-256 of the knowledge graph: every document, organisation (with its
 * labels) and relationship between organisations, with all their properties, in id order.
 * Two databases holding the same facts give the same checksum, whatever their internal
 * ids. Curation bookkeeping (history, merged ids, the seed marker) is not part of it.
 */
@Component
public class GraphChecksum {

	private final GraphStore store;

	private final TransferProperties properties;

	GraphChecksum(GraphStore store, TransferProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	public String compute() {
		return this.store.inRead((tx) -> {
			MessageDigest digest = sha256();
			tx.run("MATCH (d:Document) RETURN 'D' AS kind, d.id AS id, [] AS labels, properties(d) AS p ORDER BY d.id")
				.forEachRemaining((r) -> update(digest, r));
			tx.run("""
					MATCH (o:Organization)
					RETURN 'O' AS kind, o.id AS id, labels(o) AS labels, properties(o) AS p ORDER BY o.id
					""").forEachRemaining((r) -> update(digest, r));
			// A relationship as the interchange format has it: its type, and its status
			// among its properties, whichever way the database stores them (StoredType).
			tx.run("""
					MATCH (a:Organization)-[r]->(b:Organization)
					RETURN 'R' AS kind, r.id AS id, type(r) AS stored, a.id AS a, b.id AS b, properties(r) AS p
					ORDER BY r.id
					""").forEachRemaining((r) -> {
				StoredType stored = StoredType.parse(r.get("stored").asString()).orElse(null);
				Map<String, Object> properties = new HashMap<>(r.get("p").asMap());
				String type = r.get("stored").asString();
				if (stored != null) {
					type = stored.type().name();
					properties.put("status", stored.status().name());
				}
				update(digest, "R", r.get("id").asString(null),
						List.of(type, r.get("a").asString(), r.get("b").asString()), properties);
			});
			return HexFormat.of().formatHex(digest.digest());
		}, this.properties.timeout());
	}

	private static void update(MessageDigest digest, Record row) {
		List<String> labels = new ArrayList<>(row.get("labels").asList(Value::asString));
		labels.sort(String::compareTo);
		update(digest, row.get("kind").asString(), row.get("id").asString(null), labels, row.get("p").asMap());
	}

	private static void update(MessageDigest digest, String kind, String id, List<String> labels,
			Map<String, Object> properties) {
		Map<String, Object> sorted = new TreeMap<>(properties);
		String line = kind + "\t" + id + "\t" + labels + "\t" + sorted + "\n";
		digest.update(line.getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
