-- The member's directory choice, from MemberJoined/MemberUpdated: a regional network's client sees a member only
-- when they are active and opted in. Profiles kept before the members service published it count as not opted in.
alter table member_profile add column directory_visible boolean not null default false;
