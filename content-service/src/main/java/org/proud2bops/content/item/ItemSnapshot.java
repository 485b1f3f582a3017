package org.proud2bops.content.item;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item as one revision left it: its content, and where it was in the workflow. */
@Schema(
        name = "ContentItemSnapshot",
        requiredProperties = {"content", "status"},
        description = "The item's content after the change, and its status and scheduled time then")
public record ItemSnapshot(ItemDetails content, ItemStatus status, Instant publishAt) {}
