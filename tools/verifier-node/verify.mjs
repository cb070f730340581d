// A second, minimal verifier of ASCN bundles, written from docs/bundle-format.md and
// resources/schema/plan.schema.json alone (no code of ASCN Desktop), with nothing but
// Node.js's own modules: zlib (inflate), crypto (SHA-256, Ed25519). Its purpose is to
// check the spec: where it and `ascn verify` disagree on a test vector, the spec is wrong.
//
//   node verify.mjs --trust TRUST.json BUNDLE...   one JSON verdict per bundle
//   node verify.mjs --vectors INDEX.json           every vector of docs/test-vectors/
//
// It skips the one check that needs ASCN's reference data (codes of focus areas,
// statuses and partners, §6 "Codes, not labels"); everything else follows §5 in order.

import { createHash, createPublicKey, verify as edVerify } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";

const HERE = dirname(fileURLToPath(import.meta.url));
const SCHEMA = JSON.parse(readFileSync(join(HERE, "..", "..", "resources", "schema", "plan.schema.json"), "utf8"));
const MB = 1024 * 1024;

class Refusal extends Error {
  constructor(code, detail, status = "invalid") { super(detail); this.code = code; this.status = status; }
}
const refuse = (code, detail) => { throw new Refusal(code, detail); };

// --- §4 archive rules -------------------------------------------------------------------------------

const FIXED = {
  "city-plan": ["plan.json", "plan.xlsx", "plan.pdf"],
  "review-note": ["review.json"],
  "national": ["endorsement.json", "summary.xlsx", "summary.pdf"],
};
const LIMITS = {
  "manifest.json": MB, "manifest.sig": 64, "plan.json": 64 * MB, "plan.xlsx": 64 * MB, "plan.pdf": 128 * MB,
  "review.json": MB, "endorsement.json": MB, "summary.xlsx": 64 * MB, "summary.pdf": 128 * MB,
  "reference.ascnref": 8 * MB,
};
// The Secretariat's newest reference pack may follow the fixed members of these kinds (docs/reference-packs.md).
const PACK = "reference.ascnref", PACK_CARRIERS = ["national", "review-note"];
const CITY_MEMBER = /^cities\/[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.ascn$/;
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,150})?$/;
const ANY_FIXED = new Set(["manifest.json", "manifest.sig", ...Object.values(FIXED).flat(), "reference.ascnref"]);
const limitOf = (name) => LIMITS[name] ?? 64 * MB;

