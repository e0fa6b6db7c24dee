# Parsing a small CSV by hand and summarising it (no csv module needed).
raw = """city,month,temp,rain
Oslo,Jan,-4.3,49
Oslo,Jul,16.4,81
Rome,Jan,7.5,69
Rome,Jul,24.9,19
Cairo,Jan,14.0,5
Cairo,Jul,28.1,0
"""
lines = raw.strip().splitlines()
header = lines[0].split(",")
rows = []
for line in lines[1:]:
    fields = line.split(",")
    row = dict(zip(header, fields))
    row["temp"] = float(row["temp"])
    row["rain"] = int(row["rain"])
    rows.append(row)
print(header, len(rows))
cities = sorted({r["city"] for r in rows})
for city in cities:
    temps = [r["temp"] for r in rows if r["city"] == city]
    rain = sum(r["rain"] for r in rows if r["city"] == city)
    print(f"{city:<6} mean {sum(temps) / len(temps):6.2f}  range {max(temps) - min(temps):5.1f}  rain {rain:4d}")
hottest = max(rows, key=lambda r: r["temp"])
print("hottest:", hottest["city"], hottest["month"], hottest["temp"])
by_month = {}
for r in rows:
    by_month.setdefault(r["month"], []).append(r["temp"])
print({m: round(sum(t) / len(t), 2) for m, t in by_month.items()})
