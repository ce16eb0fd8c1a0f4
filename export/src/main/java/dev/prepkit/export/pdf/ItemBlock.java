package dev.prepkit.export.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a section: its title in bold, then its text (for an FAQ pair without a title, the question in
 * bold), then the answer if any. Line breaks and "- " bullets are kept.
 */
final class ItemBlock {

    private final Styles styles;
    private final RichText rich;

    ItemBlock(Styles styles, RichText rich) {
        this.styles = styles;
        this.rich = rich;
    }

    /** The item's elements, for one keep-together unit. */
    List<Element> elements(Block.Item block) {
        SectionItem item = block.item();
        List<Element> out = new ArrayList<>();
        boolean titled = item.title() != null && !item.title().isBlank();
        if (titled) {
            Paragraph title = styles.paragraph(item.title(), styles.bodyBold);
            title.setSpacingAfter(1);
            out.add(title);
        }
        if (item.text() != null) {
            boolean asQuestion = block.kind() == SectionKind.FAQ && !titled;
            out.addAll(rich.elements(item.text(), asQuestion ? styles.bodyBold : styles.body));
        }
        if (item.answer() != null) {
            List<Element> answer = rich.elements(item.answer(), styles.body);
            if (!answer.isEmpty() && !out.isEmpty() && answer.get(0) instanceof Paragraph first) {
                first.setSpacingBefore(2);
            }
            out.addAll(answer);
        }
        return out;
    }
}
