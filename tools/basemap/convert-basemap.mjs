#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Builds resources/basemap/levant-mesopotamia.cabm, the offline base map of Coalition Atlas,
// from Natural Earth data (public domain) as two packages redistribute it:
//   - npm `world-atlas` (Natural Earth 4.1.0 admin-0 countries and land, TopoJSON, 110m/50m/10m)
//     decoded with npm `topojson-client`;
//   - Debian `marble-qt-data` (Natural Earth 1:50m rivers/lake centre lines and lakes, Marble's
//     PN2 format).
// See README.md beside this file for the steps and the output format. The script is
// deterministic: the same inputs give the same bytes.

import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const PINNED = { 'world-atlas': '2.0.2', 'topojson-client': '3.1.0' };
const MARBLE_DEFAULT_DIR = '/usr/share/marble/data/naturalearth';

// The region the application is about is 28–42° N, 30–52° E; the detailed data reaches further so
// that a wide window framing the theatre never shows an empty edge, and the coarser levels cover
// more (the renderer falls back to a coarser level where a finer one does not cover the view).
const REGION = { west: 24, south: 22, east: 60, north: 46 };
let CLIP = REGION;
const SCALE = 1e5; // coordinates are stored as integer 1e-5 degrees (about 1 m)

// Levels of detail: the renderer picks the first level whose maxZoom is above the map's zoom.
const LEVELS = [
    { name: '110m', maxZoom: 4.5, simplify: 0, bounds: { west: -180, south: -85, east: 180, north: 85 } },
    { name: '50m', maxZoom: 6.5, simplify: 0, bounds: { west: -10, south: 0, east: 100, north: 65 } },
    { name: '10m', maxZoom: 99, simplify: 0.0015, bounds: REGION },
];
// Rivers and lakes (1:50m) are kept where the 50m level is.
const WATER_BOUNDS = LEVELS[1].bounds;

const LAYER = { land: 1, lake: 2, coastline: 3, border: 4, river: 5 };
const ALL_LEVELS = 255;

// Arabic names of the countries the clip box touches (ISO 3166-1 numeric ids as world-atlas keys
// them); Natural Earth's English names come from the data. minZoom: small countries are named only
// once there is room for the name.
const COUNTRIES = {
    '760': { ar: 'سوريا', minZoom: 0 },
    '368': { ar: 'العراق', minZoom: 0 },
    '792': { ar: 'تركيا', minZoom: 0 },
    '364': { ar: 'إيران', minZoom: 0 },
    '400': { ar: 'الأردن', minZoom: 5 },
    '422': { ar: 'لبنان', minZoom: 6.5 },
    '376': { ar: 'إسرائيل', minZoom: 6.5 },
    '275': { ar: 'فلسطين', minZoom: 7 },
    '682': { ar: 'السعودية', minZoom: 0 },
    '414': { ar: 'الكويت', minZoom: 6 },
    '818': { ar: 'مصر', minZoom: 0 },
    '196': { ar: 'قبرص', minZoom: 6 },
    '051': { ar: 'أرمينيا', minZoom: 5.5 },
    '031': { ar: 'أذربيجان', minZoom: 5.5 },
    '268': { ar: 'جورجيا', minZoom: 5.5 },
    '634': { ar: 'قطر', minZoom: 6.5 },
    '048': { ar: 'البحرين', minZoom: 7.5 },
    '784': { ar: 'الإمارات', minZoom: 6 },
    '512': { ar: 'عُمان', minZoom: 5 },
    '887': { ar: 'اليمن', minZoom: 5 },
    '643': { ar: 'روسيا', minZoom: 5 },
    '795': { ar: 'تركمانستان', minZoom: 5 },
    '729': { ar: 'السودان', minZoom: 5 },
    '434': { ar: 'ليبيا', minZoom: 5 },
    '004': { ar: 'أفغانستان', minZoom: 5 },
    '586': { ar: 'باكستان', minZoom: 5 },
    '804': { ar: 'أوكرانيا', minZoom: 5 },
    '232': { ar: 'إريتريا', minZoom: 5 },
};

