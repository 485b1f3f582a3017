package org.proud2bops.members.network;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.member.Region;

@Schema(
        name = "Network",
        examples = "{\"slug\":\"north-west\",\"name\":\"Proud2bOps North West\",\"kind\":\"REGIONAL\",\"region"
                + "\":\"NORTH_WEST\",\"createdAt\":\"2026-01-05T09:00:00Z\"}",
        requiredProperties = {"slug", "name", "kind", "createdAt"})
public record NetworkResponse(
        String slug, String name, NetworkKind kind, Region region, String organisationOdsCode, Instant createdAt) {

    static NetworkResponse of(Network network) {
        return new NetworkResponse(
                network.slug,
                network.name,
                network.kind,
                network.region,
                network.organisation == null ? null : network.organisation.odsCode,
                network.createdAt);
    }
}
