-- Listings (properties), host-blocked date ranges, and the bookings table that search, blocks and the
-- seed need now (the Booking aggregate and its EF mapping come with the bookings issue).
-- Index choices are explained, with their EXPLAIN (ANALYZE, BUFFERS) plans, in docs/PERFORMANCE.md ("## Listings").
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

CREATE TABLE properties (
    id                  uuid           PRIMARY KEY,
    host_id             uuid           NOT NULL REFERENCES users (id),
    title               varchar(120)   NOT NULL,
    description         varchar(5000)  NOT NULL,
    street              varchar(200)   NOT NULL,
    city                varchar(100)   NOT NULL,
    state               varchar(100),
    country             char(2)        NOT NULL,
    postal_code         varchar(20),
    latitude            double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude           double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    price_per_night     numeric(12,2)  NOT NULL CHECK (price_per_night > 0 AND price_per_night <= 100000),
    currency            char(3)        NOT NULL,
    cleaning_fee        numeric(12,2)  NOT NULL CHECK (cleaning_fee >= 0),
    max_guests          integer        NOT NULL CHECK (max_guests BETWEEN 1 AND 50),
    bedrooms            integer        NOT NULL CHECK (bedrooms >= 0),
    beds                integer        NOT NULL CHECK (beds >= 0),
    bathrooms           integer        NOT NULL CHECK (bathrooms >= 0),
    amenities           text[]         NOT NULL,
    photos              text[]         NOT NULL,
    min_nights          integer        NOT NULL CHECK (min_nights BETWEEN 1 AND 365),
    max_nights          integer        NOT NULL CHECK (max_nights BETWEEN 1 AND 365),
    instant_book        boolean        NOT NULL,
    cancellation_policy varchar(16)    NOT NULL CHECK (cancellation_policy IN ('flexible', 'moderate', 'strict')),
    status              varchar(16)    NOT NULL CHECK (status IN ('listed', 'unlisted')),
    rating_average      numeric(3,2)   NOT NULL CHECK (rating_average BETWEEN 0 AND 5),
    review_count        integer        NOT NULL CHECK (review_count >= 0),
    created_at          timestamptz    NOT NULL,
    updated_at          timestamptz    NOT NULL,
    CHECK (min_nights <= max_nights)
);

-- Foreign key (a host's listings; deleting a user checks them).
CREATE INDEX ix_properties_host_id ON properties (host_id);
-- Search: every index covers listed rows only, and its order is a search sort, so a page is an index walk
-- that stops after LIMIT matches.
CREATE INDEX ix_properties_city_price ON properties (lower(city), price_per_night, id) WHERE status = 'listed';
CREATE INDEX ix_properties_city_rating ON properties (lower(city), rating_average DESC, id DESC) WHERE status = 'listed';
CREATE INDEX ix_properties_price ON properties (price_per_night, id) WHERE status = 'listed';
CREATE INDEX ix_properties_rating ON properties (rating_average DESC, id DESC) WHERE status = 'listed';
CREATE INDEX ix_properties_newest ON properties (created_at DESC, id DESC) WHERE status = 'listed';
CREATE INDEX ix_properties_location ON properties USING gist (point(longitude, latitude)) WHERE status = 'listed';
CREATE INDEX ix_properties_amenities ON properties USING gin (amenities) WHERE status = 'listed';

CREATE TABLE property_blocks (
    id          uuid        PRIMARY KEY,
    property_id uuid        NOT NULL REFERENCES properties (id) ON DELETE CASCADE,
    start_date  date        NOT NULL,
    end_date    date        NOT NULL,
    created_at  timestamptz NOT NULL,
    CHECK (end_date > start_date),
    -- Half-open ranges: a block may end on the day another starts. Also the index of the search's NOT EXISTS.
    CONSTRAINT ex_property_blocks_no_overlap
        EXCLUDE USING gist (property_id WITH =, daterange(start_date, end_date, '[)') WITH &&)
);

CREATE TABLE bookings (
    id           uuid          PRIMARY KEY,
    property_id  uuid          NOT NULL REFERENCES properties (id),
    guest_id     uuid          NOT NULL REFERENCES users (id),
    check_in     date          NOT NULL,
    check_out    date          NOT NULL,
    guests       integer       NOT NULL,
    status       varchar(16)   NOT NULL CHECK (status IN ('pending', 'confirmed', 'declined', 'expired', 'cancelled', 'completed')),
    nights       integer       NOT NULL,
    nightly_rate numeric(12,2) NOT NULL,
    subtotal     numeric(12,2) NOT NULL,
    cleaning_fee numeric(12,2) NOT NULL,
    service_fee  numeric(12,2) NOT NULL,
    total        numeric(12,2) NOT NULL,
    currency     char(3)       NOT NULL,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL,
    CHECK (check_out > check_in),
    -- Two active bookings of one listing never share a night; its GiST index also answers the search's
    -- "no active booking overlapping the stay" probe (same partial predicate).
    CONSTRAINT ex_bookings_no_overlap
        EXCLUDE USING gist (property_id WITH =, daterange(check_in, check_out, '[)') WITH &&)
        WHERE (status IN ('pending', 'confirmed'))
);

CREATE INDEX ix_bookings_property_id ON bookings (property_id, check_out);
CREATE INDEX ix_bookings_guest_id ON bookings (guest_id);
