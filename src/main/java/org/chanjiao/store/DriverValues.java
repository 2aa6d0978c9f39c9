package org.chanjiao.store;

import java.lang.reflect.Array;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.internal.value.IntegerValue;
import org.neo4j.driver.internal.value.ListValue;
import org.neo4j.driver.internal.value.MapValue;
import org.neo4j.driver.internal.value.NodeValue;
import org.neo4j.driver.internal.value.PathValue;
import org.neo4j.driver.internal.value.RelationshipValue;
import org.neo4j.driver.internal.value.StringValue;
import org.neo4j.driver.types.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.spatial.Point;
import org.neo4j.values.storable.DurationValue;

/**
 * Values of an embedded Cypher result as the driver would have received them over Bolt:
 * nodes, relationships and paths as driver entities with their ids, labels and
 * properties; property arrays as lists; maps and lists converted element by element. The
 * driver has no public constructors for entities, so its internal ones are used. One
 * instance per row: a node met again in it (the organisation at one end of each of its
 * relations) is read and converted once.
 */
final class DriverValues {

	private final Map<Long, InternalNode> nodes = new HashMap<>();

	@SuppressWarnings("deprecation") // numeric ids, as the driver still carries them
	Value of(Object value) {
		if (value == null) {
			return Values.NULL;
		}
		// Most values are property strings and numbers: answered before the checks below.
		if (value instanceof String string) {
			return new StringValue(string);
		}
		if (value instanceof Long number) {
			return new IntegerValue(number);
		}
		if (value instanceof Node node) {
			return new NodeValue(node(node));
		}
		if (value instanceof Relationship relationship) {
			return new RelationshipValue(relationship(relationship));
		}
		if (value instanceof Path path) {
			List<Entity> entities = new ArrayList<>();
			for (org.neo4j.graphdb.Entity entity : path) {
				entities.add((entity instanceof Node node) ? node(node) : relationship((Relationship) entity));
			}
			return new PathValue(new InternalPath(entities));
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Value> converted = new LinkedHashMap<>(map.size() * 2);
			map.forEach((k, v) -> converted.put((String) k, of(v)));
			return new MapValue(converted);
		}
		if (value instanceof Iterable<?> iterable) {
			List<Value> converted = new ArrayList<>();
			iterable.forEach((v) -> converted.add(of(v)));
			return new ListValue(converted);
		}
		if (value.getClass().isArray() && !(value instanceof byte[])) {
			int length = Array.getLength(value);
			List<Value> converted = new ArrayList<>(length);
			for (int i = 0; i < length; i++) {
				converted.add(of(Array.get(value, i)));
			}
			return new ListValue(converted);
		}
		if (value instanceof DurationValue duration) {
			return Values.isoDuration(duration.get(ChronoUnit.MONTHS), duration.get(ChronoUnit.DAYS),
					duration.get(ChronoUnit.SECONDS), (int) duration.get(ChronoUnit.NANOS));
		}
		if (value instanceof Point point) {
			double[] xyz = point.getCoordinate().getCoordinate();
			int srid = point.getCRS().getCode();
			return (xyz.length == 2) ? Values.point(srid, xyz[0], xyz[1]) : Values.point(srid, xyz[0], xyz[1], xyz[2]);
		}
		// Other numbers, booleans, dates and times, bytes: the driver's own conversion.
		return Values.value(value);
	}

	@SuppressWarnings("deprecation")
	private InternalNode node(Node node) {
		return this.nodes.computeIfAbsent(node.getId(), (id) -> convert(node));
	}

	@SuppressWarnings("deprecation")
	private InternalNode convert(Node node) {
		List<String> labels = new ArrayList<>();
		for (Label label : node.getLabels()) {
			labels.add(label.name());
		}
		return new InternalNode(node.getId(), node.getElementId(), labels, properties(node.getAllProperties()));
	}

	@SuppressWarnings("deprecation")
	private InternalRelationship relationship(Relationship relationship) {
		Node start = relationship.getStartNode();
		Node end = relationship.getEndNode();
		return new InternalRelationship(relationship.getId(), relationship.getElementId(), start.getId(),
				start.getElementId(), end.getId(), end.getElementId(), relationship.getType().name(),
				properties(relationship.getAllProperties()));
	}

	private Map<String, Value> properties(Map<String, Object> properties) {
		Map<String, Value> converted = new LinkedHashMap<>(properties.size() * 2);
		properties.forEach((k, v) -> converted.put(k, of(v)));
		return converted;
	}

}
