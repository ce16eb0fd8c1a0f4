package dev.prepkit.validate;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.model.io.StrictText;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;

/**
 * Reading the YAML files validation checks (guides, the taxonomy, the configuration) and saying, as one finding
 * at a line where there is one, why a file could not be read or parsed. Stateless; thread-safe.
 */
final class SourceText {

    private SourceText() {
    }

    /**
     * A file's text, or the finding that stopped it.
     *
     * @param text the text, or null when the file could not be read
     * @param problem the finding, or null when the text was read
     */
    record Read(String text, Finding problem) {
    }

    /**
     * Reads a file as UTF-8. A file that is not UTF-8 gives a finding at the first bad byte (line, column and byte
     * offset); any other failure a finding naming the file and the reason.
     *
     * @param file the file; not null
     * @param path how the file is named in findings; not null
     * @param rule the rule id of the finding; not null
     * @param what what the file is, for the message ("the file", "the taxonomy"); not null
     */
    static Read utf8(Path file, String path, String rule, String what) {
        try {
            return new Read(Files.readString(file, StandardCharsets.UTF_8), null);
        } catch (MalformedInputException e) {
            return new Read(null, notUtf8(file, path, rule, what));
        } catch (IOException e) {
            return new Read(null, new Finding(rule, Severity.ERROR, Location.file(path), "cannot read " + what + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), null));
        }
    }

    /**
     * The finding for text that is not well-formed YAML, where the curator fixes it ({@link
     * LocatedYaml#problemLocation}) and saying what is wrong ({@link LocatedYaml#problem}).
     *
     * @param rule the rule id; not null
     * @param path how the file is named; not null
     * @param prefix the message's start ("not well-formed YAML", "the taxonomy is not well-formed YAML"); not null
     * @param e what the YAML mapper threw; not null
     */
    static Finding syntax(String rule, String path, String prefix, JacksonException e) {
        return new Finding(rule, Severity.ERROR, LocatedYaml.problemLocation(path, e),
                prefix + ": " + LocatedYaml.problem(e),
                "fix the YAML here or just above (indentation, a missing ':', an unclosed quote, a tab)");
    }

    private static Finding notUtf8(Path file, String path, String rule, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Finding(rule, Severity.ERROR, Location.file(path), "cannot read " + what + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), null);
        }
        int at = Math.min(Math.max(0, StrictText.decode(bytes, StandardCharsets.UTF_8).badOffset()),
                Math.max(0, bytes.length - 1));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Finding(rule, Severity.ERROR, new Location(path, line, at - lineStart + 1),
                "not valid UTF-8: bad byte sequence at byte offset " + at
                        + (bytes.length > 0 ? String.format(java.util.Locale.ROOT, " (0x%02X)", bytes[at] & 0xFF) : ""),
                "save the file as UTF-8 (it may be in Windows-1252 or Latin-1)");
    }

    /** A path as findings show it: relative to the working folder when it is inside it, with '/' separators. */
    static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
