package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.DropReason;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the page around a guide's content: navigation and calls to action, repeated footers, page widgets and
 * "related" link blocks. Judged line by line, on the line's text only.
 */
final class PageChrome {

    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s+[\u203A\u00BB>]\\s+");
    private static final Pattern NAVIGATION = Pattern.compile("^(home|menu|sign in|sign up|sign out|log ?in"
            + "|log ?out|register|subscribe|subscribe( for| to) .{0,40}|share|share this|share (this|on) .{0,30}|tweet"
            + "|copy link|skip to( main)? content|back to top|back to .{0,30}|next|previous|next (question|post|page)"
            + "|previous (question|post|page)|follow us.{0,30}|start practi[cs]ing.{0,40}|start a mock interview.{0,40}"
            + "|practi[cs]e now|try (it|now|for) free|get started|book a (demo|session)|ready to .{0,40}\\?"
            + "|want to practi[cs]e .{0,60}\\?|join .{0,30} (today|now)|load more|show more|read more|see all"
            + "|view all|table of contents|on this page)$");
    private static final Pattern BOILERPLATE = Pattern.compile("^((\u00A9|\\(c\\)|copyright)\\s.*|.*all rights reserved\\.?"
            + "|privacy policy.*|terms of (service|use).*|we use cookies.*|cookie (policy|settings).*)$");
    private static final Pattern WIDGET = Pattern.compile("^(was this (page|article|list) helpful\\??.*|yes\\s*/\\s*no"
            + "|advertisement|sponsored|\\d+\\s+(views|comments|likes|upvotes)|~?\\s*\\d+\\s*(seconds?|minutes?) to set up"
            + "|rate this (page|article).*|\\d(\\.\\d)?\\s*/\\s*5 stars?.*)$");
    private static final Pattern RELATED = Pattern.compile("^(related|more) (guides|posts|articles|questions|reading"
            + "|interview guides|from .{1,30})|you (may|might) also like|read next|popular guides$");

    private PageChrome() {
    }

    /** Why the page's chrome line should be dropped, or empty when the line is content. */
    static Optional<DropReason> of(String line) {
        String s = normalize(line);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (WIDGET.matcher(s).matches()) {
            return Optional.of(DropReason.PAGE_WIDGET);
        }
        if (BOILERPLATE.matcher(s).matches()) {
            return Optional.of(DropReason.BOILERPLATE);
        }
        if (NAVIGATION.matcher(s).matches() || isBreadcrumb(line.strip())) {
            return Optional.of(DropReason.NAVIGATION);
        }
        return Optional.empty();
    }

    /** A trail of two to six short page names joined by {@code ›}, {@code »} or {@code >}. */
    private static boolean isBreadcrumb(String line) {
        if (line.matches(".*[.?!:;,]$") || line.startsWith(">")) {
            return false;
        }
        String[] crumbs = CRUMB_SEPARATOR.split(line);
        if (crumbs.length < 2 || crumbs.length > 6) {
            return false;
        }
        for (String c : crumbs) {
            if (c.isBlank() || c.strip().split("\\s+").length > 4) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line heads a block of links to other pages ("Related guides", "You may also like"). */
    static boolean isRelatedHeading(String line) {
        String s = normalize(line).replaceFirst("^#+\\s*", "").replaceFirst(":$", "");
        return RELATED.matcher(s).find() && s.split("\\s+").length <= 6;
    }

    /** Lower case, without arrows and symbols around the words. */
    private static String normalize(String line) {
        return line.strip().toLowerCase(Locale.ROOT)
                .replaceAll("^[\\p{So}\\p{Sm}\\u2190-\\u21FF\\s\u2022\u00B7\u00BB\u00AB*-]+", "")
                .replaceAll("[\\p{So}\\u2190-\\u21FF\\s\u00BB\u00AB]+$", "")
                .strip();
    }
}
