package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chanjiao.extraction.KnownNames.Org;

/**
 * The short names one document gives its organisations, each from the sentence that gives
 * it. A short name the document defines (（以下简称“联合体”）) means its organisation from the
 * definition on, the latest definition where there are several, and not in the sentences
 * before it, which may mean another; a name's stem (优通物流) or a long name said again
 * stands for its organisation anywhere, the first one learnt.
 */
final class ShortNames {

	private record Given(int sentence, Org org, boolean anywhere) {
	}

	private final Map<String, List<Given>> byName = new LinkedHashMap<>();

	/**
	 * {@link #longestFirst()}, kept until a new name is learnt (it is asked for every
	 * sentence and every name learnt).
	 */
	private List<String> sorted;

	/** A short name the document defines in the given sentence. */
	void define(String name, Org org, int sentence) {
		forgetOrderIfNew(name);
		this.byName.computeIfAbsent(name, (k) -> new ArrayList<>()).add(new Given(sentence, org, false));
	}

	/** A stem or a repeated name, which stands for its organisation anywhere. */
	void anywhere(String name, Org org, int sentence) {
		forgetOrderIfNew(name);
		List<Given> all = this.byName.computeIfAbsent(name, (k) -> new ArrayList<>());
		if (all.stream().noneMatch(Given::anywhere)) {
			all.add(new Given(sentence, org, true));
		}
	}

	/** What a short name stands for in the given sentence, or null. */
	Org meant(String name, int sentence) {
		List<Given> all = this.byName.getOrDefault(name, List.of());
		Org meant = null;
		for (Given g : all) {
			if (g.sentence() <= sentence) {
				meant = g.org();
			}
		}
		return (meant != null) ? meant : all.stream().filter(Given::anywhere).map(Given::org).findFirst().orElse(null);
	}

	/** Whether the document defines a short name so. */
	boolean defines(String name) {
		return this.byName.getOrDefault(name, List.of()).stream().anyMatch((g) -> !g.anywhere());
	}

	/**
	 * A new name changes the order of the names; another meaning of a known one does not.
	 */
	private void forgetOrderIfNew(String name) {
		if (!this.byName.containsKey(name)) {
			this.sorted = null;
		}
	}

	/** The names, longest first (a longer one wins where two overlap). */
	List<String> longestFirst() {
		if (this.sorted == null) {
			List<String> names = new ArrayList<>(this.byName.keySet());
			names.sort(Comparator.comparingInt(String::length).reversed());
			this.sorted = List.copyOf(names);
		}
		return this.sorted;
	}

}
