/**
 * What every format writes into: the {@link dev.prepkit.ingest.draft.GuideParser} interface, the
 * {@link dev.prepkit.ingest.draft.GuideDraft} a format fills, the {@link dev.prepkit.ingest.draft.LineLedger} of each
 * raw line's fate, the {@link dev.prepkit.ingest.draft.Decision}s behind {@code --explain}, and the guide's identity
 * (company, role, title). The interpreter, the layout patterns and the run depend on this package; it depends on
 * none of them.
 */
package dev.prepkit.ingest.draft;
