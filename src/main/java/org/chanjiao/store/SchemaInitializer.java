package org.chanjiao.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;

/**
 * Applies the schema in {@code cypher/*.cypher} (packaged on the class path) in file-name
 * order. Every statement is idempotent ({@code IF NOT EXISTS}), so this runs at each
 * start.
 */
@Component
public class SchemaInitializer {

	private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

	private final GraphStore store;

	SchemaInitializer(GraphStore store) {
		this.store = store;
	}

	/** Applies every schema statement and waits until the indexes are online. */
	public void apply() {
		List<String> statements = statements();
		for (String statement : statements) {
			this.store.autoCommit(statement);
		}
		this.store.autoCommit("CALL db.awaitIndexes(300)");
		log.info("Schema applied: {} statements", statements.size());
	}

	static List<String> statements() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/*.cypher");
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			List<String> statements = new ArrayList<>();
			for (Resource file : files) {
				String text = StreamUtils.copyToString(file.getInputStream(), StandardCharsets.UTF_8);
				statements.addAll(split(text));
			}
			return statements;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Splits a Cypher file on semicolons that end a line, dropping {@code //} comment
	 * lines.
	 */
	public static List<String> split(String text) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("//") || trimmed.isEmpty()) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String statement = current.toString().strip();
				statements.add(statement.substring(0, statement.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return statements;
	}

}
