#!/usr/bin/env python3
"""One line-coverage figure over every coverlet report under TestResults/coverage.

A source line counts once, covered when any test assembly ran it (Core is run by the Core, CLI and
reliability tests alike). Prints the total, then each assembly."""
import glob
import sys
import xml.etree.ElementTree as ET

lines = {}  # (package, file, line) -> covered
for report in glob.glob(sys.argv[1] + "/**/coverage.cobertura.xml", recursive=True):
    root = ET.parse(report).getroot()
    sources = [s.text or "" for s in root.iter("source")]
    for package in root.iter("package"):
        name = package.get("name")
        for cls in package.iter("class"):
            path = cls.get("filename")
            for line in cls.iter("line"):
                key = (name, path, line.get("number"))
                lines[key] = lines.get(key, False) or int(line.get("hits", "0")) > 0

if not lines:
    print("coverage: no coverlet report found under " + sys.argv[1])
    sys.exit(0)

def figure(keys):
    covered = sum(1 for k in keys if lines[k])
    return "%.1f%% of lines (%d of %d)" % (100.0 * covered / len(keys), covered, len(keys))

print("Coverage: " + figure(list(lines)) + ", Core and CLI, by the .NET test assemblies")
for package in sorted({k[0] for k in lines}):
    print("  " + package + ": " + figure([k for k in lines if k[0] == package]))
