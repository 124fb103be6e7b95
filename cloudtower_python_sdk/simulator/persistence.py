# coding: utf-8
"""``--state FILE``: a snapshot of the world plus an append-only journal, so a crash loses nothing settled.

* ``FILE`` is a JSON snapshot, written atomically (temporary file, fsync,
  rename, fsync of the folder) on a clean stop, and when the journal grows
  past :data:`JOURNAL_LIMIT` bytes.
* ``FILE.journal`` gets one JSON line per settled change (the events of a
  request or of a settle of the tasks, and the tokens when they changed),
  fsynced before the client is answered.  So after ``kill -9`` a restart
  replays the journal over the snapshot and finds every change a client was
  told about.  A torn last line (the crash hit the write) is ignored: no
  client was told about it.

A state file that cannot be read is a :class:`StateError` with a one-line
message naming the file.  Example::

    state = StateFile("world.json")
    snapshot, entries = state.read()      # (None, []) for a new file
    state.append({"events": [...]})       # durable when it returns
"""
import json
import os

JOURNAL_LIMIT = 64 * 1024 * 1024
FORMAT_VERSION = 2


class StateError(Exception):
    """A state file that cannot be used (its message is one line, naming the file)."""


class StateFile(object):
    def __init__(self, path):
        self.path = path
        self.journal_path = path + ".journal"
        self._journal = None

    def read(self):
        """``(snapshot dict or None, [journal entries])``."""
        snapshot = None
        if os.path.exists(self.path):
            try:
                with open(self.path) as f:
                    snapshot = json.load(f)
            except (OSError, ValueError) as e:
                raise StateError("Cannot read the state file %s: %s" % (self.path, _one_line(e)))
            if not isinstance(snapshot, dict) or not isinstance(snapshot.get("tables"), dict):
                raise StateError("Cannot read the state file %s: it is not a saved simulator world" % self.path)
        return snapshot, self._read_journal()

    def _read_journal(self):
        if not os.path.exists(self.journal_path):
            return []
        try:
            with open(self.journal_path, "rb") as f:
                lines = f.read().split(b"\n")
        except OSError as e:
            raise StateError("Cannot read the state journal %s: %s" % (self.journal_path, _one_line(e)))
        entries = []
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                entries.append(json.loads(line.decode("utf-8")))
            except ValueError as e:
                if number == len(lines):  # the torn last write of a crash: never acknowledged
                    break
                raise StateError("Cannot read the state journal %s: line %d: %s"
                                 % (self.journal_path, number, _one_line(e)))
        return entries

    def append(self, entry):
        """Add one entry to the journal, durably (fsync)."""
        try:
            if self._journal is None:
                self._journal = open(self.journal_path, "ab")
            self._journal.write(json.dumps(entry, separators=(",", ":")).encode("utf-8") + b"\n")
            self._journal.flush()
            os.fsync(self._journal.fileno())
        except OSError as e:
            raise StateError("Cannot write the state journal %s: %s" % (self.journal_path, _one_line(e)))

    @property
    def journal_size(self):
        return self._journal.tell() if self._journal is not None else 0

    def write_snapshot(self, data):
        """Replace the snapshot atomically with ``data`` and empty the journal."""
        data = dict(data, version=FORMAT_VERSION)
        tmp = self.path + ".tmp"
        try:
            with open(tmp, "w") as f:
                json.dump(data, f, separators=(",", ":"))
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
            _fsync_dir(os.path.dirname(os.path.abspath(self.path)))
            # The snapshot holds everything the journal had (a crash before the journal is emptied
            # is harmless: entries the snapshot already holds are skipped on load).
            self.close()
            with open(self.journal_path, "wb") as f:
                os.fsync(f.fileno())
        except OSError as e:
            raise StateError("Cannot write the state file %s: %s" % (self.path, _one_line(e)))

    def close(self):
        if self._journal is not None:
            self._journal.close()
            self._journal = None


def _fsync_dir(path):
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _one_line(e):
    return " ".join(str(e).split())
