package org.proud2bops.members.advisory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AdvisoryDocumentRepository implements PanacheRepositoryBase<AdvisoryDocument, AdvisoryDocument.Key> {

    public Optional<AdvisoryDocument> document(UUID applicationId, AdvisoryDocument.Kind kind) {
        return findByIdOptional(new AdvisoryDocument.Key(applicationId, kind));
    }

    /** An application's documents, CV first. */
    public List<AdvisoryDocument> documentsOf(UUID applicationId) {
        return list("key.applicationId", applicationId).stream()
                .sorted(Comparator.comparing(document -> document.key.kind()))
                .toList();
    }
}
