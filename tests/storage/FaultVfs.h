#pragma once

// An SQLite VFS that forwards everything to the default VFS and makes the
// k-th xWrite, xSync or xRead of the watched files fail, or every xWrite from
// the k-th on fail with SQLITE_FULL (a full disk). Registered as the default
// VFS, so the QSQLITE driver (which links the same libsqlite3 and opens with
// the default VFS) goes through it. Only files whose path starts with the
// watched prefix are counted: the main database, its -wal and its -journal.
// Header-only; one test program includes it.

#include <sqlite3.h>

#include <QByteArray>

#include <array>
#include <cstring>

namespace homeward::testing::faultvfs {

enum class Kind { Write = 0, Sync = 1, Read = 2, Full = 3 };

struct Counts final {
    int writes = 0;
    int syncs = 0;
    int reads = 0;
};

namespace detail {

struct State final {
    sqlite3_vfs *original = nullptr;
    sqlite3_vfs vfs{};
    sqlite3_io_methods methods{};
    QByteArray prefix; // watched path prefix (the database file's path)
    bool counting = false;
    Kind kind = Kind::Write;
    int failAt = 0; // 0: no fault
    Counts counts;
    int injected = 0; // calls failed since arm()
};

inline State &state()
{
    static State s;
    return s;
}

// Our part of every sqlite3_file; the default VFS's own file follows it.
struct File final {
    sqlite3_file base;
    sqlite3_file *real;
    bool watched;
};

inline sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

inline bool watched(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->watched && state().counting;
}

// Counts one call of `kind` and answers whether it fails (and with what).
inline int verdict(Kind kind, int count)
{
    State &s = state();
    if (s.failAt == 0)
        return SQLITE_OK;
    if (s.kind == Kind::Full && kind == Kind::Write && count >= s.failAt) {
        ++s.injected;
        return SQLITE_FULL;
    }
    if (s.kind == kind && count == s.failAt) {
        ++s.injected;
        switch (kind) {
        case Kind::Write:
            return SQLITE_IOERR_WRITE;
        case Kind::Sync:
            return SQLITE_IOERR_FSYNC;
        case Kind::Read:
            return SQLITE_IOERR_READ;
        case Kind::Full:
            break;
        }
    }
    return SQLITE_OK;
}

inline int xClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}

inline int xRead(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
{
    if (watched(f)) {
        if (const int rc = verdict(Kind::Read, ++state().counts.reads); rc != SQLITE_OK)
            return rc;
    }
    return real(f)->pMethods->xRead(real(f), data, amount, offset);
}

inline int xWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    if (watched(f)) {
        if (const int rc = verdict(Kind::Write, ++state().counts.writes); rc != SQLITE_OK)
            return rc;
    }
    return real(f)->pMethods->xWrite(real(f), data, amount, offset);
}

inline int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}

inline int xSync(sqlite3_file *f, int flags)
{
    if (watched(f)) {
        if (const int rc = verdict(Kind::Sync, ++state().counts.syncs); rc != SQLITE_OK)
            return rc;
    }
    return real(f)->pMethods->xSync(real(f), flags);
}

inline int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}

inline int xLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}

inline int xUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}

inline int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}

inline int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}

inline int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}

inline int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

// Version 2: shared memory of the WAL index (not counted: it is memory).
inline int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    if (real(f)->pMethods->iVersion < 2)
        return SQLITE_IOERR_SHMMAP;
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}

inline int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    if (real(f)->pMethods->iVersion < 2)
        return SQLITE_IOERR_SHMLOCK;
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}

inline void xShmBarrier(sqlite3_file *f)
{
    if (real(f)->pMethods->iVersion >= 2)
        real(f)->pMethods->xShmBarrier(real(f));
}

inline int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    if (real(f)->pMethods->iVersion < 2)
        return SQLITE_OK;
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}

// Version 3: memory-mapped pages. Refused (null page), so that every read
// goes through xRead and can be counted; SQLite then reads as usual.
inline int xFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr;
    return SQLITE_OK;
}

inline int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    if (real(f)->pMethods->iVersion < 3)
        return SQLITE_OK;
    return real(f)->pMethods->xUnfetch(real(f), offset, page);
}

inline int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    State &s = state();
    auto *ours = reinterpret_cast<File *>(file);
    ours->base.pMethods = nullptr;
    ours->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + sizeof(File));
    ours->real->pMethods = nullptr;
    const int kinds = SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL;
    ours->watched = name != nullptr && !s.prefix.isEmpty() && (flags & kinds) != 0 &&
                    std::strncmp(name, s.prefix.constData(), size_t(s.prefix.size())) == 0;
    const int rc = s.original->xOpen(s.original, name, ours->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open.
    if (ours->real->pMethods != nullptr)
        ours->base.pMethods = &s.methods;
    return rc;
}

