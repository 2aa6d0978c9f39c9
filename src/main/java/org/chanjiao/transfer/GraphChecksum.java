package org.chanjiao.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chanjiao.store.GraphStore;
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
				.forEachRemaining((r) -> update(digest, r.get("kind"), r.get("id"), r.get("labels"), r.get("p")));
			tx.run("""
					MATCH (o:Organization)
					RETURN 'O' AS kind, o.id AS id, labels(o) AS labels, properties(o) AS p ORDER BY o.id
					""")
				.forEachRemaining((r) -> update(digest, r.get("kind"), r.get("id"), r.get("labels"), r.get("p")));
			tx.run("""
					MATCH (a:Organization)-[r]->(b:Organization)
					RETURN 'R' AS kind, r.id AS id, [type(r), a.id, b.id] AS labels, properties(r) AS p ORDER BY r.id
					""")
				.forEachRemaining((r) -> update(digest, r.get("kind"), r.get("id"), r.get("labels"), r.get("p")));
			return HexFormat.of().formatHex(digest.digest());
		}, this.properties.timeout());
	}

	private static void update(MessageDigest digest, Value kind, Value id, Value labels, Value properties) {
		List<String> sortedLabels = new ArrayList<>(labels.asList(Value::asString));
		if (!kind.asString().equals("R")) {
			sortedLabels.sort(String::compareTo);
		}
		Map<String, Object> sorted = new TreeMap<>(properties.asMap());
		String line = kind.asString() + "\t" + id.asString(null) + "\t" + sortedLabels + "\t" + sorted + "\n";
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
