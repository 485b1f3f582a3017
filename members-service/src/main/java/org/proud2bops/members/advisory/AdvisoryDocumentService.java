package org.proud2bops.members.advisory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/** The CVs and covering letters stored with advisory group applications. */
@ApplicationScoped
public class AdvisoryDocumentService {

    private final AdvisoryApplicationRepository applications;
    private final AdvisoryDocumentRepository documents;
    private final AdvisoryAccess access;

    public AdvisoryDocumentService(
            AdvisoryApplicationRepository applications, AdvisoryDocumentRepository documents, AdvisoryAccess access) {
        this.applications = applications;
        this.documents = documents;
        this.access = access;
    }

    /** One document of an application the caller may see; another's application is as good as absent (404). */
    public Optional<AdvisoryDocument> download(Caller caller, UUID applicationId, AdvisoryDocument.Kind kind) {
        AdvisoryApplication application = applications
                .findByIdOptional(applicationId)
                .filter(found -> access.mayRead(caller, found))
                .orElseThrow(() -> Problems.notFound("Advisory group application", applicationId));
        return documents.document(application.id, kind);
    }
}