inline int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return state().original->xDelete(state().original, name, syncDir);
}

inline int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return state().original->xAccess(state().original, name, flags, out);
}

inline int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return state().original->xFullPathname(state().original, name, size, out);
}

inline void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return state().original->xDlOpen(state().original, name);
}

inline void xDlError(sqlite3_vfs *, int size, char *out)
{
    state().original->xDlError(state().original, size, out);
}

inline void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return state().original->xDlSym(state().original, handle, symbol);
}

inline void xDlClose(sqlite3_vfs *, void *handle)
{
    state().original->xDlClose(state().original, handle);
}

inline int xRandomness(sqlite3_vfs *, int size, char *out)
{
    return state().original->xRandomness(state().original, size, out);
}

inline int xSleep(sqlite3_vfs *, int microseconds)
{
    return state().original->xSleep(state().original, microseconds);
}

inline int xCurrentTime(sqlite3_vfs *, double *out)
{
    return state().original->xCurrentTime(state().original, out);
}

inline int xGetLastError(sqlite3_vfs *, int size, char *out)
{
    return state().original->xGetLastError(state().original, size, out);
}

inline int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return state().original->xCurrentTimeInt64(state().original, out);
}

} // namespace detail

// Registers the shim as the default VFS (once); false if SQLite refused.
inline bool install()
{
    detail::State &s = detail::state();
    if (s.original != nullptr)
        return true;
    sqlite3_vfs *original = sqlite3_vfs_find(nullptr);
    if (original == nullptr || original->iVersion < 2)
        return false;
    s.original = original;

    sqlite3_vfs &v = s.vfs;
    v.iVersion = 2; // up to xCurrentTimeInt64; the system-call hooks stay the original's
    v.szOsFile = int(sizeof(detail::File)) + original->szOsFile;
    v.mxPathname = original->mxPathname;
    v.zName = "homeward-faults";
    v.pAppData = nullptr;
    v.xOpen = detail::xOpen;
    v.xDelete = detail::xDelete;
    v.xAccess = detail::xAccess;
    v.xFullPathname = detail::xFullPathname;
    v.xDlOpen = detail::xDlOpen;
    v.xDlError = detail::xDlError;
    v.xDlSym = detail::xDlSym;
    v.xDlClose = detail::xDlClose;
    v.xRandomness = detail::xRandomness;
    v.xSleep = detail::xSleep;
    v.xCurrentTime = detail::xCurrentTime;
    v.xGetLastError = detail::xGetLastError;
    v.xCurrentTimeInt64 = detail::xCurrentTimeInt64;

    sqlite3_io_methods &m = s.methods;
    m.iVersion = 3; // every method below is implemented
    m.xClose = detail::xClose;
    m.xRead = detail::xRead;
    m.xWrite = detail::xWrite;
    m.xTruncate = detail::xTruncate;
    m.xSync = detail::xSync;
    m.xFileSize = detail::xFileSize;
    m.xLock = detail::xLock;
    m.xUnlock = detail::xUnlock;
    m.xCheckReservedLock = detail::xCheckReservedLock;
    m.xFileControl = detail::xFileControl;
    m.xSectorSize = detail::xSectorSize;
    m.xDeviceCharacteristics = detail::xDeviceCharacteristics;
    m.xShmMap = detail::xShmMap;
    m.xShmLock = detail::xShmLock;
    m.xShmBarrier = detail::xShmBarrier;
    m.xShmUnmap = detail::xShmUnmap;
    m.xFetch = detail::xFetch;
    m.xUnfetch = detail::xUnfetch;

    if (sqlite3_vfs_register(&s.vfs, 1) != SQLITE_OK) {
        s.original = nullptr;
        return false;
    }
    return true;
}

// Makes the original VFS the default again (files already open keep the shim).
inline void uninstall()
{
    detail::State &s = detail::state();
    if (s.original == nullptr)
        return;
    sqlite3_vfs_register(s.original, 1);
    sqlite3_vfs_unregister(&s.vfs);
    s.original = nullptr;
}

// Only files opened from now on whose path starts with `prefix` are watched.
inline void watch(const QByteArray &prefix)
{
    detail::state().prefix = prefix;
}

// Starts counting from zero; `failAt` 0 counts without failing.
inline void arm(Kind kind, int failAt)
{
    detail::State &s = detail::state();
    s.kind = kind;
    s.failAt = failAt;
    s.counts = {};
    s.injected = 0;
    s.counting = true;
}

// No more faults or counting (the disk has room again).
inline void disarm()
{
    detail::State &s = detail::state();
    s.counting = false;
    s.failAt = 0;
}

inline Counts counts()
{
    return detail::state().counts;
}

// How many calls failed since arm().
inline int injected()
{
    return detail::state().injected;
}

} // namespace homeward::testing::faultvfs
