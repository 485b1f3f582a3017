-- MemberJoined/MemberUpdated now carry accountSubject (the sign-in a member is linked to). Members who joined and
-- were linked before that tell the other services once, through the outbox, as MemberUpdated with a new version
-- (consumers ignore a fact no newer than what they hold). The payload is MemberSnapshot's.
update member set version = version + 1
where subject is not null and status in ('ACTIVE', 'LAPSED', 'SUSPENDED', 'LEFT');

insert into outbox_event (id, aggregatetype, aggregateid, type, payload, "timestamp")
select gen_random_uuid(), 'members.member.v1', m.id::text, 'org.proud2bops.members.MemberUpdated',
       jsonb_build_object(
           'memberId', m.id,
           'displayName', m.given_name || ' ' || m.family_name,
           'organisationOdsCode', m.organisation_ods,
           'organisationName', coalesce(o.name, p.name),
           'region', m.region,
           'status', m.status,
           'joinedAt', to_char(m.joined_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'accountSubject', m.subject,
           'version', m.version),
       now()
from member m
left join organisation o on o.ods_code = m.organisation_ods
left join organisation_proposal p on p.id = m.organisation_proposal_id
where m.subject is not null and m.status in ('ACTIVE', 'LAPSED', 'SUSPENDED', 'LEFT');