function readZip(data) {
  if (data.length < 22) refuse("not-a-zip", "too short");
  let eocd = -1;
  for (let p = data.length - 22; p >= Math.max(0, data.length - 22 - 0xffff); p--) {
    if (data.readUInt32LE(p) === 0x06054b50 && p + 22 + data.readUInt16LE(p + 20) === data.length) { eocd = p; break; }
  }
  if (eocd < 0) refuse("not-a-zip", "no end record at the end");
  const [disk, cdDisk, diskEntries, count] = [4, 6, 8, 10].map((o) => data.readUInt16LE(eocd + o));
  const cdSize = data.readUInt32LE(eocd + 12), cdOffset = data.readUInt32LE(eocd + 16);
  if (disk || cdDisk || diskEntries !== count) refuse("zip-multi-disk", "split archive");
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) refuse("zip64", "ZIP64");
  if (data.readUInt16LE(eocd + 20)) refuse("zip-trailing-data", "archive comment");
  if (count > 64) refuse("zip-too-many-entries", `${count} entries`);
  if (cdOffset + cdSize !== eocd) refuse("zip-layout", "central directory misplaced");
  const entries = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || data.readUInt32LE(p) !== 0x02014b50) refuse("not-a-zip", "central directory damaged");
    const e = {
      madeBy: data.readUInt16LE(p + 4) >> 8, version: data.readUInt16LE(p + 6), flags: data.readUInt16LE(p + 8),
      method: data.readUInt16LE(p + 10), time: data.readUInt16LE(p + 12), date: data.readUInt16LE(p + 14),
      crc: data.readUInt32LE(p + 16), csize: data.readUInt32LE(p + 20), size: data.readUInt32LE(p + 24),
      external: data.readUInt32LE(p + 38), offset: data.readUInt32LE(p + 42),
    };
    const [n, x, c] = [28, 30, 32].map((o) => data.readUInt16LE(p + o));
    e.rawName = data.subarray(p + 46, p + 46 + n);
    e.name = e.rawName.toString(e.flags & 0x800 ? "utf8" : "latin1");
    entries.push(e);
    p += 46 + n + x + c;
  }
  const folded = new Set();
  let total = 0;
  for (const e of entries) {
    const name = e.name;
    if (name.includes("\\")) refuse("unsafe-name", name);
    if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) refuse("unsafe-name", name);
    if (name.split("/").includes("..")) refuse("unsafe-name", name);
    if (name.endsWith("/")) refuse("unexpected-member", `folder ${name}`);
    if (!SAFE_NAME.test(name)) refuse("unsafe-name", name);
    if (folded.has(name.toLowerCase())) refuse("duplicate-member", name);
    folded.add(name.toLowerCase());
    if (!ANY_FIXED.has(name) && !CITY_MEMBER.test(name)) refuse("unexpected-member", name);
    const type = (e.external >>> 16) & 0o170000;
    if ((e.madeBy === 3 && type && type !== 0o100000 && type !== 0o040000) || (e.madeBy === 0 && e.external & 0x400)) {
      refuse("link-member", name);
    }
    if (e.flags & 0x41) refuse("encrypted-member", name);
    if (e.method !== 0 && e.method !== 8) refuse("unsupported-compression", name);
    if (e.size > limitOf(name)) refuse("member-too-large", name);
    if (e.size > 64 * 1024 && e.size > 200 * Math.max(e.csize, 1)) refuse("zip-bomb", `${name} ratio`);
    total += e.size;
    if (total > 256 * MB) refuse("zip-bomb", "total size");
  }
  // Entries back to back from byte 0, each local header repeating its central entry.
  let position = 0;
  for (const e of entries) {
    if (e.offset !== position) refuse(e.offset < position ? "zip-overlap" : "zip-layout", e.name);
    if (data.length < position + 30 || data.readUInt32LE(position) !== 0x04034b50) refuse("zip-layout", e.name);
    const local = [4, 6, 8, 10, 12].map((o) => data.readUInt16LE(position + o));
    const sizes = [14, 18, 22].map((o) => data.readUInt32LE(position + o));
    const descriptor = e.flags & 0x08;
    const expected = [e.version, e.flags, e.method, e.time, e.date, ...(descriptor ? [0, 0, 0] : [e.crc, e.csize, e.size])];
    if ([...local, ...sizes].some((v, i) => v !== expected[i])) refuse("zip-layout", `${e.name} local header`);
    const n = data.readUInt16LE(position + 26), x = data.readUInt16LE(position + 28);
    if (!data.subarray(position + 30, position + 30 + n).equals(e.rawName)) refuse("zip-layout", `${e.name} two names`);
    e.dataStart = position + 30 + n + x;
    position = e.dataStart + e.csize;
    if (descriptor) position += data.readUInt32LE(position) === 0x08074b50 ? 16 : 12;
    if (position > cdOffset) refuse("zip-overlap", e.name);
  }
  if (position !== cdOffset) refuse("zip-layout", "hidden data");
  const byName = new Map(entries.map((e) => [e.name, e]));
  const read = (name, cap) => {
    const e = byName.get(name);
    if (cap !== undefined && e.size > cap) refuse("member-too-large", name);
    const raw = data.subarray(e.dataStart, e.dataStart + e.csize);
    let out;
    try {
      out = e.method === 0 ? Buffer.from(raw) : inflateRawSync(raw, { maxOutputLength: e.size + 1 });
    } catch (error) {
      if (error.code === "ERR_BUFFER_TOO_LARGE") refuse("zip-bomb", name);
      refuse("member-damaged", name);
    }
    if (out.length > e.size) refuse("zip-bomb", name);
    if (out.length !== e.size) refuse("member-damaged", `${name} short`);
    if (crc32(out) !== e.crc) refuse("member-damaged", `${name} CRC`);
    return out;
  };
  return { names: new Set(byName.keys()), entries: byName, read };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// --- §2 canonical JSON ------------------------------------------------------------------------------

