-- What content knows of members (memberprofile/): kept from the members service's facts on members.member.v1.
-- Only what content needs: the name printed on author lines, the membership status (members-only reading and
-- drafting need ACTIVE) and the account subject a member signs in with. An erased member keeps an anonymous row.
create table member_profile (
    member_id       uuid primary key,
    display_name    varchar(201) not null,
    status          varchar(20)  not null,
    account_subject varchar(255),
    source_version  bigint       not null,
    updated_at      timestamp with time zone not null
);
create unique index member_profile_account_subject on member_profile (account_subject)
    where account_subject is not null;

-- An item's member authors, in the order printed (before its guest authors). The name is the member's display name,
-- kept in step by the projection (a rename or an erasure rewrites it and gives the item a new version); revisions'
-- snapshots keep the member ids only. former: the member was erased ("Former member", no id shown publicly).
create table content_item_member_author (
    item_id      uuid         not null references content_item (id) on delete cascade,
    position     integer      not null,
    member_id    uuid         not null references member_profile (member_id),
    display_name varchar(201) not null,
    former       boolean      not null default false,
    primary key (item_id, position)
);
-- The read API's author filter and the projection's rewrite of a member's lines
create index content_item_member_author_by_member on content_item_member_author (member_id, item_id);
