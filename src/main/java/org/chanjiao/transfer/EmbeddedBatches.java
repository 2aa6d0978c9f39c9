package org.chanjiao.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.StoredType;
import org.chanjiao.transfer.Dataset.DocumentRow;
import org.chanjiao.transfer.Dataset.NodeRow;
import org.chanjiao.transfer.Dataset.RelationRow;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * The import's batches written through the Java API of a database in this JVM: the same
 * rows, journal and checks as {@link GraphWriter}'s Cypher statements (the journal tests
 * run against both), without packing every row into Bolt messages and interpreting
 * {@code UNWIND} with {@code Eager} steps — in the benchmark several times faster.
 * Written by hand because the alternative, {@code neo4j-admin import}, only fills an
 * empty database offline and cannot merge into a running one. Looks-ups go through the
 * same indexes as the Cypher: the unique organisation and document ids and the
 * relationship-id index of each stored type ({@link StoredType}).
 */
final class EmbeddedBatches implements BatchTarget {

	private static final Label ORGANIZATION = Label.label("Organization");

	private static final Label DOCUMENT = Label.label("Document");

	private static final Label IMPORT_UNDO = Label.label("ImportUndo");

	/** Asked for each batch: the embedded server can be stopped and started again. */
	private final Supplier<GraphDatabaseService> database;

	/**
	 * Internal element ids of the organisations the current import wrote, for relation
	 * ends; only one import runs at a time.
	 */
	private final Map<String, String> elementIds = new HashMap<>();

	private String cachedRun;

	EmbeddedBatches(Supplier<GraphDatabaseService> database) {
		this.database = database;
	}

	@Override
	public void documents(String run, List<DocumentRow> batch, long timeoutMillis) {
		try (Transaction tx = this.database.get().beginTx(timeoutMillis, TimeUnit.MILLISECONDS)) {
			Map<String, Node> existing = new HashMap<>();
			Map<String, Map<String, Object>> befores = new HashMap<>();
			for (DocumentRow row : batch) {
				Node node = tx.findNode(DOCUMENT, "id", row.id());
				if (node != null) {
					existing.put(row.id(), node);
					befores.put(row.id(), Map.of("properties", node.getAllProperties()));
				}
			}
			journal(tx, run, ImportJournal.Entity.DOCUMENT, null, batch.stream().map(DocumentRow::id).toList(),
					befores);
			for (DocumentRow row : batch) {
				Node node = existing.get(row.id());
				if (node == null) {
					node = tx.createNode(DOCUMENT);
					node.setProperty("id", row.id());
				}
				// Like SET d += row.properties: empty cells leave what the document has.
				setAll(node, row.properties());
			}
			tx.commit();
		}
	}

	@Override
	public void nodes(String run, OrgKind kind, List<NodeRow> batch, String now, long timeoutMillis) {
		Label label = Label.label(kind.label());
		cacheFor(run);
		Map<String, String> written = new HashMap<>();
		try (Transaction tx = this.database.get().beginTx(timeoutMillis, TimeUnit.MILLISECONDS)) {
			Map<String, Node> existing = new HashMap<>();
			Map<String, Map<String, Object>> befores = new HashMap<>();
			for (NodeRow row : batch) {
				Node node = tx.findNode(ORGANIZATION, "id", row.id());
				if (node != null) {
					existing.put(row.id(), node);
					List<String> labels = new ArrayList<>();
					node.getLabels().forEach((l) -> labels.add(l.name()));
					befores.put(row.id(), Map.of("properties", node.getAllProperties(), "labels", labels));
				}
			}
			journal(tx, run, ImportJournal.Entity.NODE, null, batch.stream().map(NodeRow::id).toList(), befores);
			for (NodeRow row : batch) {
				Map<String, Object> properties = new LinkedHashMap<>(row.properties());
				properties.put("kind", kind.name());
				Object createdAt = properties.remove("createdAt");
				Object updatedAt = properties.remove("updatedAt");
				Object version = properties.remove("version");
				Node node = existing.get(row.id());
				if (node == null) {
					node = tx.createNode(ORGANIZATION, label);
					createdAt = (createdAt != null) ? createdAt : now;
					version = (version != null) ? version : 0L;
				}
				else {
					// Values a row leaves empty keep what the node has (timestamps,
					// version) or are removed (the rest); an old kind label is replaced.
					createdAt = (createdAt != null) ? createdAt : node.getProperty("createdAt", null);
					updatedAt = (updatedAt != null) ? updatedAt : node.getProperty("updatedAt", null);
					version = (version != null) ? version : node.getProperty("version", null);
					for (String key : node.getPropertyKeys()) {
						node.removeProperty(key);
					}
					for (OrgKind other : OrgKind.values()) {
						node.removeLabel(Label.label(other.label()));
					}
					node.addLabel(label);
				}
				setAll(node, properties);
				node.setProperty("id", row.id());
				set(node, "createdAt", createdAt);
				set(node, "updatedAt", updatedAt);
				set(node, "version", version);
				written.put(row.id(), node.getElementId());
			}
			tx.commit();
		}
		this.elementIds.putAll(written);
	}

