#!/usr/bin/env python3
"""Sums a perf profile of a cxo build by part of the work.

A sample in user space is charged to the part of cxo, or the library, whose
code ran (the leaf symbol: user call chains are not reliable without frame
pointers, so memcpy, malloc and the like are rows of their own rather than
their callers'). A sample in the kernel is charged to the system call or
fault that led there, which only its kernel call chain tells.

Collecting chains makes each kernel sample dearer and so inflates the
kernel's share (43% instead of 26 to 30% at 10,000 meetings). So two runs:
one without chains gives the split between cxo and the kernel and the user
rows; one with kernel chains only divides the kernel's share among its rows.

    perf record -o plain.data …
    perf record -g --kernel-callchains -o kernel.data …
    perf script -F ip,sym,dso --hide-call-graph -i plain.data > leaves
    perf script -F ip,sym,dso --hide-call-graph -i kernel.data > kernel-leaves
    perf script -F tid,ip,sym,dso -i kernel.data > kernel-chains
    bench/profile.py leaves kernel-leaves kernel-chains

`kernel-leaves` has a line per sample; `kernel-chains` a block per kernel
sample (user samples have no chain to print), in the same order.
"""
import collections
import re
import sys

# Kernel samples: the first of these found in the chain, leaf first.
KERNEL = [
    ("page faults (memory touched the first time)", ("exc_page_fault", "asm_exc_page_fault")),
    ("creating files and folders (openat, mkdir)", ("do_sys_openat2", "do_mkdirat", "__x64_sys_mkdir",
                                                    "__x64_sys_openat")),
    ("writing file contents (write)", ("ksys_write", "vfs_write")),
    ("closing files (close)", ("__x64_sys_close", "__fput", "task_work_run")),
    ("reading input (read, stat, getdents)", ("ksys_read", "vfs_read", "vfs_statx", "__x64_sys_newfstatat",
                                              "__x64_sys_getdents64", "iterate_dir")),
    ("renaming, removing (commit)", ("do_renameat2", "do_unlinkat", "do_rmdir")),
    ("returning memory (munmap, madvise)", ("__vm_munmap", "do_madvise", "__x64_sys_madvise",
                                            "__x64_sys_munmap")),
]

# User samples: by the leaf symbol's namespace or library.
USER = [
    ("Markdown: cmark-gfm", lambda s, d: "libcmark-gfm" in d or s.startswith("cmark_")
     or s.startswith("houdini_")),
    ("Markdown: cxo's pass over cmark's tree", lambda s, d: s.startswith("cxo::markdown::")),
    ("loading: YAML and meeting files", lambda s, d: s.startswith("cxo::load::") or "libyaml" in d
     or "yaml-cpp" in d),
    ("templates: Mustache rendering", lambda s, d: s.startswith("cxo::render::mustache::")
     or s.startswith("cxo::render::TemplateSet")),
    ("page data: copying and freeing render::Values", lambda s, d: "cxo::render::Value" in s
     or "cxo::render::Key" in s),
    ("search index", lambda s, d: s.startswith("cxo::search::") or "cxo::search::" in s[:120]),
    ("views: what each page shows", lambda s, d: s.startswith("cxo::views::")),
    ("open data, feeds, JSON", lambda s, d: s.startswith("cxo::data::") or "json" in s.lower()[:60]),
    ("writing: output manifest, hashes", lambda s, d: "xxhash" in d or s.startswith("cxo::OutputWriter")
     or s.startswith("cxo::DiskFileSystem")),
    ("memory allocation (mimalloc)", lambda s, d: "mimalloc" in d),
    ("libc: copying and comparing bytes", lambda s, d: "libc.so" in d and re.match(r"__(mem|str)", s)),
    ("model: linking, indexes, statistics", lambda s, d: s.startswith("cxo::")),
]


def classify(frames):
    leaf_sym, leaf_dso = frames[0]
    if leaf_dso == "[kernel.kallsyms]":
        names = {sym for sym, dso in frames if dso == "[kernel.kallsyms]"}
        for group, markers in KERNEL:
            if any(m in names for m in markers):
                return "kernel", group
        return "kernel", "other kernel work (scheduling, exits, timers)"
    for group, test in USER:
        if test(leaf_sym, leaf_dso):
            return "user", group
    if "libstdc++" in leaf_dso or leaf_sym.startswith("std::"):
        return "user", "C++ library: strings, maps, hash tables"
    if "libc.so" in leaf_dso:
        return "user", "libc: other"
    return "user", "other"


FRAME = re.compile(r"\s*[0-9a-f]+\s+(.*?)\s+\((.*)\)$")


def frame(line):
    m = FRAME.match(line)
    if not m:
        return None
    return re.sub(r"\+0x[0-9a-f]+$", "", m.group(1)), m.group(2)


def kernel_chains(path):
    """The call chain of each kernel sample, leaf first."""
    chain = None
    with open(path) as lines:
        for line in lines:
            if re.match(r"^\s*\d+\s*$", line):  # a sample's thread id
                if chain:
                    yield chain
                chain = []
            elif chain is not None and (f := frame(line)):
                chain.append(f)
    if chain:
        yield chain


def samples(leaves_path, chains_path):
    chains = kernel_chains(chains_path)
    with open(leaves_path) as leaves:
        for line in leaves:
            leaf = frame(line)
            if leaf is None:
                continue
            if leaf[1] == "[kernel.kallsyms]":
                chain = next(chains, None)
                if chain is None or chain[0] != leaf:
                    sys.exit("the two perf script outputs do not match")
                yield chain
            else:
                yield [leaf]


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: profile.py LEAVES KERNEL_LEAVES KERNEL_CHAINS (see the top of this file)")
    sides = collections.Counter()
    user = collections.Counter()
    with open(sys.argv[1]) as leaves:
        for line in leaves:
            leaf = frame(line)
            if leaf is None:
                continue
            side, group = classify([leaf])
            sides[side] += 1
            if side == "user":
                user[group] += 1
    kernel = collections.Counter()
    for frames in samples(sys.argv[2], sys.argv[3]):
        side, group = classify(frames)
        if side == "kernel":
            kernel[group] += 1
    total = sum(sides.values())
    if total == 0 or not kernel:
        sys.exit("no samples")
    kernel_share = 100 * sides["kernel"] / total
    kernel_total = sum(kernel.values())
    print(f"{'where the CPU time went':52s} {'share':>6s}")
    print(f"{'cxo and its libraries:':52s} {100 * sides['user'] / total:5.1f}%")
    for group, n in user.most_common():
        print(f"  {group:50s} {100 * n / total:5.1f}%")
    kernel_title = "the kernel, on cxo's behalf:"
    print(f"{kernel_title:52s} {kernel_share:5.1f}%")
    for group, n in kernel.most_common():
        print(f"  {group:50s} {kernel_share * n / kernel_total:5.1f}%")
    print(f"({total} samples; the kernel's rows from {kernel_total} more)")


if __name__ == "__main__":
    main()
