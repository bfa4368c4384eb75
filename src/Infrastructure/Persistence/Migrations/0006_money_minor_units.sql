-- Amounts carry their currency's ISO 4217 minor unit (docs/adr/0016-money-minor-units.md): 0 decimals for JPY, 2 for
-- EUR, 3 for KWD. numeric(12,2) could not hold 3 decimals and padded yen to ".00"; an unconstrained numeric keeps the
-- scale the domain wrote (it rounds every amount to the minor unit). Removing the typmod rewrites neither the tables
-- nor their indexes.
ALTER TABLE properties
    ALTER COLUMN price_per_night TYPE numeric,
    ALTER COLUMN cleaning_fee    TYPE numeric;

ALTER TABLE bookings
    ALTER COLUMN nightly_rate  TYPE numeric,
    ALTER COLUMN subtotal      TYPE numeric,
    ALTER COLUMN cleaning_fee  TYPE numeric,
    ALTER COLUMN service_fee   TYPE numeric,
    ALTER COLUMN total         TYPE numeric,
    ALTER COLUMN refund_amount TYPE numeric;