// Seas: positions chosen by hand where the name reads well. "The Gulf" is the neutral form.
const SEAS = [
    { en: 'Mediterranean Sea', ar: 'البحر المتوسط', lon: 31.0, lat: 34.0, minZoom: 0 },
    { en: 'Red Sea', ar: 'البحر الأحمر', lon: 36.6, lat: 25.0, minZoom: 4 },
    { en: 'The Gulf', ar: 'الخليج', lon: 51.2, lat: 27.4, minZoom: 0 },
    { en: 'Caspian Sea', ar: 'بحر قزوين', lon: 50.8, lat: 41.2, minZoom: 0 },
    { en: 'Black Sea', ar: 'البحر الأسود', lon: 35.0, lat: 43.3, minZoom: 0 },
];

// PN2 files carry geometry but no names, so features are named by a point they pass near
// (within `tolerance` degrees). Unmatched features are drawn without a name. The label sits on the
// feature at the point nearest to `label`.
const RIVERS = [
    { en: 'Euphrates', ar: 'الفرات', anchors: [[40.14, 35.33], [39.01, 35.95], [43.30, 33.42], [46.26, 31.05], [37.98, 37.02], [38.40, 36.00]], label: [40.60, 34.95], minZoom: 5 },
    { en: 'Tigris', ar: 'دجلة', anchors: [[43.13, 36.34], [44.39, 33.31], [40.24, 37.91], [45.85, 32.50]], label: [43.75, 34.95], minZoom: 5 },
    { en: 'Khabur', ar: 'الخابور', anchors: [[40.75, 35.85], [40.73, 36.50]], label: [40.75, 35.85], minZoom: 6 },
    { en: 'Shatt al-Arab', ar: 'شط العرب', anchors: [[47.81, 30.51]], label: [48.0, 30.35], minZoom: 7 },
    { en: 'Jordan River', ar: 'نهر الأردن', anchors: [[35.57, 32.30]], label: [35.57, 32.30], minZoom: 7.5 },
    { en: 'Nile', ar: 'النيل', anchors: [[31.23, 30.05]], label: [31.20, 28.50], minZoom: 6 },
];
const RIVER_TOLERANCE = 0.12;

const LAKES = [
    { en: 'Lake Tharthar', ar: 'بحيرة الثرثار', at: [43.25, 33.98] },
    { en: 'Lake Razzaza', ar: 'بحيرة الرزازة', at: [43.60, 32.75] },
    { en: 'Lake Habbaniyah', ar: 'بحيرة الحبانية', at: [43.45, 33.30] },
    { en: 'Dead Sea', ar: 'البحر الميت', at: [35.50, 31.50] },
    { en: 'Sea of Galilee', ar: 'بحيرة طبريا', at: [35.59, 32.82] },
    { en: 'Lake Urmia', ar: 'بحيرة أرومية', at: [45.40, 37.70] },
    { en: 'Lake Van', ar: 'بحيرة وان', at: [42.90, 38.62] },
    { en: 'Lake Sevan', ar: 'بحيرة سيفان', at: [45.30, 40.35] },
    { en: 'Lake Tuz', ar: 'بحيرة توز', at: [33.40, 38.80] },
    { en: 'Hammar Marshes', ar: 'هور الحمّار', at: [47.10, 30.82] },
    { en: 'Lake Assad', ar: 'بحيرة الأسد', at: [38.30, 35.95] },
];

// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
    const args = { modules: null, marble: MARBLE_DEFAULT_DIR, out: null };
    for (let i = 2; i < argv.length; ++i) {
        const key = argv[i];
        const value = argv[++i];
        if (value === undefined) throw new Error(`missing value after ${key}`);
        if (key === '--modules') args.modules = value;
        else if (key === '--marble') args.marble = value;
        else if (key === '--out') args.out = value;
        else throw new Error(`unknown argument ${key}`);
    }
    if (!args.modules || !args.out)
        throw new Error('usage: convert-basemap.mjs --modules NODE_MODULES_DIR [--marble DIR] --out FILE');
    return args;
}

function packageVersion(modules, name) {
    const json = JSON.parse(readFileSync(path.join(modules, name, 'package.json'), 'utf8'));
    if (json.version !== PINNED[name])
        throw new Error(`${name} is ${json.version}, this script is pinned to ${PINNED[name]}`);
    return json.version;
}

