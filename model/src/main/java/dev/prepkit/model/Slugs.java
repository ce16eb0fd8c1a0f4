package dev.prepkit.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs: the lower-case, hyphen-joined ids of guides, rounds and packs. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");

    private Slugs() {
    }

    /**
     * A lower-case slug of ASCII letters and digits joined by hyphens ({@code "Chief Architect"} → {@code
     * chief-architect}); accents are dropped, {@code &} reads as "and".
     *
     * @param text any text, never null
     * @return the slug, or {@code x} when the text has no ASCII letter or digit; never empty
     */
    public static String of(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("&", " and ");
        s = EDGE_HYPHENS.matcher(NON_ALNUM.matcher(s).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "x" : s;
    }
}
