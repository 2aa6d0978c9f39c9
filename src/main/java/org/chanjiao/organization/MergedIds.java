package org.chanjiao.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.chanjiao.store.GraphStore;
import org.chanjiao.system.NotFoundException;
import org.chanjiao.store.WriteStatements;

import org.springframework.stereotype.Component;

/**
 * The ids of organisations merged into others ({@code (:MergedId {id, into})}), resolved
 * to their survivors for every argument that takes an organisation id, so that an id
 * given out once keeps working after a merge. The queries themselves look up ids as they
 * are; {@link #orSurvivors} runs a query again with survivors only when it found no
 * organisation for an id, so an ordinary id costs nothing more.
 */
@Component
public class MergedIds {

	private static final String SURVIVORS = """
			UNWIND $ids AS id
			OPTIONAL MATCH (o:Organization {id: id})
			OPTIONAL MATCH (m:MergedId {id: id}) WHERE o IS NULL
			OPTIONAL MATCH (s:Organization {id: m.into})
			RETURN id, s.id AS survivor
			""";

	private final GraphStore store;

	MergedIds(GraphStore store) {
		this.store = store;
	}

	/**
	 * The ids with each merged id replaced by its survivor, in one statement; other ids
	 * (and nulls) as they are.
	 */
	public List<String> resolve(List<String> ids) {
		List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (wanted.isEmpty()) {
			return ids;
		}
		Map<String, String> survivors = new HashMap<>();
		this.store.read(SURVIVORS, Map.of("ids", wanted), (r) -> r).forEach((r) -> {
			if (!r.get("survivor").isNull()) {
				survivors.put(r.get("id").asString(), r.get("survivor").asString());
			}
		});
		List<String> resolved = new ArrayList<>(ids.size());
		ids.forEach((id) -> resolved.add((id != null) ? survivors.getOrDefault(id, id) : null));
		return resolved;
	}

	/** The survivor of a merged id, else the id as it is (also null). */
	public String resolve(String id) {
		return (id != null) ? resolve(List.of(id)).get(0) : null;
	}

	/**
	 * {@link #resolve(String)} inside the caller's write transaction (the curators'
	 * writes).
	 */
	public static String resolve(WriteStatements statements, String id) {
		if (id == null) {
			return null;
		}
		return statements
			.list(SURVIVORS, Map.of("ids", List.of(id)),
					(r) -> r.get("survivor").isNull() ? id : r.get("survivor").asString())
			.get(0);
	}

	/**
	 * Runs a query on organisation ids; when it finds no organisation for one of them
	 * ({@link NotFoundException}), runs it once more with merged ids replaced by their
	 * survivors, or rethrows when none of the ids was merged.
	 * @param ids the ids the query takes (nulls allowed), in the order it takes them
	 */
	public <T> T orSurvivors(List<String> ids, Function<List<String>, T> query) {
		try {
			return query.apply(ids);
		}
		catch (NotFoundException ex) {
			List<String> resolved = resolve(ids);
			if (resolved.equals(ids)) {
				throw ex;
			}
			return query.apply(resolved);
		}
	}

}
