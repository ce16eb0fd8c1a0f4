package dev.prepkit.export.pdf;

import dev.prepkit.model.Difficulty;
import java.awt.Color;

/**
 * The difficulty badge: a word in a tinted, bordered box, so that it reads in colour and in black and white.
 * The same colours draw the cover's bar chart.
 */
enum Badge {
    EASY("EASY", "Easy", new Color(0xE3, 0xF1, 0xDF), new Color(0x3A, 0x7D, 0x2C)),
    MEDIUM("MEDIUM", "Medium", new Color(0xFD, 0xF0, 0xC8), new Color(0xA8, 0x71, 0x0E)),
    HARD("HARD", "Hard", new Color(0xF8, 0xDC, 0xD8), new Color(0xA9, 0x32, 0x26)),
    UNRATED("UNRATED", "Unrated", new Color(0xEC, 0xEE, 0xF0), new Color(0x6B, 0x72, 0x7B));

    /** The prefix of the generic tag that makes the page events draw a badge box around a chunk. */
    static final String TAG_PREFIX = "badge:";

    final String word;
    final String label;
    final Color fill;
    final Color stroke;

    Badge(String word, String label, Color fill, Color stroke) {
        this.word = word;
        this.label = label;
        this.fill = fill;
        this.stroke = stroke;
    }

    static Badge of(Difficulty difficulty) {
        return difficulty == null ? UNRATED : valueOf(difficulty.name());
    }

    String tag() {
        return TAG_PREFIX + name();
    }

    /** The badge a generic tag names, or null when the tag is not a badge tag. */
    static Badge ofTag(String tag) {
        return tag.startsWith(TAG_PREFIX) ? valueOf(tag.substring(TAG_PREFIX.length())) : null;
    }
}
