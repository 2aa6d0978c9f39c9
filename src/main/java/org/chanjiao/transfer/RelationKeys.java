package org.chanjiao.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.chanjiao.organization.RelationType;

/**
 * The identity of a relationship: its type, its ends and the property that tells two of
 * the same type between the same ends apart — the role of a co-founding or a membership,
 * the kind of a partnership, the title of a recognition.
 */
public final class RelationKeys {

	private RelationKeys() {
	}

	/**
	 * The property that distinguishes relationships of this type between the same ends.
	 */
	public static String qualifierProperty(RelationType type) {
		return switch (type) {
			case CO_FOUNDED, MEMBER_OF -> "role";
			case PARTNERS_WITH -> "kind";
			case RECOGNIZED -> "title";
			case PART_OF, AFFILIATED_WITH -> null;
		};
	}

	/** The type a relationship id names, or empty when it is not a relationship id. */
	public static Optional<RelationType> typeOf(String id) {
		int dash = (id != null) ? id.lastIndexOf('-') : -1;
		return (dash < 0) ? Optional.empty() : RelationType.parse(id.substring(0, dash).toUpperCase(Locale.ROOT));
	}

	/** A human-readable key, e.g. {@code gdep|CO_FOUNDED|chimelong-college|LEAD}. */
	public static String key(String from, RelationType type, String to, Object qualifier) {
		return from + "|" + type + "|" + to + "|" + ((qualifier != null) ? qualifier : "");
	}

	/**
	 * A stable id derived from the key, so the same fact gets the same id in every
	 * database. It starts with the type ({@code co_founded-…}), so that a look-up by id
	 * can use the type's relationship index.
	 */
	public static String id(String from, RelationType type, String to, Object qualifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(key(from, type, to, qualifier).getBytes(StandardCharsets.UTF_8));
			return type.name().toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(digest, 0, 10);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
