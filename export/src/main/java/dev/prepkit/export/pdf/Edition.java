package dev.prepkit.export.pdf;

/** Who a study pack is for. */
public enum Edition {
    /** For the candidate: questions, answer lines and preparation notes. */
    CANDIDATE("Candidate edition"),
    /** For the coach: adds the curator's notes, each question's source and a scoring rubric; marked on every page. */
    COACH("Coach edition");

    private final String label;

    Edition(String label) {
        this.label = label;
    }

    /** The label printed on the pack ("Coach edition"); never null. */
    public String label() {
        return label;
    }
}