// A strict parser: UTF-8 without BOM, no duplicate keys, integers only (no fraction, exponent, NaN).
function parseStrict(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) throw new Error("byte-order mark");
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  let i = 0, depth = 0;
  const ws = () => { while (" \t\n\r".includes(text[i]) && i < text.length) i++; };
  const fail = (why) => { throw new Error(`${why} at ${i}`); };
  const value = () => {
    ws();
    const ch = text[i];
    if (ch === "{" || ch === "[") {
      if (++depth > 512) fail("nesting");
      i++; ws();
      const object = ch === "{";
      const out = object ? {} : [];
      if (text[i] === (object ? "}" : "]")) { i++; depth--; return out; }
      for (;;) {
        if (object) {
          ws(); if (text[i] !== '"') fail("key");
          const key = string();
          if (Object.prototype.hasOwnProperty.call(out, key)) fail("duplicate key");
          ws(); if (text[i++] !== ":") fail("colon");
          Object.defineProperty(out, key, { value: value(), enumerable: true, writable: true, configurable: true });
        } else out.push(value());
        ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i] === (object ? "}" : "]")) { i++; depth--; return out; }
        fail("separator");
      }
    }
    if (ch === '"') return string();
    for (const [word, result] of [["true", true], ["false", false], ["null", null]]) {
      if (text.startsWith(word, i)) { i += word.length; return result; }
    }
    const m = /^-?(0|[1-9][0-9]*)/.exec(text.slice(i, i + 400));
    if (!m) fail("value");
    i += m[0].length;
    if (text[i] === "." || text[i] === "e" || text[i] === "E") fail("fractional number");
    const n = BigInt(m[0]);
    return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
  };
  const string = () => {
    i++;
    let out = "";
    for (;;) {
      const ch = text[i++];
      if (ch === undefined) fail("unterminated string");
      if (ch === '"') return out;
      if (ch < " ") fail("control character");
      if (ch !== "\\") { out += ch; continue; }
      const e = text[i++];
      const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" }[e];
      if (simple !== undefined) { out += simple; continue; }
      if (e !== "u" || !/^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4))) fail("escape");
      out += String.fromCharCode(parseInt(text.slice(i, i + 4), 16));
      i += 4;
    }
  };
  const result = value();
  ws();
  if (i !== text.length) fail("trailing text");
  return result;
}

