#!/usr/bin/env python3
"""Times Portolan's iptables export against Capirca's aclgen on the same flows.

Usage: capirca-compare.py PORTOLAN_CLI DESIGN.json [RUNS]

The flows come from `portolan-cli flows DESIGN --format json` (not timed). They are written as a
Capirca policy in a scratch folder: NETWORK.net names every host (its address from the design) and
every zone (its subnets), SERVICES.svc names every port list, and one .pol file for the iptables
FORWARD filter has one term per row the iptables export writes: every allowed flow that crosses
zones, then every block row (any source outside the destination's zone, as the export's block
rows match). Then both tools run as whole processes, RUNS times each (default 5), one after the
other in turn so that a load on the machine weighs on both alike, and the script prints the median
wall time and the median CPU time (user + system, from the operating system's accounting of the
finished process) of each, and their ratios. On a machine shared with other work the CPU times are
the figures to compare:

    aclgen --base_directory POL --definitions_directory DEF --output_directory OUT \
           --policy_file POL/flows.pol
    portolan-cli export DESIGN --format iptables --placeholders --output FILE

Portolan's time includes reading the design and deriving its flows; aclgen's starts from the flows
already derived. Capirca: `apt-get install python3-capirca`.
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import resource
import tempfile
import time


def token(prefix, text):
    return prefix + re.sub(r"[^A-Za-z0-9]", "_", text).upper()


def service_entries(ports, protocol):
    return " ".join(f"{part}/{protocol}" for part in ports.split(",") if part)


def write_policy(design, flows, folder):
    defs = os.path.join(folder, "def")
    pols = os.path.join(folder, "pol")
    os.makedirs(defs)
    os.makedirs(pols)

    hosts = {}
    with open(os.path.join(defs, "NETWORK.net"), "w") as net:
        for index, host in enumerate(design["hosts"]):
            address = host.get("address") or f"192.0.2.{index % 254 + 1}"
            name = token("H_", host["id"])
            hosts[host["id"]] = name
            net.write(f"{name} = {address}/32\n")
        zones = {}
        for zone in design.get("zones", []):
            name = token("Z_", zone["id"])
            zones[zone["id"]] = name
            subnets = zone.get("subnets") or ["192.0.2.0/24"]
            net.write(f"{name} = {subnets[0]}\n")
            for subnet in subnets[1:]:
                net.write(f"    {subnet}\n")

    services = {}

    def service(ports, protocol, kind):
        key = (ports, protocol, kind)
        if key not in services:
            services[key] = f"{kind}{len(services)}"
        return services[key]

    terms = []
    allows = [f for f in flows if f["action"] == "allow" and f.get("crosses_zones")]
    blocks = [f for f in flows if f["action"] == "block"]
    for number, flow in enumerate(allows + blocks):
        lines = [f"term t{number} {{"]
        if flow["action"] == "allow":
            lines.append(f"  source-address:: {hosts[flow['source']]}")
        elif flow.get("destination_zone") in zones:
            lines.append(f"  source-exclude:: {zones[flow['destination_zone']]}")
        lines.append(f"  destination-address:: {hosts[flow['destination']]}")
        lines.append(f"  protocol:: {flow['protocol']}")
        if flow["protocol"] != "icmp" and flow.get("ports"):
            lines.append(f"  destination-port:: {service(flow['ports'], flow['protocol'], 'P')}")
        if flow["protocol"] != "icmp" and flow.get("source_ports"):
            lines.append(f"  source-port:: {service(flow['source_ports'], flow['protocol'], 'S')}")
        lines.append("  action:: " + ("accept" if flow["action"] == "allow" else "deny"))
        lines.append("}")
        terms.append("\n".join(lines))

    with open(os.path.join(defs, "SERVICES.svc"), "w") as svc:
        for (ports, protocol, _kind), name in services.items():
            svc.write(f"{name} = {service_entries(ports, protocol)}\n")
    with open(os.path.join(pols, "flows.pol"), "w") as pol:
        pol.write("header {\n  target:: iptables FORWARD DROP\n}\n\n")
        pol.write("\n\n".join(terms))
        pol.write("\n")
    return defs, pols, len(allows), len(blocks)


def timed(command):
    """Wall and CPU seconds (user + system) of one run of command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    cli, design_path = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    aclgen = shutil.which("aclgen")
    if not aclgen:
        sys.exit("aclgen not found: apt-get install python3-capirca")
    with open(design_path) as f:
        design = json.load(f)
    flows = json.loads(subprocess.run([cli, "flows", design_path, "--format", "json"], check=True,
                                      capture_output=True).stdout)["flows"]
    with tempfile.TemporaryDirectory() as folder:
        defs, pols, allows, blocks = write_policy(design, flows, folder)
        out = os.path.join(folder, "out")
        os.makedirs(out)
        aclgen_command = [aclgen, "--base_directory", pols, "--definitions_directory", defs,
                          "--output_directory", out, "--policy_file",
                          os.path.join(pols, "flows.pol")]
        portolan_command = [cli, "export", design_path, "--format", "iptables", "--placeholders",
                            "--output", os.path.join(folder, "portolan.ipt")]
        capirca_times, portolan_times = [], []
        for _ in range(runs):
            capirca_times.append(timed(aclgen_command))
            portolan_times.append(timed(portolan_command))
        if not os.path.getsize(os.path.join(out, "flows")):
            sys.exit("aclgen wrote nothing")
    capirca = [statistics.median(times) for times in zip(*capirca_times)]
    portolan = [statistics.median(times) for times in zip(*portolan_times)]
    print(f"design: {len(design['hosts'])} hosts; {allows} allowed flows across zones and "
          f"{blocks} block rows, one Capirca term each")
    print(f"medians of {runs} runs each:          wall        CPU")
    print(f"aclgen (iptables):             {capirca[0] * 1000:7.0f} ms {capirca[1] * 1000:7.0f} ms")
    print(f"portolan-cli export iptables:  {portolan[0] * 1000:7.0f} ms {portolan[1] * 1000:7.0f} ms")
    print(f"ratio: {capirca[0] / portolan[0]:.1f}x wall, {capirca[1] / portolan[1]:.1f}x CPU")


if __name__ == "__main__":
    main()
