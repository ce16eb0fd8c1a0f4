package dev.prepkit.ingest.interpret;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The open headings at a point of the document: a heading closes every open heading of its level or deeper, so a
 * sibling heading ends the previous one's scope. Category, round and section are read from the innermost
 * heading that gives them. Not thread-safe: one interpreter pass.
 */
final class HeadingContext {

    private final Deque<Frame> open = new ArrayDeque<>();

    /** Opens a heading, closing those of its level or deeper. */
    void open(Frame frame) {
        while (!open.isEmpty() && open.peek().level() >= frame.level()) {
            open.pop();
        }
        open.push(frame);
    }

    /** Closes the label lines (level 7) that act as headings, at the end of the blocks they head. */
    void closeLabels() {
        while (!open.isEmpty() && open.peek().level() == 7) {
            open.pop();
        }
    }

    /** The innermost open heading, or null. */
    Frame innermost() {
        return open.peek();
    }

    /** The innermost open heading with the role, or null. */
    Frame nearest(Role role) {
        for (Frame f : open) {
            if (f.role() == role) {
                return f;
            }
        }
        return null;
    }

    /** The innermost heading that rules out questions (TOC, FAQ, asking the interviewer, no-question part), or null. */
    Frame blocking() {
        for (Iterator<Frame> it = open.iterator(); it.hasNext();) {
            Frame f = it.next();
            if (!f.role().mayHoldQuestions()) {
                return f;
            }
            if (f.role() == Role.QUESTIONS || f.role() == Role.ROUND || f.role() == Role.QUESTION) {
                return null;
            }
        }
        return null;
    }

    /** Whether a heading that lists questions is open. */
    boolean inQuestionPart() {
        for (Frame f : open) {
            if (f.role() == Role.QUESTIONS) {
                return true;
            }
            if (!f.role().mayHoldQuestions()) {
                return false;
            }
        }
        return false;
    }

    /** The category of questions here: the innermost topic or question-list heading, or null. */
    String category() {
        for (Frame f : open) {
            if (f.role() == Role.CATEGORY || f.role() == Role.QUESTIONS) {
                return f.text();
            }
        }
        return null;
    }
}
