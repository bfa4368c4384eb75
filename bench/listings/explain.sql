-- The search shapes of the benchmark, as SearchPropertiesQueryHandler builds them (parameters inlined), and the
-- detail read. Run by run.sh with EXPLAIN (ANALYZE, BUFFERS) on the large data set; the output goes to PERFORMANCE.md.
\set sel 'SELECT p.id, p.title, p.city, p.country, p.latitude, p.longitude, p.price_per_night, p.currency, p.max_guests, p.bedrooms, p.amenities, p.instant_book, p.rating_average, p.review_count, p.photos[1], p.created_at FROM properties p WHERE p.status = ''listed'''
\echo '### city + dates + guests (sort rating, the default)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :sel AND lower(p.city) = lower('Paris') AND p.max_guests >= 2
  AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.property_id = p.id AND b.status IN ('pending', 'confirmed')
                  AND daterange(b.check_in, b.check_out, '[)') && daterange((current_date + 30)::date, (current_date + 33)::date, '[)'))
  AND NOT EXISTS (SELECT 1 FROM property_blocks k WHERE k.property_id = p.id
                  AND daterange(k.start_date, k.end_date, '[)') && daterange((current_date + 30)::date, (current_date + 33)::date, '[)'))
ORDER BY p.rating_average DESC, p.id DESC LIMIT 21;
\echo '### city + dates + guests, sort price, small city'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :sel AND lower(p.city) = lower('Reykjavík') AND p.max_guests >= 4
  AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.property_id = p.id AND b.status IN ('pending', 'confirmed')
                  AND daterange(b.check_in, b.check_out, '[)') && daterange((current_date + 30)::date, (current_date + 37)::date, '[)'))
  AND NOT EXISTS (SELECT 1 FROM property_blocks k WHERE k.property_id = p.id
                  AND daterange(k.start_date, k.end_date, '[)') && daterange((current_date + 30)::date, (current_date + 37)::date, '[)'))
ORDER BY p.price_per_night, p.id LIMIT 21;
\echo '### map box + price (sort price)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :sel AND point(p.longitude, p.latitude) <@ box(point(2.30, 48.83), point(2.40, 48.89))
  AND p.price_per_night >= 80 AND p.price_per_night <= 240
ORDER BY p.price_per_night, p.id LIMIT 21;
\echo '### radius 10 km (bounding box, then exact distance)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :sel AND point(p.longitude, p.latitude) <@ box(point(-0.275, 51.416), point(0.020, 51.598))
  AND (point(p.longitude, p.latitude) <@> point(-0.1276, 51.5072)) * 1.609344 <= 10
ORDER BY p.rating_average DESC, p.id DESC LIMIT 21;
\echo '### amenities, rare (pool + hot_tub), sort rating'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :sel AND p.amenities @> ARRAY['pool', 'hot_tub']::text[]
ORDER BY p.rating_average DESC, p.id DESC LIMIT 21;
\echo '### amenities, very rare (ski_in_out + ev_charger), sort price'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) :sel AND p.amenities @> ARRAY['ev_charger', 'ski_in_out']::text[]
ORDER BY p.price_per_night, p.id LIMIT 21;
\echo '### one listing (GET /properties/{id})'
SELECT id AS listing_id FROM properties WHERE status = 'listed' ORDER BY id OFFSET 5000 LIMIT 1 \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT p.*, u.first_name FROM properties p JOIN users u ON u.id = p.host_id
WHERE p.id = :'listing_id' AND p.status = 'listed';