function debianVersion(pkg) {
    try {
        return execFileSync('dpkg-query', ['-W', '-f', '${Version}', pkg], { encoding: 'utf8' }).trim();
    } catch {
        throw new Error(`cannot tell the version of the Debian package ${pkg}: is it installed?`);
    }
}

// --- Marble PN2 (version 2): big-endian; header u8 version, u32 record count, u8 colour flag; each
// record u8 flag (0 line, 1 ring, 2 outer, 3 inner, 4 multi), u32 placemark id, [u8 colour when
// the id changes and the flag is set], u32 absolute node count, then per absolute node i16 lat,
// i16 lon (arc-minutes / 2), i16 relative count and that many (i8 dlat, i8 dlon) pairs.
function readPn2(file) {
    const b = readFileSync(file);
    let o = 0;
    const u8 = () => b.readUInt8(o++);
    const u32 = () => { const v = b.readUInt32BE(o); o += 4; return v; };
    const i16 = () => { const v = b.readInt16BE(o); o += 2; return v; };
    const i8 = () => b.readInt8(o++);
    const version = u8();
    if (version !== 2) throw new Error(`${file}: PN2 version ${version}, expected 2`);
    const records = u32();
    const hasColour = u8() !== 0;
    const nodes = () => {
        const count = u32();
        const pts = [];
        for (let a = 0; a < count; ++a) {
            const lat = i16(), lon = i16(), rel = i16();
            pts.push([lon / 120, lat / 120]);
            for (let r = 0; r < rel; ++r) {
                const dlat = i8(), dlon = i8();
                pts.push([(lon + dlon) / 120, (lat + dlat) / 120]);
            }
        }
        return pts;
    };
    const features = [];
    let previousId = -1;
    for (let i = 0; i < records && o < b.length; ++i) {
        const flag = u8();
        const id = u32();
        if (id !== previousId) {
            if (hasColour) u8();
            features.push({ id, parts: [] });
        }
        previousId = id;
        const feature = features[features.length - 1];
        if (flag === 4) {
            const count = u8();
            for (let k = 0; k < count; ++k) {
                const innerFlag = u8();
                u32();
                feature.parts.push({ flag: innerFlag, points: nodes() });
            }
        } else {
            feature.parts.push({ flag, points: nodes() });
        }
    }
    if (o !== b.length) throw new Error(`${file}: ${b.length - o} bytes left after ${records} records`);
    return features;
}

// --- geometry ------------------------------------------------------------------------------

const inside = (p, edge) => {
    switch (edge) {
    case 0: return p[0] >= CLIP.west;
    case 1: return p[0] <= CLIP.east;
    case 2: return p[1] >= CLIP.south;
    default: return p[1] <= CLIP.north;
    }
};
const intersect = (a, b, edge) => {
    const bound = [CLIP.west, CLIP.east, CLIP.south, CLIP.north][edge];
    if (edge < 2) {
        const t = (bound - a[0]) / (b[0] - a[0]);
        return [bound, a[1] + t * (b[1] - a[1])];
    }
    const t = (bound - a[1]) / (b[1] - a[1]);
    return [a[0] + t * (b[0] - a[0]), bound];
};

// Sutherland–Hodgman against the clip box; rings stay closed, so odd-even filling still works.
function clipRing(ring) {
    let output = ring;
    for (let edge = 0; edge < 4 && output.length; ++edge) {
        const input = output;
        output = [];
        for (let i = 0; i < input.length; ++i) {
            const current = input[i];
            const previous = input[(i + input.length - 1) % input.length];
            if (inside(current, edge)) {
                if (!inside(previous, edge)) output.push(intersect(previous, current, edge));
                output.push(current);
            } else if (inside(previous, edge)) {
                output.push(intersect(previous, current, edge));
            }
        }
    }
    return output.length >= 3 ? output : null;
}

