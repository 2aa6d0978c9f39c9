package org.chanjiao.history;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.chanjiao.store.GraphStore;
import org.chanjiao.store.WriteStatements;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of writes: each is a {@code (:Change)} node written in the same
 * transaction as the write it records, so a write and its record stand or fall together.
 * Nothing in the application updates or deletes a change.
 */
@Component
public class History {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * When a change was made, always to the millisecond:
	 * {@code OffsetDateTime.toString()} leaves out zero milliseconds and seconds, and
	 * "…:51Z" then sorted after "…:51.410Z" as a string.
	 */
	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

	private final GraphStore store;

	private final WriteStatements statements;

	/**
	 * The last sequence number a change was given: microseconds since the epoch, or one
	 * more than the last where two changes fall in the same microsecond, so that changes
	 * recorded in the same millisecond (an ADD_RELATION, then a MERGE) still list newest
	 * first.
	 */
	private final AtomicLong sequence = new AtomicLong();

	private final Clock clock;

	@Autowired
	History(GraphStore store, WriteStatements statements) {
		this(store, statements, Clock.systemUTC());
	}

	/** With the clock that dates changes (tests: a stopped one). */
	History(GraphStore store, WriteStatements statements, Clock clock) {
		this.store = store;
		this.statements = statements;
		this.clock = clock;
	}

	/** One recorded write. */
	public record Change(String id, String at, String actor, String action, List<String> subjects, String before,
			String after, String reason) {

		/**
		 * What anyone may read: what was done, when and to what; not who did it, the
		 * states before and after (which keep deleted data) or the reason.
		 */
		public Change redacted() {
			return new Change(this.id, this.at, null, this.action, this.subjects, null, null, null);
		}

	}

	/**
	 * Whether the current request may read the whole history: a token with role EDITOR
	 * (ADMIN includes it).
	 */
	public static boolean readableInFull() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return who != null && who.isAuthenticated()
				&& who.getAuthorities().stream().anyMatch((a) -> "ROLE_EDITOR".equals(a.getAuthority()));
	}

	/**
	 * Records a write in the caller's Spring-managed transaction; there must be one, so
	 * that the write and its record commit together.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, Collection<String> subjects, Object before, Object after, String reason) {
		Map<String, Object> change = new HashMap<>();
		change.put("id", UUID.randomUUID().toString());
		change.put("at", AT.format(OffsetDateTime.now(this.clock)));
		long now = this.clock.millis() * 1000;
		change.put("seq", this.sequence.updateAndGet((last) -> Math.max(last + 1, now)));
		change.put("actor", actor());
		change.put("action", action);
		change.put("subjects", List.copyOf(subjects));
		change.put("before", (before != null) ? json(before) : null);
		change.put("after", (after != null) ? json(after) : null);
		change.put("reason", reason);
		this.statements.run("CREATE (c:Change) SET c = $change", Map.of("change", change));
	}

	/**
	 * Now, as every write dates what it writes ({@code createdAt}, {@code updatedAt},
	 * {@code reviewedAt}): in UTC, to the millisecond, in one format so that times sort
	 * as text too.
	 */
	public static String now() {
		return AT.format(OffsetDateTime.now(ZoneOffset.UTC));
	}

	/**
	 * The changes that touched an organisation or relationship, newest first. Changes are
	 * ordered by their time read as a time, not as text, so that those recorded before
	 * {@link #AT} fixed the format still sort where they belong.
	 */
	public List<Change> of(String id, int first) {
		return of(List.of(id), first);
	}

	/**
	 * The changes that touched any of these organisations or relationships, newest first.
	 */
	public List<Change> of(Collection<String> ids, int first) {
		return this.store.read("""
				MATCH (c:Change) WHERE any(s IN c.subjects WHERE s IN $ids)
				RETURN c ORDER BY datetime(c.at) DESC, c.seq DESC, c.id LIMIT $first
				""", Map.of("ids", List.copyOf(ids), "first", first), (r) -> {
			Value c = r.get("c");
			return new Change(c.get("id").asString(), c.get("at").asString(), c.get("actor").asString(),
					c.get("action").asString(), c.get("subjects").asList(Value::asString),
					c.get("before").isNull() ? null : c.get("before").asString(),
					c.get("after").isNull() ? null : c.get("after").asString(),
					c.get("reason").isNull() ? null : c.get("reason").asString());
		});
	}

	/**
	 * The name of the token behind the current request, or {@code system} outside a
	 * request.
	 */
	public static String actor() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return (who != null && who.isAuthenticated() && who.getName() != null) ? who.getName() : "system";
	}

	/** Properties as sorted JSON, lists kept in order; internal properties left out. */
	public static String json(Object state) {
		return JSON.writeValueAsString(sorted(state));
	}

	@SuppressWarnings("unchecked")
	private static Object sorted(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> result = new TreeMap<>();
			((Map<String, Object>) map).forEach((k, v) -> {
				if (!k.startsWith("_")) {
					result.put(k, sorted(v));
				}
			});
			return result;
		}
		if (value instanceof List<?> list) {
			List<Object> result = new ArrayList<>();
			list.forEach((v) -> result.add(sorted(v)));
			return result;
		}
		return value;
	}

}
