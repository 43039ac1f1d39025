"""Autobahn|Testsuite helper for Tests/Autobahn/run.sh (runs on Python 2.7 and 3).

  summarize.py spec TEMPLATE OUT PORT OUTDIR
      Writes the fuzzingclient spec: TEMPLATE with @PORT@/@OUTDIR@ filled in, and its case
      lists taken from the environment: CASES (a JSON list, e.g. '["1.*", "2.1.1"]'),
      AUTOBAHN_CASES (comma separated, e.g. "1.*,2.*"; wins over CASES),
      AUTOBAHN_EXCLUDE (comma separated case patterns to leave out).

  summarize.py summary REPORTDIR AGENT [EXPECTED_CASES]
      Prints counts by behavior and close behavior, time by case group, and every case that
      is not OK with the detail of its per-case report. Exit status 1 when a case FAILED
      (behavior or behaviorClose), when the report is missing or when fewer cases than
      EXPECTED_CASES were reported (the run was cut short); 0 otherwise.
"""
from __future__ import print_function

import io
import json
import os
import sys

TEXT = (str, type(u""))
BEHAVIORS = ["OK", "NON-STRICT", "INFORMATIONAL", "UNIMPLEMENTED", "FAILED"]


def split_list(text):
    return [part.strip() for part in text.split(",") if part.strip()]


def write_spec(template, out, port, outdir):
    with io.open(template, encoding="utf-8") as f:
        text = f.read()
    spec = json.loads(text.replace("@PORT@", str(int(port))).replace("@OUTDIR@", outdir))
    if os.environ.get("AUTOBAHN_CASES", "").strip():
        spec["cases"] = split_list(os.environ["AUTOBAHN_CASES"])
    elif os.environ.get("CASES", "").strip():
        cases = json.loads(os.environ["CASES"])
        spec["cases"] = [cases] if not isinstance(cases, list) else cases
    if os.environ.get("AUTOBAHN_EXCLUDE", "").strip():
        spec["exclude-cases"] = spec.get("exclude-cases", []) + split_list(os.environ["AUTOBAHN_EXCLUDE"])
    with open(out, "w") as f:
        json.dump(spec, f, indent=3, sort_keys=True)
    print("cases: %s  exclude: %s" % (", ".join(spec["cases"]), ", ".join(spec["exclude-cases"]) or "none"))
    return 0


def case_key(case_id):
    return tuple(int(p) if p.isdigit() else 0 for p in case_id.split("."))


def short(value, limit=300):
    text = json.dumps(value, sort_keys=True) if not isinstance(value, TEXT) else value
    return text if len(text) <= limit else text[:limit] + "... (%d chars)" % len(text)


def summarize(report_dir, agent, expected=None):
    index_path = os.path.join(report_dir, "index.json")
    if not os.path.exists(index_path):
        print("autobahn: no report at %s (wstest did not finish)" % index_path)
        return 1
    with io.open(index_path, encoding="utf-8") as f:
        index = json.load(f)
    if agent not in index:
        print("autobahn: agent %r not in %s (agents: %s)" % (agent, index_path, ", ".join(index)))
        return 1
    cases = index[agent]
    ids = sorted(cases, key=case_key)

    by_behavior = dict((b, 0) for b in BEHAVIORS)
    by_close = dict((b, 0) for b in BEHAVIORS)
    group_ms = {}
    for cid in ids:
        c = cases[cid]
        by_behavior[c["behavior"]] = by_behavior.get(c["behavior"], 0) + 1
        by_close[c["behaviorClose"]] = by_close.get(c["behaviorClose"], 0) + 1
        group = cid.split(".")[0]
        group_ms[group] = group_ms.get(group, 0) + int(c.get("duration") or 0)

    def counts(d):
        return "  ".join("%s=%d" % (k, d[k]) for k in BEHAVIORS + sorted(set(d) - set(BEHAVIORS)) if d.get(k))

    print("")
    print("== Autobahn|Testsuite: %d cases against %s (report: %s/index.html)" % (len(ids), agent, report_dir))
    print("behavior:       " + counts(by_behavior))
    print("behaviorClose:  " + counts(by_close))
    total_ms = sum(group_ms.values()) or 1
    print("time by group:  " + "  ".join(
        "%s.*=%.1fs" % (g, group_ms[g] / 1000.0) for g in sorted(group_ms, key=lambda g: -group_ms[g])
        if group_ms[g] * 100 >= total_ms or group_ms[g] >= 1000))
    print("                (sum of case durations %.1fs)" % (total_ms / 1000.0))

    not_ok = [cid for cid in ids if cases[cid]["behavior"] != "OK" or cases[cid]["behaviorClose"] != "OK"]
    detailed = ("FAILED", "NON-STRICT")
    if not_ok:
        print("")
        print("== cases that are not OK (%d)" % len(not_ok))
    for cid in not_ok:
        c = cases[cid]
        detail = {}
        try:
            with io.open(os.path.join(report_dir, c["reportfile"]), encoding="utf-8") as f:
                detail = json.load(f)
        except (IOError, OSError, ValueError) as error:
            detail = {"description": "(per-case report unreadable: %s)" % error}
        description = " ".join((detail.get("description") or "").replace("<br>", " ").split())
        print("%-8s %-13s close=%-13s remoteCloseCode=%s  %s" % (
            cid, c["behavior"], c["behaviorClose"], c.get("remoteCloseCode"), short(description, 160)))
        if c["behavior"] in detailed or c["behaviorClose"] in detailed:
            for key in ("expectation", "result", "resultClose"):
                if detail.get(key):
                    print("           %-14s %s" % (key + ":", short(" ".join(str(detail[key]).split()))))
            print("           %-14s %s" % ("expected:", short(detail.get("expected"))))
            print("           %-14s %s" % ("received:", short(detail.get("received"))))
            print("           %-14s %s" % ("expectedClose:", short(detail.get("expectedClose"))))
            print("           %-14s local=%s remote=%s wasClean=%s droppedByMe=%s closedByMe=%s "
                  "failedByMe=%s remoteReason=%s" % (
                      "close:", detail.get("localCloseCode"), detail.get("remoteCloseCode"),
                      detail.get("wasClean"), detail.get("droppedByMe"), detail.get("closedByMe"),
                      detail.get("failedByMe"), short(detail.get("remoteCloseReason"), 120)))

    failed = [cid for cid in ids if "FAILED" in (cases[cid]["behavior"], cases[cid]["behaviorClose"])]
    print("")
    status = 0
    if expected is not None and len(ids) < expected:
        print("autobahn: only %d of %d cases were reported: the run was cut short" % (len(ids), expected))
        status = 1
    if failed:
        print("autobahn: FAILED %d case(s): %s" % (len(failed), ", ".join(failed)))
        status = 1
    elif status == 0:
        print("autobahn: no case FAILED")
    return status


def main(argv):
    if len(argv) >= 5 and argv[0] == "spec":
        return write_spec(argv[1], argv[2], argv[3], argv[4])
    if len(argv) in (3, 4) and argv[0] == "summary":
        return summarize(argv[1], argv[2], int(argv[3]) if len(argv) == 4 and argv[3] else None)
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
