package dev.prepkit.ingest.interpret;

/**
 * One open heading of the heading context.
 *
 * @param level the heading's level (1-6; 7 for a label line that acts as a heading)
 * @param text the heading's text
 * @param role what it says the blocks under it are
 * @param line its first raw line
 */
record Frame(int level, String text, Role role, int line) {
}
