package org.proud2bops.members.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.domain.Member;
import org.proud2bops.members.domain.MemberRepository;
import org.proud2bops.members.domain.MemberStatus;
import org.proud2bops.members.domain.Region;
import org.proud2bops.members.messaging.MemberEvents;
import org.proud2bops.members.messaging.MemberSnapshot;
import org.proud2bops.platform.outbox.Outbox;
import org.proud2bops.platform.problem.Problems;

@ApplicationScoped
public class MemberService {

    private final MemberRepository members;
    private final Outbox outbox;

    public MemberService(MemberRepository members, Outbox outbox) {
        this.members = members;
        this.outbox = outbox;
    }

    @Transactional
    public Member register(NewMember request) {
        if (members.emailInUse(request.email())) {
            throw Problems.conflict("A member with this email already exists");
        }
        Instant now = Instant.now();
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.givenName = request.givenName().strip();
        member.familyName = request.familyName().strip();
        member.email = request.email().strip();
        member.jobTitle = request.jobTitle();
        member.region = request.region();
        member.directoryVisible = request.directoryVisible();
        member.status = MemberStatus.ACTIVE;
        member.joinedAt = now;
        member.updatedAt = now;
        members.persistAndFlush(member);
        outbox.record(MemberEvents.TOPIC, member.id, MemberEvents.MEMBER_JOINED, MemberSnapshot.of(member));
        return member;
    }

    @Transactional
    public Optional<Member> update(UUID memberId, long expectedVersion, MemberChanges changes) {
        return members.findByIdOptional(memberId).map(member -> {
            if (member.version != expectedVersion) {
                throw Problems.preconditionFailed();
            }
            Optional.ofNullable(changes.givenName()).map(String::strip).ifPresent(name -> member.givenName = name);
            Optional.ofNullable(changes.familyName()).map(String::strip).ifPresent(name -> member.familyName = name);
            Optional.ofNullable(changes.jobTitle()).ifPresent(title -> member.jobTitle = title);
            Optional.ofNullable(changes.region()).ifPresent(region -> member.region = region);
            Optional.ofNullable(changes.directoryVisible()).ifPresent(visible -> member.directoryVisible = visible);
            member.updatedAt = Instant.now();
            members.flush();
            outbox.record(MemberEvents.TOPIC, member.id, MemberEvents.MEMBER_UPDATED, MemberSnapshot.of(member));
            return member;
        });
    }

    public Optional<Member> find(UUID memberId) {
        return members.findByIdOptional(memberId);
    }

    public PanacheQuery<Member> list(Region region, boolean directoryVisibleOnly) {
        return members.listed(region, directoryVisibleOnly);
    }
}