// Lines are cut where they leave the box (Liang–Barsky per segment) so no box edge is stroked.
function clipLine(line) {
    const pieces = [];
    let current = [];
    const flush = () => { if (current.length >= 2) pieces.push(current); current = []; };
    for (let i = 0; i + 1 < line.length; ++i) {
        const [x0, y0] = line[i], [x1, y1] = line[i + 1];
        let t0 = 0, t1 = 1;
        const dx = x1 - x0, dy = y1 - y0;
        const tests = [[-dx, x0 - CLIP.west], [dx, CLIP.east - x0], [-dy, y0 - CLIP.south], [dy, CLIP.north - y0]];
        let visible = true;
        for (const [p, q] of tests) {
            if (p === 0) { if (q < 0) { visible = false; break; } continue; }
            const r = q / p;
            if (p < 0) { if (r > t1) { visible = false; break; } if (r > t0) t0 = r; }
            else { if (r < t0) { visible = false; break; } if (r < t1) t1 = r; }
        }
        if (!visible) { flush(); continue; }
        const a = [x0 + t0 * dx, y0 + t0 * dy], b = [x0 + t1 * dx, y0 + t1 * dy];
        if (current.length === 0) current.push(a);
        current.push(b);
        if (t1 < 1) flush();
    }
    flush();
    return pieces;
}

// Douglas–Peucker in degrees; keeps the end points.
function simplify(points, tolerance, closed) {
    if (tolerance <= 0 || points.length <= (closed ? 4 : 2)) return points;
    const keep = new Uint8Array(points.length);
    keep[0] = keep[points.length - 1] = 1;
    const stack = [[0, points.length - 1]];
    while (stack.length) {
        const [first, last] = stack.pop();
        const [ax, ay] = points[first], [bx, by] = points[last];
        const dx = bx - ax, dy = by - ay;
        const length = Math.hypot(dx, dy);
        let worst = -1, worstDistance = 0;
        for (let i = first + 1; i < last; ++i) {
            const [px, py] = points[i];
            const d = length === 0 ? Math.hypot(px - ax, py - ay)
                                   : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
            if (d > worstDistance) { worstDistance = d; worst = i; }
        }
        if (worst >= 0 && worstDistance > tolerance) {
            keep[worst] = 1;
            stack.push([first, worst], [worst, last]);
        }
    }
    const out = points.filter((_, i) => keep[i]);
    return closed && out.length < 4 ? points : out;
}

const round = v => Math.round(v * SCALE);
const distanceToLine = (p, line) => {
    let best = Infinity, nearest = null, index = 0;
    for (let i = 0; i + 1 < line.length; ++i) {
        const [ax, ay] = line[i], [bx, by] = line[i + 1];
        const dx = bx - ax, dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / len2));
        const q = [ax + t * dx, ay + t * dy];
        const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
        if (d < best) { best = d; nearest = q; index = i; }
    }
    return { distance: best, nearest, index };
};
const mercatorY = lat => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

function pointInRing(p, ring) {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i], [xj, yj] = ring[j];
        if ((yi > p[1]) !== (yj > p[1]) && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
}

// The point of the country's largest ring (inside the core region) farthest from its edges,
// found on a grid in a Mercator-like plane: where its name has the most room.
function labelPoint(rings) {
    const core = { west: 28, south: 24, east: 56, north: 44 };
    const area = ring => {
        let a = 0;
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
        return Math.abs(a / 2);
    };
    const clipped = rings.map(ring => ring.map(([x, y]) => [Math.min(Math.max(x, core.west), core.east), Math.min(Math.max(y, core.south), core.north)]));
    let largest = null, largestArea = 0;
    for (const ring of clipped) {
        const a = area(ring);
        if (a > largestArea) { largestArea = a; largest = ring; }
    }
    if (!largest || largestArea < 0.05) return null;
    const xs = largest.map(p => p[0]), ys = largest.map(p => p[1]);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    const projected = largest.map(([x, y]) => [x, (mercatorY(y) * 180) / Math.PI]);
    let best = null, bestDistance = -1;
    const steps = 60;
    for (let i = 0; i <= steps; ++i) {
        for (let j = 0; j <= steps; ++j) {
            const p = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
            if (!pointInRing(p, largest)) continue;
            const q = [p[0], (mercatorY(p[1]) * 180) / Math.PI];
            const d = distanceToLine(q, [...projected, projected[0]]).distance;
            if (d > bestDistance) { bestDistance = d; best = p; }
        }
    }
    return best && { point: best, area: largestArea };
}

// --- output --------------------------------------------------------------------------------