const codePointCompare = (a, b) => {
  const x = [...a], y = [...b];
  for (let k = 0; k < Math.min(x.length, y.length); k++) {
    const d = x[k].codePointAt(0) - y[k].codePointAt(0);
    if (d) return d;
  }
  return x.length - y.length;
};
const ESCAPES = { '"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t" };
function canonical(value) {
  if (value === null) return "null";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "string") {
    return `"${value.replace(/["\\\u0000-\u001f]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
  }
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  return `{${Object.keys(value).sort(codePointCompare).map((k) => `${canonical(k)}:${canonical(value[k])}`).join(",")}}`;
}
function depthOf(value) {
  if (value === null || typeof value !== "object") return 1;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}
function parseCanonical(bytes, code) {
  let value;
  try { value = parseStrict(bytes); } catch (error) { refuse(code, error.message); }
  if (!Buffer.from(canonical(value), "utf8").equals(bytes)) refuse(code, "not canonical");
  return value;
}

// --- §3 manifest, field by field ---------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const COUNTRY = /^[A-Z]{3}$/, CITY = /^[A-Z]{3}-[A-Z0-9][A-Z0-9-]{0,60}$/, CYCLE = /^[0-9]{4}-[0-9]{4}$/;
const FINGERPRINT = /^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/, PUBLIC_KEY = /^[A-Za-z0-9+/]{43}=$/;
const TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$/, SHA256 = /^[0-9a-f]{64}$/;
const VERSIONS = { "city-plan": [1], "review-note": [1], "national": [1, 2] };
const COMMON = ["format_version", "kind", "bundle_uuid", "country", "cycle", "created_at", "app_version", "signer", "members"];
const OWN = { "city-plan": ["plan_uuid", "city", "revision"], "review-note": ["plan_uuid", "city", "revision"], "national": ["cities"] };
const CARD = ["kind", "format_version", "name", "role", "country", "city", "public_key", "fingerprint", "created_at"];
const CITY_ENTRY = ["file", "city", "plan_uuid", "revision", "bundle_uuid", "signer_fingerprint"];
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isInt = (v, lo, hi) => typeof v === "number" && Number.isInteger(v) && v >= lo && v <= hi;

function exactFields(value, required, optional, codes = {}) {
  if (!isObject(value)) refuse(codes.invalid ?? "manifest-field-invalid", "not an object");
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) refuse(codes.unknown ?? "manifest-unknown-field", key);
  }
  for (const key of required) if (!(key in value)) refuse(codes.missing ?? "manifest-field-missing", key);
}
const text = (v, pattern, longest = 200) => {
  if (typeof v !== "string" || [...v].length > longest || (pattern && !pattern.test(v))) refuse("manifest-field-invalid", String(v));
  return v;
};
function instant(v, code = "manifest-timestamp") {
  if (typeof v !== "string" || !TIMESTAMP.test(v)) refuse(code, String(v));
  const when = new Date(v);
  if (Number.isNaN(when.getTime()) || when.toISOString().replace(".000Z", "Z") !== v) refuse(code, `${v} not a real date`);
  return when;
}
function checkCard(card) {
  exactFields(card, CARD, []);
  if (card.kind !== "ascn-identity-card" || card.format_version !== 1) refuse("manifest-field-invalid", "card kind");
  text(card.name);
  if (!card.name.trim()) refuse("manifest-field-invalid", "blank name");
  if (!["csco", "nr", "asec"].includes(card.role)) refuse("manifest-field-invalid", "role");
  text(card.country, COUNTRY);
  if (card.city !== null) text(card.city, CITY);
  text(card.public_key, PUBLIC_KEY);
  text(card.fingerprint, FINGERPRINT);
  instant(card.created_at);
}
function checkManifest(bytes) {
  const m = parseCanonical(bytes, "manifest-not-canonical");
  if (!Object.keys(OWN).includes(m.kind)) refuse("manifest-field-invalid", "kind");
  exactFields(m, [...COMMON, ...OWN[m.kind]], ["reference_version"]);
  if (!VERSIONS[m.kind].includes(m.format_version)) refuse("format-version", String(m.format_version));
  text(m.bundle_uuid, UUID); text(m.country, COUNTRY); text(m.cycle, CYCLE);
  instant(m.created_at);
  text(m.app_version, null, 64);
  if ("reference_version" in m && !isInt(m.reference_version, 1, 1e6)) refuse("manifest-field-invalid", "reference_version");
  if (m.kind !== "national") {
    text(m.plan_uuid, UUID); text(m.city, CITY);
    if (!isInt(m.revision, 1, 1e6)) refuse("manifest-revision", String(m.revision));
    if (!m.city.startsWith(`${m.country}-`)) refuse("manifest-field-invalid", "city of another country");
  }
  checkCard(m.signer);
  const fixed = FIXED[m.kind];
  if (!Array.isArray(m.members) || m.members.length > fixed.length + 61) refuse("manifest-field-invalid", "members");
  for (const e of m.members) {
    exactFields(e, ["name", "size", "sha256"], []);
    text(e.name, null, 160);
    if (!isInt(e.size, 0, limitOf(e.name))) refuse("manifest-field-invalid", `size of ${e.name}`);
    text(e.sha256, SHA256);
  }
  const names = m.members.map((e) => e.name);
  const withPack = PACK_CARRIERS.includes(m.kind) && names[fixed.length] === PACK;
  const carried = names.slice(fixed.length + (withPack ? 1 : 0));
  const sorted = [...new Set(carried)].sort(codePointCompare);
  const inOrder = fixed.every((n, k) => names[k] === n) && names.length >= fixed.length && (m.kind !== "national"
    ? carried.length === 0
    : carried.length > 0 && carried.every((n) => CITY_MEMBER.test(n)) && carried.join("\n") === sorted.join("\n"));
  if (!inOrder) refuse("manifest-member-order", names.join(", "));
  if (m.kind === "national") {
    if (!Array.isArray(m.cities)) refuse("manifest-field-invalid", "cities");
    for (const e of m.cities) {
      exactFields(e, CITY_ENTRY, []);
      text(e.file, CITY_MEMBER, 160); text(e.city, CITY); text(e.plan_uuid, UUID);
      if (!isInt(e.revision, 1, 1e6)) refuse("manifest-revision", String(e.revision));
      text(e.bundle_uuid, UUID); text(e.signer_fingerprint, FINGERPRINT);
    }
    if (m.cities.map((e) => e.file).sort(codePointCompare).join("\n") !== carried.join("\n")) refuse("national-city-list", "");
  }
  return m;
}

// --- keys --------------------------------------------------------------------------------------------

function rawKey(b64) {
  if (typeof b64 !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4) return null;
  const raw = Buffer.from(b64, "base64");
  return raw.length === 32 ? raw : null;
}
function fingerprintOf(raw) {
  const digest = createHash("sha256").update(raw).digest().subarray(0, 20);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "", out = "";
  for (const b of digest) bits += b.toString(2).padStart(8, "0");
  for (let k = 0; k < bits.length; k += 5) out += alphabet[parseInt(bits.slice(k, k + 5), 2)];
  return out.match(/.{4}/g).join("-");
}
const publicKey = (raw) => createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });

// --- §6 plan.json against the JSON Schema (the keywords it uses) ---------------------------------------

function schemaValid(value, schema) {
  if (schema.$ref) return schemaValid(value, SCHEMA.$defs[schema.$ref.split("/").pop()]);
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const ok = types.some((t) => (t === "null" ? value === null : t === "array" ? Array.isArray(value)
      : t === "object" ? isObject(value) : t === "integer" ? typeof value === "number" && Number.isInteger(value)
        : t === "number" ? typeof value === "number" : typeof value === t));
    if (!ok) return false;
  }
  if ("const" in schema && value !== schema.const) return false;
  if (schema.enum && !schema.enum.includes(value)) return false;
  if (typeof value === "string" && schema.pattern && !new RegExp(schema.pattern, "u").test(value)) return false;
  if (typeof value === "number" && ((schema.minimum !== undefined && value < schema.minimum)
    || (schema.maximum !== undefined && value > schema.maximum))) return false;
  if (Array.isArray(value) && schema.items && !value.every((v) => schemaValid(v, schema.items))) return false;
  if (isObject(value)) {
    if (schema.required && !schema.required.every((k) => k in value)) return false;
    for (const [k, v] of Object.entries(value)) {
      if (schema.propertyNames && !schemaValid(k, schema.propertyNames)) return false;
      if (schema.properties && k in schema.properties) {
        if (!schemaValid(v, schema.properties[k])) return false;
      } else if (schema.additionalProperties === false) return false;
      else if (isObject(schema.additionalProperties) && !schemaValid(v, schema.additionalProperties)) return false;
    }
  }
  return true;
}

// --- §6-§9 content, statements, trust, standing ---------------------------------------------------------

function longestText(value) {
  if (typeof value === "string") return [...value].length;
  if (value === null || typeof value !== "object") return 0;
  const parts = Array.isArray(value) ? value : [...Object.keys(value), ...Object.values(value)];
  return Math.max(0, ...parts.map(longestText));
}

function checkContent(m, members) {
  if (m.kind === "city-plan") {
    const plan = parseCanonical(members.get("plan.json"), "plan-invalid");
    if (!schemaValid(plan, SCHEMA)) refuse("plan-schema", "schema");
    if (longestText(plan) > 100000) refuse("plan-content", "text too long");
    for (const [k, f] of [["uuid", "plan_uuid"], ["city", "city"], ["cycle", "cycle"], ["revision", "revision"], ["country", "country"]]) {
      if (plan[k] !== m[f]) refuse("manifest-plan-mismatch", k);
    }
    return { document: plan };
  }
  if (m.kind === "review-note") {
    const r = parseCanonical(members.get("review.json"), "review-invalid");
    if (!isObject(r) || r.kind !== "ascn-review-note") refuse("review-invalid", "kind");
    if (r.document_version !== 1) refuse("review-invalid", "version");
    const fields = ["kind", "document_version", "plan_uuid", "city", "cycle", "revision", "decision", "reason", "reviewer", "reviewed_at"];
    exactFields(r, fields, ["comments"], { unknown: "review-invalid", missing: "review-invalid", invalid: "review-invalid" });
    if (!["accepted", "returned"].includes(r.decision)) refuse("review-invalid", "decision");
    if (typeof r.reason !== "string" || [...r.reason].length > 10000) refuse("review-invalid", "reason");
    if (r.decision === "returned" && !r.reason.trim()) refuse("review-invalid", "no reason");
    const who = r.reviewer;
    if (!isObject(who) || Object.keys(who).sort().join() !== "fingerprint,name,role"
      || !["name", "role", "fingerprint"].every((k) => typeof who[k] === "string")) refuse("review-invalid", "reviewer");
    if (typeof r.reviewed_at !== "string" || !TIMESTAMP.test(r.reviewed_at)) refuse("review-invalid", "date");
    // Field comments: exactly id, project_id, field, about, text; strings (or null where allowed), bounded.
    const COMMENT = ["about", "field", "id", "project_id", "text"];
    const commentOk = (c) => isObject(c) && Object.keys(c).sort().join() === COMMENT.join()
      && COMMENT.every((k) => c[k] === null || typeof c[k] === "string") && typeof c.id === "string"
      && typeof c.text === "string" && [...c.text].length <= 2000 && [...(c.about ?? "")].length <= 300;
    if ("comments" in r && !(Array.isArray(r.comments) && r.comments.length <= 1000 && r.comments.every(commentOk))) {
      refuse("review-invalid", "comments");
    }
    for (const k of ["plan_uuid", "city", "cycle", "revision"]) if (r[k] !== m[k]) refuse("manifest-plan-mismatch", k);
    if (who.fingerprint !== m.signer.fingerprint || who.name !== m.signer.name || who.role !== m.signer.role) {
      refuse("review-signer", who.name);
    }
    return { document: r };
  }
  const e = parseCanonical(members.get("endorsement.json"), "endorsement-invalid");
  const version = m.format_version;
  if (!isObject(e) || e.kind !== "ascn-endorsement") refuse("endorsement-invalid", "kind");
  if (e.document_version !== version) refuse("endorsement-invalid", "version");
  const bad = { unknown: "endorsement-invalid", missing: "endorsement-invalid", invalid: "endorsement-invalid" };
  const fields = ["kind", "document_version", "country", "cycle", "text", "endorsed_by", "endorsed_at", "cities"];
  exactFields(e, version === 2 ? [...fields, "vouches", "revocations"] : fields, [], bad);
  if (typeof e.text !== "string" || [...e.text].length > 20000) refuse("endorsement-invalid", "text");
  exactFields(e.endorsed_by, ["name", "fingerprint"], [], bad);
  if (typeof e.endorsed_at !== "string" || !TIMESTAMP.test(e.endorsed_at)) refuse("endorsement-invalid", "date");
  if (e.country !== m.country) refuse("endorsement-country", String(e.country));
  if (e.cycle !== m.cycle) refuse("endorsement-cycle", String(e.cycle));
  if (e.endorsed_by.fingerprint !== m.signer.fingerprint || e.endorsed_by.name !== m.signer.name) refuse("endorsement-signer", "");
  if (!Array.isArray(e.cities) || e.cities.length === 0) refuse("endorsement-no-cities", "");
  const keys = version === 2 ? ["city", "plan_uuid", "revision"] : ["city", "revision"];
  const endorsed = e.cities.map((c) => { exactFields(c, keys, [], bad); return JSON.stringify(keys.map((k) => c[k])); }).sort();
  const listed = m.cities.map((c) => JSON.stringify(keys.map((k) => c[k]))).sort();
  if (endorsed.join("\n") !== listed.join("\n")) refuse("endorsement-cities", "");
  const vouches = new Map(), revoked = new Map();
  if (version === 2) {
    if (!Array.isArray(e.vouches) || !Array.isArray(e.revocations) || e.vouches.length + e.revocations.length > 500) {
      refuse("endorsement-invalid", "vouches");
    }
    for (const card of e.vouches) {
      try { checkCard(card); } catch (error) { refuse("vouch-invalid", error.message); }
      const raw = rawKey(card.public_key);
      if (!raw || fingerprintOf(raw) !== card.fingerprint) refuse("vouch-invalid", "fingerprint");
      if (card.role !== "csco" || card.city === null) refuse("vouch-invalid", "not a city officer");
      if (card.country !== m.country || !card.city.startsWith(`${m.country}-`)) refuse("vouch-other-country", card.country);
      if (vouches.has(card.fingerprint)) refuse("endorsement-invalid", "vouched twice");
      vouches.set(card.fingerprint, card);
    }
    for (const r of e.revocations) {
      exactFields(r, ["fingerprint", "revoked_at", "reason"], [], bad);
      if (typeof r.fingerprint !== "string" || !FINGERPRINT.test(r.fingerprint) || typeof r.reason !== "string"
        || [...r.reason].length > 1000) refuse("endorsement-invalid", "revocation");
      if (vouches.has(r.fingerprint) || revoked.has(r.fingerprint)) refuse("endorsement-invalid", "revocation twice");
      revoked.set(r.fingerprint, instant(r.revoked_at, "endorsement-invalid"));
    }
  }
  const seen = new Set();
  for (const c of m.cities) {
    if (seen.has(c.city)) refuse("national-duplicate-city", c.city);
    seen.add(c.city);
  }
  return { document: e, vouches, revoked };
}

function registryTrust(trust, signer, when) {
  const entry = trust.get(signer.fingerprint);
  if (!entry) return ["untrusted", "signer-unknown"];
  if (entry.card.public_key !== signer.public_key) return ["invalid", "signer-key-mismatch"];
  if (entry.revoked_at && when >= new Date(entry.revoked_at)) return ["invalid", "signer-revoked"];
  return ["valid", "ok"];
}

function standingAllows(m, who) {
  if (m.kind === "city-plan") return who.role === "csco" && who.country === m.country && who.city === m.city;
  if (m.kind === "national") return who.role === "nr" && who.country === m.country;
  return who.role === "asec" || (who.role === "nr" && who.country === m.country);
}

// §5: the first failure decides. `vouch` is set for a city bundle carried by a trusted NR.
function verifyBytes(data, trust, { expectKind = null, vouch = null } = {}) {
  const zip = readZip(data);
  for (const needed of ["manifest.json", "manifest.sig"]) if (!zip.names.has(needed)) refuse("member-missing", needed);
  const manifestBytes = zip.read("manifest.json", MB);
  const signature = zip.read("manifest.sig", 64);
  let loose;
  try { loose = parseStrict(manifestBytes); } catch (error) { refuse("manifest-unreadable", error.message); }
  if (!isObject(loose)) refuse("manifest-unreadable", "not an object");
  if (depthOf(loose) > 8) refuse("manifest-unreadable", "nested too deep");
  if (![1, 2].includes(loose.format_version)) refuse("format-version", String(loose.format_version));
  const raw = rawKey(isObject(loose.signer) ? loose.signer.public_key : null);
  if (!raw) refuse("signer-invalid", "public key");
  if (signature.length !== 64 || !edVerify(null, manifestBytes, publicKey(raw), signature)) refuse("signature-invalid", "");
  const m = checkManifest(manifestBytes);
  if (expectKind && m.kind !== expectKind) refuse("wrong-kind", m.kind);
  if (fingerprintOf(raw) !== m.signer.fingerprint) refuse("signer-invalid", "fingerprint");
  const listed = new Set(["manifest.json", "manifest.sig", ...m.members.map((e) => e.name)]);
  for (const name of [...zip.names].sort(codePointCompare)) if (!listed.has(name)) refuse("extra-member", name);
  for (const name of [...listed].sort(codePointCompare)) if (!zip.names.has(name)) refuse("member-missing", name);
  const members = new Map();
  for (const e of m.members) {
    if (zip.entries.get(e.name).size !== e.size) refuse("member-hash-mismatch", e.name);
    const content = zip.read(e.name);
    if (content.length !== e.size || createHash("sha256").update(content).digest("hex") !== e.sha256) refuse("member-hash-mismatch", e.name);
    members.set(e.name, content);
  }
  const content = checkContent(m, members);
  const when = new Date(m.created_at);
  let [status, code] = registryTrust(trust, m.signer, when);
  let who = status === "valid" ? trust.get(m.signer.fingerprint).card : null;
  if (vouch) {
    const withdrawn = vouch.revoked.get(m.signer.fingerprint);
    const card = vouch.vouches.get(m.signer.fingerprint);
    if (withdrawn && when >= withdrawn) [status, code] = ["invalid", "signer-revoked"];
    else if (status === "untrusted" && card && card.public_key === m.signer.public_key) [status, code, who] = ["valid", "ok", card];
  }
  if (status !== "valid") throw new Refusal(code, "signer", status);
  if (!standingAllows(m, who)) refuse("signer-not-allowed", who.name);
  if (m.kind === "national") {
    for (const entry of [...m.cities].sort((a, b) => codePointCompare(a.file, b.file))) {
      let inner;
      try {
        inner = verifyBytes(members.get(entry.file), trust, { expectKind: "city-plan", vouch: content });
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        if (error.status === "untrusted") throw new Refusal("inner-signer-unknown", entry.file, "untrusted");
        refuse(`inner-${error.code}`, `${entry.file}: ${error.message}`);
      }
      const file = entry.file.slice("cities/".length);
      if (inner.country !== m.country) refuse("inner-wrong-country", file);
      if (inner.cycle !== m.cycle) refuse("inner-wrong-cycle", file);
      const carried = { city: inner.city, plan_uuid: inner.plan_uuid, revision: inner.revision, bundle_uuid: inner.bundle_uuid,
        signer_fingerprint: inner.signer.fingerprint };
      for (const k of Object.keys(carried)) if (entry[k] !== carried[k]) refuse("national-city-mismatch", `${file} ${k}`);
      if (!file.startsWith(`${inner.country}-`) || !file.endsWith(`-${inner.cycle}-r${inner.revision}.ascn`)) refuse("national-file-name", file);
    }
  }
  return m;
}

function verdict(data, trust) {
  try {
    verifyBytes(data, trust);
    return { status: "valid", code: "ok" };
  } catch (error) {
    if (error instanceof Refusal) return { status: error.status, code: error.code, detail: error.message };
    return { status: "invalid", code: "unreadable", detail: String(error) };
  }
}

function loadTrust(path) {
  return new Map(JSON.parse(readFileSync(path, "utf8")).map((entry) => [entry.card.fingerprint, entry]));
}

const args = process.argv.slice(2);
if (args[0] === "--vectors") {
  const index = JSON.parse(readFileSync(args[1], "utf8"));
  const folder = dirname(resolve(args[1]));
  const trust = loadTrust(join(folder, index.trust));
  const answers = index.vectors.map((v) => ({ file: v.file, ...verdict(readFileSync(join(folder, v.file)), trust) }));
  process.stdout.write(`${JSON.stringify(answers, null, 2)}\n`);
} else if (args[0] === "--trust" && args.length > 2) {
  const trust = loadTrust(args[1]);
  const answers = args.slice(2).map((file) => ({ file, ...verdict(readFileSync(file), trust) }));
  process.stdout.write(`${JSON.stringify(answers, null, 2)}\n`);
  const worst = answers.some((a) => a.status === "invalid") ? 1 : answers.some((a) => a.status === "untrusted") ? 2 : 0;
  process.exitCode = worst;
} else {
  process.stderr.write("usage: node verify.mjs --trust TRUST.json BUNDLE... | --vectors INDEX.json\n");
  process.exitCode = 64;
}
