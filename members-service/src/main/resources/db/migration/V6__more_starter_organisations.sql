-- The starter list gains one or more organisations of each kind members work in besides acute and ambulance trusts.
insert into organisation (ods_code, name, type, region) values
    ('RYX', 'Central London Community Healthcare NHS Trust', 'COMMUNITY', 'LONDON'),
    ('RY8', 'Derbyshire Community Health Services NHS Foundation Trust', 'COMMUNITY', 'MIDLANDS'),
    ('RXT', 'Birmingham and Solihull Mental Health NHS Foundation Trust', 'MENTAL_HEALTH', 'MIDLANDS'),
    ('RYK', 'Dudley Integrated Health and Care NHS Trust', 'COMMUNITY', 'MIDLANDS'),
    ('NVC', 'Ramsay Health Care UK Operations Limited', 'INDEPENDENT', 'SOUTH_EAST'),
    ('QMJ', 'NHS North Central London Integrated Care Board', 'INTEGRATED_CARE_BOARD', 'LONDON'),
    ('QWO', 'NHS West Yorkshire Integrated Care Board', 'INTEGRATED_CARE_BOARD', 'NORTH_EAST_AND_YORKSHIRE'),
    ('X24', 'NHS England', 'NATIONAL_BODY', 'LONDON')
on conflict (ods_code) do nothing;
