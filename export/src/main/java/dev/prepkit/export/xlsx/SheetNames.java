package dev.prepkit.export.xlsx;

import org.apache.poi.ss.util.WorkbookUtil;

/** The names of the workbook's sheets and defined names. */
final class SheetNames {

    static final String QUESTIONS = WorkbookUtil.createSafeSheetName("Questions");
    static final String SUMMARY = WorkbookUtil.createSafeSheetName("Summary");
    static final String TAGS = WorkbookUtil.createSafeSheetName("Tags");
    static final String GUIDES = WorkbookUtil.createSafeSheetName("Guides");
    static final String LISTS = WorkbookUtil.createSafeSheetName("Lists");

    /** Defined name of the difficulty list on the {@code Lists} sheet. */
    static final String DIFFICULTY_LIST = "DifficultyList";
    /** Defined name of the yes/no list on the {@code Lists} sheet. */
    static final String ASKED_LIST = "AskedList";
    /** Defined name of the score list (1-4) on the {@code Lists} sheet. */
    static final String SCORE_LIST = "ScoreList";

    private SheetNames() {
    }
}
