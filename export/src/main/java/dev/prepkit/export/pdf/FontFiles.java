package dev.prepkit.export.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The DejaVu Sans TrueType files a study pack embeds, read once from the classpath (jasperreports-fonts).
 * Immutable; hands out fresh {@link BaseFont}s, because a font subset belongs to one document.
 */
final class FontFiles {

    /** A font style of the pack. */
    enum Style {
        REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf"), OBLIQUE("DejaVuSans-Oblique.ttf");

        final String file;

        Style(String file) {
            this.file = file;
        }
    }

    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    private final byte[][] bytes = new byte[Style.values().length][];

    /**
     * Reads the font files.
     *
     * @throws IllegalStateException when a font is not on the classpath (a packaging error)
     */
    FontFiles() {
        for (Style style : Style.values()) {
            bytes[style.ordinal()] = read(FOLDER + style.file);
        }
    }

    /**
     * A new font of the style, embedded as an Identity-H subset whose name prefix is derived from the style (not
     * random), so that the same document gives the same bytes.
     */
    BaseFont create(Style style) {
        try {
            BaseFont font = BaseFont.createFont(style.file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    bytes[style.ordinal()], null);
            font.setSecureRandom(seeded(style.file));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + style.file, e);
        }
    }

    private static SecureRandom seeded(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is missing from this Java runtime", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "font " + resource + " is not on the classpath (dependency net.sf.jasperreports:jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
