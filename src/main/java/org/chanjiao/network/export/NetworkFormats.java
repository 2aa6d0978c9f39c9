package org.chanjiao.network.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chanjiao.network.NetworkQueries.Subgraph;
import org.chanjiao.organization.Evidence;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.Relation;
import org.chanjiao.transfer.Interchange;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes a subgraph as GraphML or GEXF (with JGraphT's exporters, for Gephi, Cytoscape
 * and NetworkX) or as the interchange CSV of DESIGN.md. Nodes carry {@code label} (the
 * Chinese name), {@code name}, {@code nameEn}, {@code aliases} ({@code |}-joined),
 * {@code kind}, {@code region}, {@code founded}; edges (directed, as stored) carry
 * {@code relationId}, {@code relationType} ({@code type} is reserved in GEXF),
 * {@code role}, {@code partnershipKind}, {@code title}, {@code level}, {@code stage},
 * {@code since}, {@code until}, {@code status}. Missing values are left out rather than
 * written empty.
 */
final class NetworkFormats {

	static final List<String> NODE_STRINGS = List.of("label", "name", "nameEn", "aliases", "kind", "region");

	static final List<String> EDGE_STRINGS = List.of("relationId", "relationType", "role", "partnershipKind", "title",
			"level", "stage", "status");

	private NetworkFormats() {
	}

	static Graph<String, Relation> graph(Subgraph subgraph) {
		Graph<String, Relation> graph = new DirectedPseudograph<>(Relation.class);
		subgraph.nodes().forEach((o) -> graph.addVertex(o.id()));
		for (Relation relation : subgraph.relations()) {
			graph.addEdge(relation.from().id(), relation.to().id(), relation);
		}
		return graph;
	}

	static void graphMl(Subgraph subgraph, Writer writer) {
		Map<String, Organization> byId = byId(subgraph);
		GraphMLExporter<String, Relation> exporter = new GraphMLExporter<>(Function.identity());
		NODE_STRINGS.forEach((name) -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE,
				AttributeType.STRING));
		exporter.registerAttribute("founded", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
		EDGE_STRINGS.forEach((name) -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE,
				AttributeType.STRING));
		exporter.registerAttribute("since", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
		exporter.registerAttribute("until", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
		exporter.setEdgeIdProvider(Relation::id);
		exporter.setVertexAttributeProvider((id) -> nodeAttributes(byId.get(id)));
		exporter.setEdgeAttributeProvider(NetworkFormats::edgeAttributes);
		exporter.exportGraph(graph(subgraph), writer);
	}

	static void gexf(Subgraph subgraph, Writer writer) {
		Map<String, Organization> byId = byId(subgraph);
		GEXFExporter<String, Relation> exporter = new GEXFExporter<>(Function.identity(), Relation::id);
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
		NODE_STRINGS.stream()
			.filter((name) -> !name.equals("label"))
			.forEach((name) -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE,
					GEXFAttributeType.STRING));
		exporter.registerAttribute("founded", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
		EDGE_STRINGS.forEach((name) -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.EDGE,
				GEXFAttributeType.STRING));
		exporter.registerAttribute("since", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
		exporter.registerAttribute("until", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
		exporter.setVertexAttributeProvider((id) -> nodeAttributes(byId.get(id)));
		exporter.setEdgeAttributeProvider((relation) -> {
			Map<String, Attribute> attributes = edgeAttributes(relation);
			// GEXF edges have a label: the relationship type
			attributes.put("label", DefaultAttribute.createAttribute(relation.type().name()));
			return attributes;
		});
		exporter.exportGraph(graph(subgraph), writer);
	}

	static Map<String, Attribute> nodeAttributes(Organization o) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		put(attributes, "label", o.name());
		put(attributes, "name", o.name());
		put(attributes, "nameEn", o.nameEn());
		put(attributes, "aliases", o.aliases().isEmpty() ? null : String.join(Interchange.LIST_SEPARATOR, o.aliases()));
		put(attributes, "kind", (o.kind() != null) ? o.kind().name() : null);
		put(attributes, "region", o.region());
		if (o.founded() != null) {
			attributes.put("founded", DefaultAttribute.createAttribute(o.founded()));
		}
		return attributes;
	}

	static Map<String, Attribute> edgeAttributes(Relation r) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		put(attributes, "relationId", r.id());
		put(attributes, "relationType", r.type().name());
		put(attributes, "role", r.role());
		put(attributes, "partnershipKind", r.kind());
		put(attributes, "title", r.title());
		put(attributes, "level", r.level());
		put(attributes, "stage", r.stage());
		put(attributes, "status", r.status());
		if (r.since() != null) {
			attributes.put("since", DefaultAttribute.createAttribute(r.since()));
		}
		if (r.until() != null) {
			attributes.put("until", DefaultAttribute.createAttribute(r.until()));
		}
		return attributes;
	}

	private static void put(Map<String, Attribute> attributes, String name, String value) {
		if (value != null) {
			attributes.put(name, DefaultAttribute.createAttribute(value));
		}
	}

	/** {@code nodes.csv} of the interchange format, every column. */
	static void nodesCsv(Subgraph subgraph, Writer writer) {
		List<String> header = new ArrayList<>(Interchange.NODE_COLUMNS);
		header.addAll(Interchange.NODE_EXTRA_COLUMNS);
		try {
			// not closed: closing would close the response stream under the caller
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
			printer.printRecord(header);
			for (Organization o : subgraph.nodes()) {
				printer.printRecord(o.id(), o.kind(), o.name(), o.nameEn(), join(o.aliases()), o.region(), o.founded(),
						join(o.identifiers().stream().map((i) -> i.scheme() + ":" + i.value()).toList()),
						o.description(), o.form(), join(o.honours()), o.declaredModel(),
						join(o.declaredModelEvidence().stream().map(Evidence::documentId).toList()),
						join(o.declaredModelEvidence().stream().map(Evidence::quote).toList()), o.createdAt(),
						o.updatedAt(), o.version());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code relations.csv} of the interchange format. */
	static void relationsCsv(Subgraph subgraph, Writer writer) {
		List<String> header = new ArrayList<>(Interchange.RELATION_COLUMNS);
		// no id column: an importer derives it from the type, the ends and the qualifier
		header.addAll(List.of("kind", "title", "level", "stage"));
		try {
			// not closed: closing would close the response stream under the caller
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
			printer.printRecord(header);
			for (Relation r : subgraph.relations()) {
				printer.printRecord(r.from().id(), r.to().id(), r.type(), r.role(), r.since(), r.until(), r.status(),
						join(r.evidence().stream().map(Evidence::documentId).toList()),
						join(r.evidence().stream().map(Evidence::quote).toList()), r.kind(), r.title(), r.level(),
						r.stage());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String join(List<String> items) {
		return (items == null || items.isEmpty()) ? null : String.join(Interchange.LIST_SEPARATOR, items);
	}

	private static Map<String, Organization> byId(Subgraph subgraph) {
		Map<String, Organization> byId = new LinkedHashMap<>();
		subgraph.nodes().forEach((o) -> byId.put(o.id(), o));
		return byId;
	}

}
