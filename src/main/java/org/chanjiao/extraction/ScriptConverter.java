package org.chanjiao.extraction;

import java.text.Normalizer;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional Chinese to simplified, and full-width letters and digits to half-width, in
 * a form of the same length: character {@code i} of the result stands for character
 * {@code i} of the input, so a name found in the converted text is cut from the original
 * text at the same offsets and quoted as written. HanLP's converter works on words (it
 * knows 乾隆 is not 干隆); where it changes a text's length the conversion falls back to one
 * character at a time.
 */
final class ScriptConverter {

	private ScriptConverter() {
	}

	/**
	 * The text in simplified characters with half-width letters and digits, same length.
	 */
	static String normalize(String text) {
		String simplified = HanLP.convertToSimplifiedChinese(text);
		if (simplified.length() != text.length()) {
			StringBuilder out = new StringBuilder(text.length());
			for (int i = 0; i < text.length(); i++) {
				String one = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
				out.append((one.length() == 1) ? one.charAt(0) : text.charAt(i));
			}
			simplified = out.toString();
		}
		StringBuilder out = new StringBuilder(simplified.length());
		for (int i = 0; i < simplified.length(); i++) {
			char c = simplified.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E' && Character.isLetterOrDigit(c)) {
				String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
				out.append((folded.length() == 1) ? folded.charAt(0) : c);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
