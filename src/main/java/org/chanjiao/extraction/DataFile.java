package org.chanjiao.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated data file on the classpath (the gazetteer's institutions,
 * places), comment lines ({@code #}) and blank lines left out; a missing file is an error
 * of the build, not an empty list.
 */
final class DataFile {

	private DataFile() {
	}

	/** Each row's cells, as split at tabs. */
	static List<String[]> rows(String resource) {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.startsWith("#") && !line.isBlank()) {
					rows.add(line.split("\t"));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
