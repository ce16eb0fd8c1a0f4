package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.Mark;
import dev.prepkit.ingest.read.LocatedJson.Arr;
import dev.prepkit.ingest.read.LocatedJson.Invalid;
import dev.prepkit.ingest.read.LocatedJson.Member;
import dev.prepkit.ingest.read.LocatedJson.Obj;
import dev.prepkit.ingest.read.LocatedJson.Scalar;
import dev.prepkit.ingest.read.LocatedJson.Value;
import dev.prepkit.model.LineRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The questions and answers of a page's schema.org JSON-LD ({@code <script type="application/ld+json">}): every
 * object of {@code @type} {@code Question} (a FAQPage's or QAPage's {@code mainEntity}, or one in an {@code @graph})
 * gives a paragraph marked {@link Mark#MARKED_QUESTION} of its {@code name}, then one marked
 * {@link Mark#MARKED_ANSWER} of each {@code acceptedAnswer}'s {@code text} (of each {@code suggestedAnswer}'s when
 * none is accepted). Their lines are the raw lines of those properties. Answer text written as HTML is read as HTML.
 * A script that is not valid JSON is ignored: it is the page's metadata, not its content.
 */
final class JsonLdQuestions {

    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)</?(p|br|ul|ol|li|a|b|strong|em|i|code|pre|div|span|h[1-6]|table|tr|td)\\b[^>]*>");

    private JsonLdQuestions() {
    }

    /**
     * The question and answer blocks of one JSON-LD script, in the order written.
     *
     * @param script a {@code <script type="application/ld+json">} of a page parsed with tracked positions
     * @param index the page's text
     */
    static List<Block> of(Element script, LineIndex index) {
        Value root;
        try {
            root = LocatedJson.parse(script.data());
        } catch (Invalid e) {
            return List.of();
        }
        int firstLine = index.line(script.sourceRange().endPos()) - 1;
        List<Block> out = new ArrayList<>();
        Deque<Value> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Value v = todo.pop();
            List<Value> inside = new ArrayList<>();
            if (v instanceof Obj o) {
                if (isQuestion(o)) {
                    question(o, firstLine, out);
                    continue;
                }
                o.members().forEach(m -> inside.add(m.value()));
            } else if (v instanceof Arr a) {
                inside.addAll(a.items());
            }
            for (int i = inside.size() - 1; i >= 0; i--) {
                todo.push(inside.get(i));
            }
        }
        return out;
    }

    private static boolean isQuestion(Obj o) {
        Optional<Member> type = o.member("@type");
        if (type.isEmpty()) {
            return false;
        }
        Value t = type.get().value();
        if (t instanceof Scalar s) {
            return "Question".equals(s.text());
        }
        return t instanceof Arr a && a.items().stream().anyMatch(i -> i instanceof Scalar s
                && "Question".equals(s.text()));
    }

    private static void question(Obj q, int firstLine, List<Block> out) {
        Optional<Member> name = q.member("name").or(() -> q.member("text"));
        name.ifPresent(m -> add(m, Mark.MARKED_QUESTION, firstLine, out));
        List<Obj> answers = answers(q, "acceptedAnswer");
        for (Obj a : answers.isEmpty() ? answers(q, "suggestedAnswer") : answers) {
            a.member("text").ifPresent(m -> add(m, Mark.MARKED_ANSWER, firstLine, out));
        }
    }

    private static List<Obj> answers(Obj q, String property) {
        Optional<Member> m = q.member(property);
        if (m.isEmpty()) {
            return List.of();
        }
        if (m.get().value() instanceof Obj o) {
            return List.of(o);
        }
        if (m.get().value() instanceof Arr a) {
            return a.items().stream().filter(Obj.class::isInstance).map(Obj.class::cast).toList();
        }
        return List.of();
    }

    private static void add(Member m, Mark mark, int firstLine, List<Block> out) {
        if (!(m.value() instanceof Scalar s) || s.text() == null) {
            return;
        }
        String text = s.text();
        text = HTML_TAG.matcher(text).find() ? Jsoup.parseBodyFragment(text).text()
                : HtmlInline.fold(Parser.unescapeEntities(text, false));
        if (!text.isEmpty()) {
            LineRange lines = LineRange.of(firstLine + m.line());
            out.add(new Block(BlockKind.PARAGRAPH, text, lines, 0, null, Set.of(mark), null, null));
        }
    }
}
