package org.proud2bops.content.item;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ContentItemRevision",
        examples = "{\"itemId\":\"9b2f4a51-3c1e-4d7a-8f60-2b7c9e1d4a10\",\"number\":2,\"createdAt\":\"2026-11-0"
                + "2T11:00:00Z\",\"editor\":\"editor-7\",\"change\":\"EDITED\",\"changedFields\":[\"title\"],\"snap"
                + "shot\":{\"content\":{\"kind\":\"ARTICLE\",\"title\":\"Winter planning, part 1\",\"slug\":\"winte"
                + "r-planning-part-1\",\"language\":\"en\",\"summary\":\"What operational teams learned last winter"
                + "\",\"body\":\"Start early.\",\"topics\":[\"winter-pressures\"],\"authors\":[],\"links\":[],\"visi"
                + "bility\":\"PUBLIC\",\"memberAuthors\":[\"5d0c6f0e-8a47-4a43-9d55-0f3e2a1b7c21\"]},\"status\":\"DR"
                + "AFT\"}}",
        requiredProperties = {"itemId", "number", "createdAt", "editor", "change", "changedFields", "snapshot"},
        description = "One change of an item: who, when, which fields, and the item as the change left it")
public record RevisionResponse(
        UUID itemId,
        int number,
        Instant createdAt,

        @Schema(description = "The editor's token subject, or `schedule` for a scheduled publication")
        String editor,

        RevisionChange change,
        List<String> changedFields,

        @Schema(description = "For RESTORED, the revision brought back")
        Integer restoredFrom,

        ItemSnapshot snapshot) {

    static RevisionResponse of(ItemRevision revision) {
        return new RevisionResponse(
                revision.itemId,
                revision.number,
                revision.createdAt,
                revision.editor,
                revision.change,
                List.copyOf(revision.changedFields),
                revision.restoredFrom,
                revision.snapshot);
    }
}
