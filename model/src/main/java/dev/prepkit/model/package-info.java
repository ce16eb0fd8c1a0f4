/**
 * The question bank's immutable records: {@link dev.prepkit.model.Guide} with its
 * {@link dev.prepkit.model.Round rounds}, {@link dev.prepkit.model.Question questions} and
 * {@link dev.prepkit.model.Section sections}, its {@link dev.prepkit.model.Source source}, and the
 * {@link dev.prepkit.model.Taxonomy taxonomy} of tags and question categories. The guide's JSON Schema
 * (Draft 2020-12) is the resource {@code dev/prepkit/model/guide.schema.json}.
 */
package dev.prepkit.model;
