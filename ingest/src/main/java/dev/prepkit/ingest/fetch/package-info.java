/**
 * Fetching raw guides from the web, for {@code prepkit ingest https://…}.
 *
 * <p>{@link dev.prepkit.ingest.fetch.UrlFetcher} fetches one http or https page with {@code java.net.http}: a
 * timeout, a size limit checked while the body streams in, at most five redirects followed by its own loop (so a
 * loop is named), text content types only, the charset from the {@code Content-Type} header. It gives a
 * {@link dev.prepkit.ingest.fetch.FetchedPage}, or a {@link dev.prepkit.ingest.fetch.FetchException} whose message
 * is one line for the curator. {@link dev.prepkit.ingest.fetch.RawPages} stores a page in the content folder's raw
 * tree ({@code raw/<host>/<path-as-slug>.<ext>}, UTF-8) with a {@link dev.prepkit.ingest.fetch.SourceSidecar}
 * next to it that remembers the URL and the fetch time, so that every later ingest of the stored file, which never
 * goes to the network, still records them in the guide's source.
 *
 * <p>Nothing here downloads anything on its own: only the URLs a caller passes are fetched.
 */
package dev.prepkit.ingest.fetch;
