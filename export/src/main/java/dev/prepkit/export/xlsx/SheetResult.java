package dev.prepkit.export.xlsx;

import dev.prepkit.model.finding.Finding;
import java.util.List;

/**
 * What writing a question sheet did.
 *
 * @param rows how many question rows the {@code Questions} sheet holds
 * @param findings problems met, sorted: questions refused because a text does not fit in a cell
 *     ({@code cell-too-long}, error); never null
 */
public record SheetResult(int rows, List<Finding> findings) {

    public SheetResult {
        findings = findings == null ? List.of() : findings.stream().sorted().toList();
    }
}
