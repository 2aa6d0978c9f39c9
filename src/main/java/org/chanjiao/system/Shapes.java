package org.chanjiao.system;

import com.github.benmanes.caffeine.cache.Cache;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

/** The shapes of the documents seen, by text, bounded by their characters. */
final class Shapes {

	private final Cache<String, Shape> cache;

	Shapes(int maxChars) {
		this.cache = TextKeyedCache.bounded(maxChars);
	}

	/**
	 * @throws InvalidSyntaxException when the text does not parse (nothing kept)
	 */
	Shape of(String text) {
		return this.cache.get(text, (t) -> Shape.of(Parser.parse(t)));
	}

	/** The shape of a document already parsed. */
	Shape of(String text, Document document) {
		return this.cache.get(text, (t) -> Shape.of(document));
	}

}
