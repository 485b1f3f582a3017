-- NHS organisations by ODS code, and the networks members belong to.
create table organisation (
    ods_code varchar(10)  primary key,
    name     varchar(200) not null,
    type     varchar(30)  not null,
    region   varchar(40)  not null,
    version  bigint       not null default 0
);

-- A starter list of provider organisations, one or more per region (public ODS codes).
insert into organisation (ods_code, name, type, region) values
    ('RJ1', 'Guy''s and St Thomas'' NHS Foundation Trust', 'ACUTE', 'LONDON'),
    ('R1H', 'Barts Health NHS Trust', 'ACUTE', 'LONDON'),
    ('RRU', 'London Ambulance Service NHS Trust', 'AMBULANCE', 'LONDON'),
    ('RAT', 'North East London NHS Foundation Trust', 'MENTAL_HEALTH', 'LONDON'),
    ('RX1', 'Nottingham University Hospitals NHS Trust', 'ACUTE', 'MIDLANDS'),
    ('RRK', 'University Hospitals Birmingham NHS Foundation Trust', 'ACUTE', 'MIDLANDS'),
    ('RX9', 'East Midlands Ambulance Service NHS Trust', 'AMBULANCE', 'MIDLANDS'),
    ('RGT', 'Cambridge University Hospitals NHS Foundation Trust', 'ACUTE', 'EAST_OF_ENGLAND'),
    ('RR8', 'Leeds Teaching Hospitals NHS Trust', 'ACUTE', 'NORTH_EAST_AND_YORKSHIRE'),
    ('RTF', 'Northumbria Healthcare NHS Foundation Trust', 'ACUTE', 'NORTH_EAST_AND_YORKSHIRE'),
    ('RTH', 'Oxford University Hospitals NHS Foundation Trust', 'ACUTE', 'SOUTH_EAST'),
    ('RA7', 'University Hospitals Bristol and Weston NHS Foundation Trust', 'ACUTE', 'SOUTH_WEST'),
    ('R0A', 'Manchester University NHS Foundation Trust', 'ACUTE', 'NORTH_WEST');

create table network (
    slug             varchar(80)  primary key,
    name             varchar(200) not null,
    kind             varchar(20)  not null,
    region           varchar(40),
    organisation_ods varchar(10) references organisation (ods_code),
    created_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint network_trust_has_organisation check (kind <> 'TRUST' or organisation_ods is not null),
    constraint network_regional_has_region check (kind = 'NATIONAL' or region is not null)
);

insert into network (slug, name, kind, region, created_at) values
    ('national', 'Proud2bOps', 'NATIONAL', null, '2017-01-01T00:00:00Z'),
    ('london', 'Proud2bOps London', 'REGIONAL', 'LONDON', '2017-01-01T00:00:00Z'),
    ('midlands', 'Proud2bOps Midlands', 'REGIONAL', 'MIDLANDS', '2017-01-01T00:00:00Z'),
    ('east-of-england', 'Proud2bOps East of England', 'REGIONAL', 'EAST_OF_ENGLAND', '2017-01-01T00:00:00Z'),
    ('north-east-and-yorkshire', 'Proud2bOps North East and Yorkshire', 'REGIONAL', 'NORTH_EAST_AND_YORKSHIRE', '2017-01-01T00:00:00Z'),
    ('south-east', 'Proud2bOps South East', 'REGIONAL', 'SOUTH_EAST', '2017-01-01T00:00:00Z'),
    ('south-west', 'Proud2bOps South West', 'REGIONAL', 'SOUTH_WEST', '2017-01-01T00:00:00Z'),
    ('north-west', 'Proud2bOps North West', 'REGIONAL', 'NORTH_WEST', '2017-01-01T00:00:00Z');

create table network_membership (
    network_slug varchar(80) not null references network (slug),
    member_id    uuid        not null references member (id),
    lead         boolean     not null default false,
    joined_at    timestamptz not null,
    primary key (network_slug, member_id)
);
create index network_membership_member on network_membership (member_id);
