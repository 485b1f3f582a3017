create table widget (
    id      uuid primary key,
    name    varchar(50) not null,
    version bigint      not null default 0
);
