-- Hosting networks and network leads (issue 14): the events service's projection of the members service's
-- members.network.v1 facts (NetworkCreated, NetworkMembershipChanged), so an event names a network that exists and a
-- network lead manages their own network's events.
create table network (
    slug   varchar(80)  primary key,
    name   varchar(200) not null,
    kind   varchar(20)  not null,
    -- Null for the national network
    region varchar(40)
);
-- The members service creates the national and the seven regional networks in its own migration, without a
-- NetworkCreated fact; they are seeded here under the same slugs and names. Trust networks arrive as facts.
insert into network (slug, name, kind, region) values
    ('national', 'Proud2bOps', 'NATIONAL', null),
    ('london', 'Proud2bOps London', 'REGIONAL', 'LONDON'),
    ('midlands', 'Proud2bOps Midlands', 'REGIONAL', 'MIDLANDS'),
    ('east-of-england', 'Proud2bOps East of England', 'REGIONAL', 'EAST_OF_ENGLAND'),
    ('north-east-and-yorkshire', 'Proud2bOps North East and Yorkshire', 'REGIONAL', 'NORTH_EAST_AND_YORKSHIRE'),
    ('south-east', 'Proud2bOps South East', 'REGIONAL', 'SOUTH_EAST'),
    ('south-west', 'Proud2bOps South West', 'REGIONAL', 'SOUTH_WEST'),
    ('north-west', 'Proud2bOps North West', 'REGIONAL', 'NORTH_WEST');

-- Who leads which network. No foreign key to network: a lead fact is kept even for a network this service has not
-- heard of yet (the members service orders a network's facts by its key, so that is not expected).
create table network_lead (
    network_slug varchar(80) not null,
    member_id    uuid        not null,
    primary key (network_slug, member_id)
);
create index network_lead_by_member on network_lead (member_id);

-- The hosting network's name, copied when the event is written (the members service never renames a network), so
-- an event's representation needs no second read.
alter table event add column host_network_name varchar(200);
-- An event hosted by a known network takes that network's region (the national network: none), so the two cannot
-- disagree. An event whose host slug this service does not know keeps its slug, its region and no name; its next
-- change must name a known network (or none).
update event set host_network_name = n.name, region = n.region
    from network n where n.slug = event.host_network;

-- Who may come (issue 14): everyone's events accepted guests until now, so they stay open to guests.
alter table event add column audience varchar(20) not null default 'OPEN_TO_GUESTS'
    check (audience in ('OPEN_TO_GUESTS', 'MEMBERS_ONLY', 'BY_INVITATION'));