	@Override
	public void relations(String run, StoredType type, List<RelationRow> batch, String now, long timeoutMillis) {
		RelationshipType relationshipType = RelationshipType.withName(type.name());
		List<RelationshipType> anyStatus = StoredType.names(List.of(type.type()), null)
			.stream()
			.map(RelationshipType::withName)
			.toList();
		cacheFor(run);
		try (Transaction tx = this.database.get().beginTx(timeoutMillis, TimeUnit.MILLISECONDS)) {
			Map<String, Relationship> existing = new HashMap<>();
			Map<String, Map<String, Object>> befores = new HashMap<>();
			for (RelationRow row : batch) {
				for (RelationshipType stored : anyStatus) {
					try (ResourceIterator<Relationship> found = tx.findRelationships(stored, "id", row.id())) {
						if (found.hasNext()) {
							Relationship relationship = found.next();
							existing.put(row.id(), relationship);
							befores.put(row.id(), Map.of("properties", relationship.getAllProperties(), "type",
									relationship.getType().name()));
						}
					}
				}
			}
			journal(tx, run, ImportJournal.Entity.RELATION, type.name(), batch.stream().map(RelationRow::id).toList(),
					befores);
			List<RelationRow> missing = new ArrayList<>();
			for (RelationRow row : batch) {
				Map<String, Object> properties = row.storedProperties();
				Object createdAt = properties.remove("createdAt");
				Object updatedAt = properties.remove("updatedAt");
				Relationship relationship = existing.get(row.id());
				if (relationship == null) {
					Node from = organization(tx, row.from());
					Node to = organization(tx, row.to());
					if (from == null || to == null) {
						missing.add(row);
						continue;
					}
					relationship = from.createRelationshipTo(to, relationshipType);
					createdAt = (createdAt != null) ? createdAt : now;
				}
				else {
					// The id is a hash of the ends, so an existing relation has the row's
					// ends; in another status it moves to this row's type.
					createdAt = (createdAt != null) ? createdAt : relationship.getProperty("createdAt", null);
					updatedAt = (updatedAt != null) ? updatedAt : relationship.getProperty("updatedAt", null);
					if (!relationship.isType(relationshipType)) {
						Relationship moved = relationship.getStartNode()
							.createRelationshipTo(relationship.getEndNode(), relationshipType);
						relationship.delete();
						relationship = moved;
					}
					else {
						for (String key : relationship.getPropertyKeys()) {
							relationship.removeProperty(key);
						}
					}
				}
				setAll(relationship, properties);
				relationship.setProperty("id", row.id());
				set(relationship, "createdAt", createdAt);
				set(relationship, "updatedAt", updatedAt);
			}
			if (!missing.isEmpty()) {
				// An end was deleted after validation: fail rather than drop facts (the
				// transaction is closed without commit, so this batch writes nothing).
				throw ImportException.vanishedEnds(missing);
			}
			tx.commit();
		}
	}

	private void cacheFor(String run) {
		if (!run.equals(this.cachedRun)) {
			this.elementIds.clear();
			this.cachedRun = run;
		}
	}

	private Node organization(Transaction tx, String id) {
		String elementId = this.elementIds.get(id);
		if (elementId != null) {
			try {
				Node node = tx.getNodeByElementId(elementId);
				// Internal ids of deleted nodes are reused: check it is still this one.
				if (id.equals(node.getProperty("id", null)) && node.hasLabel(ORGANIZATION)) {
					return node;
				}
			}
			catch (org.neo4j.graphdb.NotFoundException ex) {
				// Deleted since this import wrote it; look it up by id.
			}
			this.elementIds.remove(id);
		}
		return tx.findNode(ORGANIZATION, "id", id);
	}

	/** The same journal entries as {@link GraphWriter}'s Cypher writes. */
	private static void journal(Transaction tx, String run, ImportJournal.Entity entity, String type, List<String> ids,
			Map<String, Map<String, Object>> befores) {
		String[] created = ids.stream().filter((id) -> !befores.containsKey(id)).toArray(String[]::new);
		if (created.length > 0) {
			Node entry = undo(tx, run, entity, type);
			entry.setProperty("created", created);
		}
		befores.forEach((id, before) -> {
			Node entry = undo(tx, run, entity, type);
			entry.setProperty("id", id);
			entry.setProperty("before", ImportJournal.json(before));
		});
	}

	private static Node undo(Transaction tx, String run, ImportJournal.Entity entity, String type) {
		Node entry = tx.createNode(IMPORT_UNDO);
		entry.setProperty("run", run);
		entry.setProperty("entity", entity.name());
		if (type != null) {
			entry.setProperty("type", type);
		}
		return entry;
	}

	private static void setAll(Entity entity, Map<String, Object> properties) {
		properties.forEach((key, value) -> set(entity, key, value));
	}

	/** Sets a property as Cypher would store the driver's value; null sets nothing. */
	private static void set(Entity entity, String key, Object value) {
		if (value == null) {
			return;
		}
		entity.setProperty(key, storable(value));
	}

	private static Object storable(Object value) {
		if (value instanceof Integer number) {
			return number.longValue();
		}
		if (value instanceof List<?> list) {
			if (list.isEmpty() || list.get(0) instanceof String) {
				return list.stream().map(String.class::cast).toArray(String[]::new);
			}
			if (list.get(0) instanceof Number) {
				return list.stream().mapToLong((n) -> ((Number) n).longValue()).toArray();
			}
			throw new IllegalArgumentException("cannot store a list of " + list.get(0).getClass().getSimpleName());
		}
		if (value.getClass().isArray()) {
			return value;
		}
		if (value instanceof String || value instanceof Long || value instanceof Boolean || value instanceof Double) {
			return value;
		}
		throw new IllegalArgumentException("cannot store a " + value.getClass().getSimpleName() + ": " + value);
	}

}
