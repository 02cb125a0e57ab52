#!/usr/bin/env python3
"""Writes the files of one commit of a bare git directory into a directory, without a work tree or network.

The snapshots the real-repository benchmark reads lack their largest blobs (and Git LFS content); `git archive` and
`git worktree add` stop at the first missing object, so this writes every blob that is present and lists the absent
ones on stderr. Symlinks are written as small text files holding their target (as a scanner sees them on a system
without symlinks), submodules are skipped.

    checkout.py GIT_DIR COMMIT DEST
"""
import os
import subprocess
import sys


def main():
    git_dir, commit, dest = sys.argv[1:4]
    tree = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "-z", "--full-tree", commit],
                          check=True, capture_output=True).stdout
    entries = []
    for record in tree.split(b"\0"):
        if not record:
            continue
        meta, path = record.split(b"\t", 1)
        mode, kind, sha = meta.split(b" ")
        if kind == b"blob":
            entries.append((mode, sha, path))
    batch = subprocess.Popen(["git", "--git-dir", git_dir, "cat-file", "--batch"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE)
    missing = 0
    written = 0
    for mode, sha, path in entries:
        batch.stdin.write(sha + b"\n")
        batch.stdin.flush()
        header = batch.stdout.readline().split()
        if len(header) < 3:  # "<sha> missing"
            missing += 1
            print("absent from the snapshot: %s" % path.decode("utf-8", "replace"), file=sys.stderr)
            continue
        size = int(header[2])
        data = batch.stdout.read(size)
        batch.stdout.read(1)
        rel = os.path.normpath(path.decode("utf-8", "surrogateescape"))
        if rel.startswith("..") or os.path.isabs(rel):
            continue
        target = os.path.join(dest, rel)
        os.makedirs(os.path.dirname(target) or dest, exist_ok=True)
        with open(target, "wb") as out:
            out.write(data)
        written += 1
    batch.stdin.close()
    batch.wait()
    print("%s: %d files written, %d absent" % (dest, written, missing), file=sys.stderr)


if __name__ == "__main__":
    main()