class Writer {
    constructor() { this.chunks = []; }
    u8(v) { const b = Buffer.alloc(1); b.writeUInt8(v); this.chunks.push(b); }
    u16(v) { const b = Buffer.alloc(2); b.writeUInt16LE(v); this.chunks.push(b); }
    u32(v) { const b = Buffer.alloc(4); b.writeUInt32LE(v); this.chunks.push(b); }
    i32(v) { const b = Buffer.alloc(4); b.writeInt32LE(v); this.chunks.push(b); }
    bytes(b) { this.chunks.push(b); }
    buffer() { return Buffer.concat(this.chunks); }
}

function main() {
    const args = parseArgs(process.argv);
    const require = createRequire(path.join(path.resolve(args.modules), 'noop.js'));
    const topojson = require('topojson-client');
    const versions = {
        'world-atlas': packageVersion(args.modules, 'world-atlas'),
        'topojson-client': packageVersion(args.modules, 'topojson-client'),
        'marble-qt-data': debianVersion('marble-qt-data'),
    };

    const names = [];
    const nameIndex = (en, ar) => {
        const at = names.findIndex(n => n.en === en);
        if (at >= 0) return at;
        names.push({ en, ar });
        return names.length - 1;
    };
    const layers = [];
    const counts = {};
    const addLayer = (type, level, features, closed) => {
        CLIP = level === ALL_LEVELS ? WATER_BOUNDS : LEVELS[level].bounds;
        const tolerance = level === ALL_LEVELS ? 0 : LEVELS[level].simplify;
        const out = [];
        for (const f of features) {
            const parts = [];
            for (const part of f.parts) {
                const simplified = simplify(part, tolerance, closed);
                if (closed) {
                    const ring = clipRing(simplified);
                    if (ring) parts.push(ring);
                } else {
                    parts.push(...clipLine(simplified));
                }
            }
            if (parts.length) out.push({ name: f.name ?? -1, parts });
        }
        layers.push({ type, level, features: out });
        const key = `${Object.keys(LAYER).find(k => LAYER[k] === type)}@${level === ALL_LEVELS ? 'all' : LEVELS[level].name}`;
        counts[key] = out.reduce((n, f) => n + f.parts.reduce((m, p) => m + p.length, 0), 0);
    };

    const labels = [];
    LEVELS.forEach((level, index) => {
        const topology = JSON.parse(readFileSync(path.join(args.modules, 'world-atlas', `countries-${level.name}.json`), 'utf8'));
        const land = topojson.feature(topology, topology.objects.land);
        const polygons = land.features.flatMap(f => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
        addLayer(LAYER.land, index, polygons.map(rings => ({ parts: rings })), true);
        const coast = topojson.mesh(topology, topology.objects.countries, (a, b) => a === b);
        addLayer(LAYER.coastline, index, coast.coordinates.map(line => ({ parts: [line] })), false);
        const borders = topojson.mesh(topology, topology.objects.countries, (a, b) => a !== b);
        addLayer(LAYER.border, index, borders.coordinates.map(line => ({ parts: [line] })), false);
        if (level.name === '50m') {
            for (const country of topojson.feature(topology, topology.objects.countries).features) {
                const info = COUNTRIES[country.id];
                if (!info) continue;
                const g = country.geometry;
                const rings = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(p => p[0]);
                const at = labelPoint(rings);
                if (!at) continue;
                labels.push({ kind: 'country', name: nameIndex(country.properties.name, info.ar),
                              lon: +at.point[0].toFixed(3), lat: +at.point[1].toFixed(3), minZoom: info.minZoom });
            }
        }
    });
    for (const sea of SEAS)
        labels.push({ kind: 'sea', name: nameIndex(sea.en, sea.ar), lon: sea.lon, lat: sea.lat, minZoom: sea.minZoom });

    // Lakes: outer rings with their islands; named when a lake point falls inside.
    const lakeFeatures = [];
    for (const f of readPn2(path.join(args.marble, 'ne_50m_lakes.pn2'))) {
        const parts = f.parts.filter(p => p.flag >= 1 && p.flag <= 3).map(p => p.points);
        if (!parts.length) continue;
        const lake = LAKES.find(l => pointInRing(l.at, parts[0])
                                   || distanceToLine(l.at, [...parts[0], parts[0][0]]).distance < 0.1);
        const feature = { parts };
        if (lake) {
            feature.name = nameIndex(lake.en, lake.ar);
            labels.push({ kind: 'lake', name: feature.name, lon: lake.at[0], lat: lake.at[1], minZoom: 7 });
        }
        lakeFeatures.push(feature);
    }
    addLayer(LAYER.lake, ALL_LEVELS, lakeFeatures, true);

    const riverFeatures = [];
    const riverLines = {};
    for (const f of readPn2(path.join(args.marble, 'ne_50m_rivers_lake_centerlines.pn2'))) {
        const parts = f.parts.map(p => p.points);
        const river = RIVERS.find(r => r.anchors.some(a => parts.some(line => distanceToLine(a, line).distance < RIVER_TOLERANCE)));
        const feature = { parts };
        if (river) {
            feature.name = nameIndex(river.en, river.ar);
            (riverLines[river.en] ??= []).push(...parts);
        }
        riverFeatures.push(feature);
    }
    addLayer(LAYER.river, ALL_LEVELS, riverFeatures, false);
    for (const river of RIVERS) {
        const lines = riverLines[river.en];
        if (!lines) { console.error(`note: no river near the anchors of ${river.en} in the data; left unnamed`); continue; }
        let best = null;
        for (const line of lines) {
            const hit = distanceToLine(river.label, line);
            if (!best || hit.distance < best.distance) best = { ...hit, line };
        }
        const a = best.line[best.index], b = best.line[best.index + 1];
        // Angle on screen (Mercator, y down) of the segment under the label, kept readable.
        let angle = (Math.atan2(-(mercatorY(b[1]) - mercatorY(a[1])) * 180 / Math.PI, b[0] - a[0]) * 180) / Math.PI;
        if (angle > 90) angle -= 180;
        if (angle < -90) angle += 180;
        labels.push({ kind: 'river', name: nameIndex(river.en, river.ar), lon: +best.nearest[0].toFixed(4),
                      lat: +best.nearest[1].toFixed(4), angle: +angle.toFixed(1), minZoom: river.minZoom });
    }

    const meta = {
        format: 'coalition-atlas-basemap',
        formatVersion: 1,
        attribution: 'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.',
        licence: 'Public domain (Natural Earth terms of use)',
        sources: [
            { package: `npm world-atlas@${versions['world-atlas']}`, data: 'Natural Earth 4.1.0 admin-0 countries and land, 1:110m, 1:50m, 1:10m' },
            { package: `npm topojson-client@${versions['topojson-client']}`, data: 'TopoJSON decoding (tool only)' },
            { package: `debian marble-qt-data ${versions['marble-qt-data']}`, data: 'Natural Earth 1:50m rivers and lake centre lines, 1:50m lakes (PN2)' },
        ],
        generator: 'tools/basemap/convert-basemap.mjs',
        bounds: REGION,
        coordinateScale: SCALE,
        levels: LEVELS.map(l => ({ name: l.name, maxZoom: l.maxZoom, bounds: l.bounds })),
        layerTypes: LAYER,
        names,
        labels,
        pointCounts: counts,
    };

    const w = new Writer();
    w.bytes(Buffer.from('CABM', 'ascii'));
    w.u32(1);
    const metaBytes = Buffer.from(JSON.stringify(meta, null, 1), 'utf8');
    w.u32(metaBytes.length);
    w.bytes(metaBytes);
    w.u32(layers.length);
    for (const layer of layers) {
        w.u8(layer.type);
        w.u8(layer.level);
        w.u16(0);
        w.u32(layer.features.length);
        for (const f of layer.features) {
            w.i32(f.name);
            w.u32(f.parts.length);
            for (const part of f.parts) {
                w.u32(part.length);
                for (const [lon, lat] of part) { w.i32(round(lon)); w.i32(round(lat)); }
            }
        }
    }
    const out = w.buffer();
    writeFileSync(args.out, out);
    console.log(`wrote ${args.out}: ${out.length} bytes`);
    console.log(JSON.stringify({ versions, pointCounts: counts, names: names.length, labels: labels.length }, null, 1));
}

try {
    main();
} catch (error) {
    console.error(`convert-basemap: ${error.message}`);
    process.exit(1);
}
