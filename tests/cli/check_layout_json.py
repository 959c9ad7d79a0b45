#!/usr/bin/env python3
"""Check the output of `mmspec gen --format json` against docs/layout.schema.json
and against the facts of a layout, with the standard library only.

    check_layout_json.py SCHEMA FILE

The schema is applied by a small validator for the JSON Schema keywords the
schema uses (an unknown keyword is an error, so none is silently ignored),
and also by the `jsonschema` package when it is installed.
Then: the hex values are consistent (size == end - start + 1), the regions
partition 0 .. 2^64-1 in order, each region is aligned and wholly in one
canonical half (the noncanonical one exactly the hole), page_offset is the
start of the direct map, phys_limit is 2^pa_bits and the direct map covers it.
Prints the problems found and exits 1, or prints "ok" and exits 0.
"""
import json
import re
import sys

KNOWN = {"$schema", "$id", "$defs", "title", "description", "type", "required",
         "additionalProperties", "properties", "pattern", "const", "enum", "items",
         "minItems", "maxItems", "maxLength", "$ref"}
TYPES = {"object": dict, "array": list, "string": str, "boolean": bool}


def same(a, b):
    """JSON equality: true is not 1."""
    return type(a) is type(b) and a == b


def validate(root, schema, value, path, errors):
    for key in schema:
        if key not in KNOWN:
            errors.append(f"schema: unsupported keyword {key} at {path}")
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/$defs/"):
            errors.append(f"schema: unsupported $ref {ref}")
            return
        validate(root, root["$defs"][ref[len("#/$defs/"):]], value, path, errors)
    if "type" in schema:
        t = schema["type"]
        ok = (isinstance(value, int) and not isinstance(value, bool)) if t == "integer" \
            else isinstance(value, TYPES[t])
        if not ok:
            errors.append(f"{path}: expected {t}, got {type(value).__name__}")
            return
    if "const" in schema and not same(value, schema["const"]):
        errors.append(f"{path}: expected {schema['const']!r}, got {value!r}")
    if "enum" in schema and not any(same(value, e) for e in schema["enum"]):
        errors.append(f"{path}: {value!r} not one of {schema['enum']!r}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{path}: longer than {schema['maxLength']}")
    if isinstance(value, dict):
        for k in schema.get("required", []):
            if k not in value:
                errors.append(f"{path}: missing key {k}")
        props = schema.get("properties", {})
        for k, v in value.items():
            if k in props:
                validate(root, props[k], v, f"{path}.{k}", errors)
            elif schema.get("additionalProperties", True) is False:
                errors.append(f"{path}: unexpected key {k}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{path}: fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{path}: more than {schema['maxItems']} items")
        if "items" in schema:
            for i, v in enumerate(value):
                validate(root, schema["items"], v, f"{path}[{i}]", errors)


def facts(doc, errors):
    u64 = lambda s: int(s, 16)
    regions = doc["regions"]
    va, pa = doc["va_bits"], doc["pa_bits"]
    if (va, doc["levels"]) not in ((48, 4), (57, 5)):
        errors.append(f"va_bits {va} with levels {doc['levels']}")
    low = 1 << (va - 1)
    high = (1 << 64) - low
    if u64(doc["phys_limit"]) != 1 << pa:
        errors.append("phys_limit is not 2^pa_bits")
    names = [r["name"] for r in regions]
    if len(set(names)) != len(names):
        errors.append("region names are not unique")
    expect = 0
    dm = [r for r in regions if r["kind"] == "direct-map"]
    for r in regions:
        s, e, z, a = u64(r["start"]), u64(r["end"]), u64(r["size"]), u64(r["align"])
        n = r["name"]
        if s != expect:
            errors.append(f"{n}: starts at {s:#x}, expected {expect:#x}")
        if s > e:
            errors.append(f"{n}: start > end")
        if z != e - s + 1:
            errors.append(f"{n}: size {z:#x} != end - start + 1 = {e - s + 1:#x}")
        if s % a or (e + 1) % a:
            errors.append(f"{n}: not aligned to {a:#x}")
        if r["kind"] == "noncanonical":
            if (s, e) != (low, high - 1):
                errors.append(f"{n}: not exactly the non-canonical hole")
        elif not (e < low or s >= high):
            errors.append(f"{n}: not wholly in one canonical half")
        expect = e + 1
    if expect != 1 << 64:
        errors.append(f"the last region ends at {expect - 1:#x}, not 2^64 - 1")
    if len(dm) != 1:
        errors.append(f"{len(dm)} direct-map regions")
    else:
        if u64(dm[0]["start"]) != u64(doc["page_offset"]):
            errors.append("page_offset is not the start of the direct map")
        if u64(dm[0]["size"]) < u64(doc["phys_limit"]):
            errors.append("the direct map is shorter than phys_limit")
    if doc["source"] not in doc["generated"]:
        errors.append("the banner does not name the source")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        try:
            doc = json.load(f)
        except ValueError as e:
            print(f"{sys.argv[2]}: not JSON: {e}")
            return 1
    errors = []
    validate(schema, schema, doc, "$", errors)
    try:  # the real validator too, where it is installed
        import jsonschema
    except ImportError:
        jsonschema = None
    if jsonschema is not None:
        jsonschema.Draft202012Validator.check_schema(schema)
        for e in jsonschema.Draft202012Validator(schema).iter_errors(doc):
            errors.append(f"jsonschema: {e.message}")
    if not errors:
        facts(doc, errors)
    for e in errors:
        print(f"{sys.argv[2]}: {e}")
    if errors:
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
