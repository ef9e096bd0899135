#ifndef HUIBAO_CATOMICRENAME_H
#define HUIBAO_CATOMICRENAME_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE): after a
/// successful call each name refers to what the other did. Returns 0, or -1 with errno set
/// (EINVAL or ENOSYS where the file system or kernel cannot exchange).
int huibao_exchange_paths(const char *first, const char *second);

#endif
