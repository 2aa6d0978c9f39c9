package org.chanjiao.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * The names of China's higher-education institutions (教育部's 全国高等学校名单, see
 * {@code extraction/institutions.NOTICE.md}), found in a text with one Aho-Corasick pass.
 * A name of the list is a school with exact boundaries: 北京联合大学 is not cut at 联合, and 举行
 * before it is not part of it. Loaded once, on first use.
 */
final class Gazetteer {

	private static final String RESOURCE = "/extraction/institutions.tsv";

	private static volatile Gazetteer instance;

	private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();

	private final int size;

	private Gazetteer(TreeMap<String, String> names) {
		this.size = names.size();
		if (!names.isEmpty()) {
			this.trie.build(names);
		}
	}

	/** The list shipped with the application. */
	static Gazetteer institutions() {
		if (instance == null) {
			synchronized (Gazetteer.class) {
				if (instance == null) {
					instance = new Gazetteer(load());
				}
			}
		}
		return instance;
	}

	private static TreeMap<String, String> load() {
		TreeMap<String, String> names = new TreeMap<>();
		try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String name = line.split("\t", 2)[0].strip();
				if (name.length() >= 4) {
					names.put(ScriptConverter.normalize(name), name);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}

	/** How many names the list holds. */
	int size() {
		return this.size;
	}

	/** Where names of the list occur in a (normalised) text: [begin, end). */
	List<AhoCorasickDoubleArrayTrie<String>.Hit<String>> scan(String text) {
		return (this.size == 0) ? List.of() : this.trie.parseText(text);
	}

}
