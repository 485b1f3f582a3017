package org.proud2bops.content.memberprofile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MemberProfileRepository implements PanacheRepositoryBase<MemberProfile, UUID> {

    public Optional<MemberProfile> findByAccountSubject(String subject) {
        return find("accountSubject", subject).firstResultOptional();
    }
}
