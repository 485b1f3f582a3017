create table topic (
    slug        varchar(60) primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        varchar(100) not null unique,
    description varchar(500) not null,
    version     bigint       not null default 0
);

-- The starter list of topics the network writes about; editors extend it.
insert into topic (slug, name, description) values
    ('patient-flow', 'Patient flow', 'Moving patients through urgent, elective and community care without delay.'),
    ('winter-pressures', 'Winter pressures', 'Planning and running services through the winter peak in demand.'),
    ('leadership-development', 'Leadership development', 'Growing operational managers into senior leaders.'),
    ('digital-and-ai', 'Digital and AI', 'Data, digital tools and artificial intelligence in operational management.'),
    ('collective-leadership', 'Collective leadership', 'Leading across teams, organisations and systems together.'),
    ('elective-recovery', 'Elective recovery', 'Reducing waiting lists for planned care.'),
    ('wellbeing', 'Wellbeing', 'Looking after operational teams and ourselves.'),
    ('equality-diversity-inclusion', 'Equality, diversity and inclusion', 'Fair services and fair careers for everyone.');
