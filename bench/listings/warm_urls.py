"""Fixed query lists for the warm-cache scenarios: 100 URLs each, so that after a short warm-up every request hits."""
import datetime
import random
import sys
import urllib.parse

out = sys.argv[1]
random.seed(7)
cities = [line.split("|") for line in open(f"{out}/cities.txt", encoding="utf-8").read().splitlines() if line]
today = datetime.date.today()
amenities = ["wifi", "kitchen", "washer", "air_conditioning", "heating", "tv", "pool", "hot_tub", "free_parking", "workspace"]


def write(name, urls):
    with open(f"{out}/{name}.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(urls) + "\n")


city_urls, box_urls, amen_urls = [], [], []
for _ in range(100):
    name, lat, lng, median = random.choice(cities)
    start = today + datetime.timedelta(days=random.randint(1, 300))
    end = start + datetime.timedelta(days=random.randint(1, 7))
    city_urls.append(f"/api/v1/properties?city={urllib.parse.quote(name)}&checkIn={start}&checkOut={end}&guests={random.randint(1, 4)}")
    lat, lng, median = float(lat) + random.uniform(-0.05, 0.05), float(lng) + random.uniform(-0.05, 0.05), float(median)
    lo = int(median * random.uniform(0.3, 0.8))
    box_urls.append(f"/api/v1/properties?minLat={lat - 0.03:.4f}&minLng={lng - 0.05:.4f}&maxLat={lat + 0.03:.4f}&maxLng={lng + 0.05:.4f}"
                    f"&minPrice={lo}&maxPrice={lo * 3}&sort=price")
    picked = ",".join(sorted(set(random.sample(amenities, random.randint(1, 3)))))
    amen_urls.append(f"/api/v1/properties?amenities={picked}&sort={random.choice(['rating', 'price', '-price', 'newest'])}&minPrice={random.randint(0, 200)}")
write("city-warm", city_urls)
write("box-warm", box_urls)
write("amen-warm", amen_urls)
