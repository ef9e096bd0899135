#ifndef HUIBAO_CATOMICRENAME_H
#define HUIBAO_CATOMICRENAME_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE): after a
/// successful call each name refers to what the other did. Returns 0, or -1 with errno set
/// (EINVAL or ENOSYS where the file system or kernel cannot exchange).
int huibao_exchange_paths(const char *first, const char *second);

/// Opens `path` relative to the folder `folder` (Linux openat2 with RESOLVE_BENEATH): every
/// symbolic link is followed, but the whole resolution must stay inside `folder` (a `..` or a
/// link leading out, or an absolute link, fails with EXDEV). Returns the descriptor, or -1
/// with errno set (ENOSYS where the kernel has no openat2).
int huibao_open_beneath(int folder, const char *path, int flags);

#endif
