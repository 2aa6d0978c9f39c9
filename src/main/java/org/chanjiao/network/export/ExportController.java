package org.chanjiao.network.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;

import org.chanjiao.network.NetworkQueries.Subgraph;
import org.chanjiao.network.analysis.Projection;
import org.chanjiao.organization.MergedIds;
import org.chanjiao.system.BadArgumentException;
import org.chanjiao.system.Limits;
import org.chanjiao.system.NotFoundException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Exports the network, or part of it, for Gephi, Cytoscape and NetworkX (GraphML, GEXF)
 * and as the interchange CSV of DESIGN.md. Query parameters, all optional: {@code kinds}
 * and {@code types} (comma-separated or repeated; default all), {@code asOf} (a year:
 * only relationships with since &lt;= asOf &lt;= until), {@code around} (an organisation
 * id) with {@code depth} (1 to {@code chanjiao.limits.max-depth}, default 1) for its
 * neighbourhood. Unknown kinds or types answer 400 naming them; an unknown {@code around}
 * answers 404.
 */
@RestController
class ExportController {

	static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml;charset=UTF-8");

	static final MediaType GEXF = MediaType.parseMediaType("application/gexf+xml;charset=UTF-8");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final ExportQueries queries;

	private final Limits limits;

	private final MergedIds ids;

	ExportController(ExportQueries queries, Limits limits, MergedIds ids) {
		this.queries = queries;
		this.limits = limits;
		this.ids = ids;
	}

	@GetMapping("/export/network.graphml")
	ResponseEntity<StreamingResponseBody> graphMl(@RequestParam(required = false) List<String> kinds,
			@RequestParam(required = false) List<String> types, @RequestParam(required = false) Integer asOf,
			@RequestParam(required = false) String around, @RequestParam(required = false) Integer depth) {
		return respond(subgraph(kinds, types, asOf, around, depth), GRAPHML, "network.graphml",
				NetworkFormats::graphMl);
	}

	@GetMapping("/export/network.gexf")
	ResponseEntity<StreamingResponseBody> gexf(@RequestParam(required = false) List<String> kinds,
			@RequestParam(required = false) List<String> types, @RequestParam(required = false) Integer asOf,
			@RequestParam(required = false) String around, @RequestParam(required = false) Integer depth) {
		return respond(subgraph(kinds, types, asOf, around, depth), GEXF, "network.gexf", NetworkFormats::gexf);
	}

	@GetMapping("/export/nodes.csv")
	ResponseEntity<StreamingResponseBody> nodes(@RequestParam(required = false) List<String> kinds,
			@RequestParam(required = false) List<String> types, @RequestParam(required = false) Integer asOf,
			@RequestParam(required = false) String around, @RequestParam(required = false) Integer depth) {
		return respond(subgraph(kinds, types, asOf, around, depth), CSV, "nodes.csv", NetworkFormats::nodesCsv);
	}

	@GetMapping("/export/relations.csv")
	ResponseEntity<StreamingResponseBody> relations(@RequestParam(required = false) List<String> kinds,
			@RequestParam(required = false) List<String> types, @RequestParam(required = false) Integer asOf,
			@RequestParam(required = false) String around, @RequestParam(required = false) Integer depth) {
		return respond(subgraph(kinds, types, asOf, around, depth), CSV, "relations.csv", NetworkFormats::relationsCsv);
	}

	private Subgraph subgraph(List<String> kinds, List<String> types, Integer asOf, String around, Integer depth) {
		Projection projection = Projection.of(ExportQueries.kinds(kinds), ExportQueries.types(types), asOf);
		if (around == null && depth != null) {
			throw new BadArgumentException("depth", "depth applies only with around (an organisation id)");
		}
		int hops = (around != null) ? Limits.checkRange("depth", (depth != null) ? depth : 1, 1, this.limits.maxDepth())
				: 0;
		// Read everything before answering, so that an error is a status, not a cut-off
		// file.
		// The id of a merged organisation stands for its survivor.
		return this.ids.orSurvivors(java.util.Arrays.asList(around), (resolved) -> this.queries.subgraph(projection,
				resolved.get(0), hops, this.limits.maxNeighborhoodNodes()));
	}

	private static ResponseEntity<StreamingResponseBody> respond(Subgraph subgraph, MediaType type, String fileName,
			BiConsumer<Subgraph, Writer> format) {
		StreamingResponseBody body = (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			format.accept(subgraph, writer);
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.body(body);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badArgument(BadArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("argument", ex.getArgument());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> transientFailure(TransientException ex) {
		boolean timeout = ex.code() != null && ex.code().contains("Terminated");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				timeout ? "The export took longer than the time allowed (chanjiao.analysis.timeout) and was stopped"
						: "The database could not answer now; try again");
		problem.setProperty("reason", timeout ? "TIMEOUT" : "TRANSIENT");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
	}

}
