package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.Mark;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * schema.org microdata questions and answers: an element with {@code itemprop="name"} in the scope of an
 * {@code itemtype} of {@code https://schema.org/Question} is a question, one with {@code itemprop="text"} in the
 * scope of an {@code Answer} an answer (as FAQPage and QAPage pages mark them).
 */
final class Microdata {

    private Microdata() {
    }

    /**
     * What an element's microdata says it is.
     *
     * @return {@link Mark#MARKED_QUESTION}, {@link Mark#MARKED_ANSWER} or null
     */
    static Mark markOf(Element e) {
        String prop = e.attr("itemprop");
        if (prop.isEmpty()) {
            return null;
        }
        boolean name = has(prop, "name");
        boolean text = has(prop, "text");
        if (!name && !text) {
            return null;
        }
        Element scope = e.parent();
        while (scope != null && !scope.hasAttr("itemscope")) {
            scope = scope.parent();
        }
        if (scope == null) {
            return null;
        }
        String type = scope.attr("itemtype").toLowerCase(Locale.ROOT);
        if (name && type.matches(".*schema\\.org/question\\b.*")) {
            return Mark.MARKED_QUESTION;
        }
        if (text && type.matches(".*schema\\.org/answer\\b.*")) {
            return Mark.MARKED_ANSWER;
        }
        return null;
    }

    private static boolean has(String tokens, String token) {
        for (String t : tokens.trim().split("\\s+")) {
            if (t.equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }
}
