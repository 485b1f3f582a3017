-- Other services now learn a member's sign-in (MemberAccountLinked, and accountSubject in MemberJoined/Updated).
-- Members who joined and were linked before that tell them once, through the outbox; the payload is
-- MemberEvents.MemberAccountLinked's.
insert into outbox_event (id, aggregatetype, aggregateid, type, payload, "timestamp")
select gen_random_uuid(), 'members.member.v1', m.id::text, 'org.proud2bops.members.MemberAccountLinked',
       jsonb_build_object(
           'memberId', m.id,
           'accountSubject', m.subject,
           'linkedAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
       now()
from member m
where m.subject is not null and m.status in ('ACTIVE', 'LAPSED', 'SUSPENDED', 'LEFT');
