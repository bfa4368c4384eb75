-- The Booking aggregate's own columns on the bookings table created by 0003 (see docs/adr/0007-bookings.md).
-- The policy is copied from the listing when the booking is made: a host cannot tighten it afterwards.
ALTER TABLE bookings
    ADD COLUMN cancellation_policy varchar(16)   NOT NULL DEFAULT 'flexible'
        CHECK (cancellation_policy IN ('flexible', 'moderate', 'strict')),
    ADD COLUMN expires_at          timestamptz,
    ADD COLUMN responded_at        timestamptz,
    ADD COLUMN cancelled_at        timestamptz,
    ADD COLUMN cancelled_by        uuid          REFERENCES users (id),
    ADD COLUMN refund_amount       numeric(12,2) CHECK (refund_amount >= 0),
    ADD CONSTRAINT ck_bookings_guests CHECK (guests >= 1);

-- "My bookings as guest", newest first, keyset-paginated on (created_at, id).
DROP INDEX IF EXISTS ix_bookings_guest_id;
CREATE INDEX ix_bookings_guest_id ON bookings (guest_id, created_at DESC, id DESC);

-- Serves the foreign key to users (deleting a user checks it).
CREATE INDEX ix_bookings_cancelled_by ON bookings (cancelled_by) WHERE cancelled_by IS NOT NULL;
