package org.chanjiao.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.Mention.Source;
import org.chanjiao.organization.OrgKind;

/**
 * 南理工, 澳理大, 成航: a school's abbreviation that no suffix marks (unlike 某某职院), written in a
 * document that names the school in full before. Neither the suffix lexicon nor the
 * segmenter sees such a word as a name (南/b 理工/nz), so it is found by the full name's
 * characters, in order ({@link ShortForms#abbreviates}), where a name may stand: after a
 * sentence's start, a mark or a word such as 与 or 由, and before one such as 的, 牵头 or 与.
 * One instance reads one document.
 */
final class SchoolAbbreviations {

	/** The schools named in full so far: the name as the text writes it → the school. */
	private final Map<String, Org> schools = new LinkedHashMap<>();

	/** Words a name may follow. */
	private static final Pattern BEFORE = Pattern.compile("(?:^|[^\\u4e00-\\u9fa5]|[与和及由在对是为同向把被将从、了])$");

	/** Words a name may precede. */
	private static final Pattern AFTER = Pattern
		.compile("(?:$|[^\\u4e00-\\u9fa5]|与|和|及|的|等|、|将|牵头|联合|倡议|是|在|师生|学子|党委|校长|签约|签署|携手|共建|主办|承办|作为|已|也|还|于|同|向|对)");

	/**
	 * Adds to a sentence's mentions the abbreviations of schools it or an earlier
	 * sentence names in full.
	 * @param s the sentence in simplified characters
	 * @param written the sentence as written (same length)
	 * @param mentions the sentence's mentions, in order
	 * @return the mentions with the abbreviations, in order
	 */
	List<Mention> add(String s, String written, List<Mention> mentions) {
		for (Mention m : mentions) {
			if (m.org() != null && m.org().kind() == OrgKind.SCHOOL && isFullName(m)) {
				this.schools.putIfAbsent(s.substring(m.start(), m.end()), m.org());
			}
		}
		if (this.schools.isEmpty()) {
			return mentions;
		}
		List<Mention> out = new ArrayList<>(mentions);
		for (int at = 0; at < s.length(); at++) {
			if (!BEFORE.matcher(s.substring(Math.max(0, at - 1), at)).find()) {
				continue;
			}
			found: for (int length = 4; length >= 2; length--) {
				int end = at + length;
				if (end > s.length() || !s.substring(at, end).matches("[\\u4e00-\\u9fa5]+")
						|| !AFTER.matcher(s.substring(end)).lookingAt() || overlaps(out, at, end)) {
					continue;
				}
				String word = s.substring(at, end);
				if (NameShapes.isPlace(word) || OrganizationLexicon.PROVINCES.contains(word)
						|| OrganizationLexicon.isGeneric(word)) {
					continue;
				}
				for (Map.Entry<String, Org> school : this.schools.entrySet()) {
					String full = school.getKey();
					// (澳理大 keeps the 澳 of 澳门理工大学, a place the abbreviation need not leave
					// out)
					boolean abbreviates = ShortForms.abbreviates(word, full)
							|| word.charAt(0) == full.charAt(0) && ShortForms.inOrder(word, full);
					if (abbreviates && !full.contains(word)) {
						out.add(new Mention(at, end, written.substring(at, end), school.getValue(), Source.SHORT));
						at = end - 1;
						break found;
					}
				}
			}
		}
		out.sort(Comparator.comparingInt(Mention::start));
		return out;
	}

	// a school's name as the lexicon, the gazetteer or the graph gives it, long enough to
	// have an abbreviation
	private static boolean isFullName(Mention m) {
		return (m.source() == Source.LEXICON || m.source() == Source.GAZETTEER || m.source() == Source.KNOWN)
				&& m.end() - m.start() >= 5;
	}

	private static boolean overlaps(List<Mention> mentions, int start, int end) {
		return mentions.stream().anyMatch((m) -> m.start() < end && start < m.end());
	}

}
