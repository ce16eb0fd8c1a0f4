package dev.prepkit.ingest.read;

import org.jsoup.nodes.Element;

/**
 * The markers of an ordered list's items as a browser would number them: from the {@code start} attribute (1 by
 * default, the item count for a {@code reversed} list), in the style {@code type} names ({@code 1}, {@code a},
 * {@code A}, {@code i}, {@code I}), an item's {@code value} restarting the count.
 */
final class ListNumbering {

    private final String type;
    private final int step;
    private int next;

    private ListNumbering(String type, int step, int first) {
        this.type = type;
        this.step = step;
        this.next = first;
    }

    /** The numbering of an {@code <ol>}. */
    static ListNumbering of(Element ol) {
        boolean reversed = ol.hasAttr("reversed");
        int first = number(ol.attr("start"), reversed ? (int) ol.children().stream()
                .filter(c -> c.normalName().equals("li")).count() : 1);
        return new ListNumbering(ol.attr("type").strip(), reversed ? -1 : 1, first);
    }

    /** The marker of the next item ({@code 3.}, {@code c.}, {@code iv.}). */
    String next(Element li) {
        int n = number(li.attr("value"), next);
        next = n + step;
        return format(n) + ".";
    }

    private String format(int n) {
        return switch (type) {
            case "a" -> n >= 1 ? letters(n) : Integer.toString(n);
            case "A" -> n >= 1 ? letters(n).toUpperCase(java.util.Locale.ROOT) : Integer.toString(n);
            case "i" -> n >= 1 && n < 4000 ? roman(n) : Integer.toString(n);
            case "I" -> n >= 1 && n < 4000 ? roman(n).toUpperCase(java.util.Locale.ROOT) : Integer.toString(n);
            default -> Integer.toString(n);
        };
    }

    private static int number(String attr, int otherwise) {
        try {
            return attr.isBlank() ? otherwise : Integer.parseInt(attr.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** 1 a, 26 z, 27 aa. */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int v = n; v > 0; v = (v - 1) / 26) {
            s.insert(0, (char) ('a' + (v - 1) % 26));
        }
        return s.toString();
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder s = new StringBuilder();
        int v = n;
        for (int i = 0; i < values.length; i++) {
            while (v >= values[i]) {
                s.append(digits[i]);
                v -= values[i];
            }
        }
        return s.toString();
    }
}
