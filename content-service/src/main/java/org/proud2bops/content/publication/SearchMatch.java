package org.proud2bops.content.publication;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.content.publication.PublicationRepository.Hit;

@Schema(
        name = "PublicationSearchMatch",
        requiredProperties = {"rank", "snippet"},
        description = "How an item matched a search (`q`)")
public record SearchMatch(
        @Schema(
                description = "Relevance (PostgreSQL ts_rank_cd; title words weigh most, then summary, then body); "
                        + "higher is more relevant, comparable within one search only")
        double rank,

        @Schema(
                description = "Passages of the summary and body around the matches, as HTML-escaped text: the matched "
                        + "words are wrapped in <mark>…</mark>, the only markup it holds, so it is safe to include as "
                        + "HTML; fragments are joined with \" … \"")
        String snippet) {

    static SearchMatch of(Hit hit) {
        return new SearchMatch(hit.rank(), Snippets.toSafeHtml(hit.snippet()));
    }
}
